package eyfsp.domain;

import java.io.Serializable;

/** A school from the schools file: its LAESTAB (LA number + establishment number), name and type. */
public record School(String laestab, String name, String type) implements Serializable {}
