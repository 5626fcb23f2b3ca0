package eyfsp.quality;

import java.util.List;

/** A quarantined row: where it was, every reason, what it said, and the reasons in words. */
public record Reject(String sourceFile, long lineNumber, List<String> reasons, String raw, String detail) {}
