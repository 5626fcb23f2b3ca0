package eyfsp.jobs;

/** The outputs could not be written; the previous output is untouched. */
final class OutputFailedException extends RuntimeException {
  OutputFailedException(String sentence, Throwable cause) {
    super(sentence, cause);
  }
}
