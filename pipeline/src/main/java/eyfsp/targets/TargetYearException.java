package eyfsp.targets;

/** No target can be drafted for the year asked (no framework, or one that would span a change). */
public final class TargetYearException extends RuntimeException {
  public TargetYearException(String sentence) {
    super(sentence);
  }
}
