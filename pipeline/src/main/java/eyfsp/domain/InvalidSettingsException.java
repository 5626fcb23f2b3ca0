package eyfsp.domain;

/** The settings cannot be used: one plain sentence saying which setting and why. */
public class InvalidSettingsException extends RuntimeException {
  public InvalidSettingsException(String sentence) {
    super(sentence);
  }

  public InvalidSettingsException(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
