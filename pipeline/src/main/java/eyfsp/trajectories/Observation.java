package eyfsp.trajectories;

/**
 * One stored result: a measure's value for a place in a summer year, under the assessment
 * framework of that year, with where it came from.
 *
 * @param sourceKind published (DfE's tables) or pipeline (./eyfsp run's own figures)
 * @param source the file it was read from
 * @param sourceSha256 that file's checksum
 */
public record Observation(int year, Place place, String framework, String measure, double value, String sourceKind,
    String source, String sourceSha256) {

  public static final String PUBLISHED = "published";
  public static final String PIPELINE = "pipeline";

  /** What a stored value is replaced by: the same year, place, measure and kind of source. */
  record Slot(int year, Place.Key place, String measure, String sourceKind) {}

  Slot slot() {
    return new Slot(year, place.key(), measure, sourceKind);
  }
}
