package eyfsp.jobs;

/** The command line asks for something that cannot be done, found only once the inputs are read. */
final class UsageException extends RuntimeException {
  UsageException(String sentence) {
    super(sentence);
  }
}
