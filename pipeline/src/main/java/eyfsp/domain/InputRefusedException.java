package eyfsp.domain;

/** The run refuses its input: one plain sentence saying what is wrong and where (file, line, column). */
public class InputRefusedException extends RuntimeException {
  public InputRefusedException(String sentence) {
    super(sentence);
  }
}
