package eyfsp.measures;

import java.util.List;

/** The DfE geographic levels a table reports, from the top down, with the columns each fills. */
public enum GeographicLevel {
  NATIONAL("National", List.of()),
  REGIONAL("Regional", List.of("region_code", "region_name")),
  LOCAL_AUTHORITY("Local authority", List.of("region_code", "region_name", "old_la_code", "new_la_code", "la_name")),
  SCHOOL("School", List.of("region_code", "region_name", "old_la_code", "new_la_code", "la_name"));

  private final String label;
  private final List<String> geographyColumns;

  GeographicLevel(String label, List<String> geographyColumns) {
    this.label = label;
    this.geographyColumns = geographyColumns;
  }

  public String label() {
    return label;
  }

  /** The geography columns this level fills; the others are blank on its rows. */
  public List<String> geographyColumns() {
    return geographyColumns;
  }

  /** Position from the top (National = 0), for sorting; unknown labels last. */
  public static int rank(String label) {
    for (GeographicLevel level : values()) {
      if (level.label.equals(label)) {
        return level.ordinal();
      }
    }
    return values().length;
  }
}
