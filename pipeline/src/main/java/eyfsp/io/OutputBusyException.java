package eyfsp.io;

/** Another run holds the output folder. */
public class OutputBusyException extends RuntimeException {
  public OutputBusyException(String sentence) {
    super(sentence);
  }
}
