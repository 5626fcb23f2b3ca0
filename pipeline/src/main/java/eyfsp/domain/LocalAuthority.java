package eyfsp.domain;

import java.io.Serializable;

/** A DfE local authority: its 3-digit number, 9-character ONS code, name and region. */
public record LocalAuthority(String laCode, String onsCode, String name, String regionCode, String regionName)
    implements Serializable {}
