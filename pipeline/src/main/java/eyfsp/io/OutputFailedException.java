package eyfsp.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The outputs could not be written (disk full, permissions, a file in the way); the previous output is untouched. */
public class OutputFailedException extends RuntimeException {

  public OutputFailedException(String sentence, Throwable cause) {
    super(sentence, cause);
  }

  /** The one sentence for a failure to write a run's outputs, or to take or prepare its output folder. */
  public static OutputFailedException writing(IOException e) {
    return new OutputFailedException("The outputs could not be written: " + inWords(e)
        + "; the previous output is untouched.", e);
  }

  /**
   * What went wrong, in words: the file and what the system said of it. Java names some failures by
   * their type alone (a message of nothing but the path), which would tell a reader nothing.
   */
  public static String inWords(IOException e) {
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + (Files.isDirectory(Path.of(f.getFile())) ? " already exists" : " is a file, not a folder");
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + " does not exist";
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return f.getFile() + " is not empty";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getMessage();
    }
    return String.valueOf(e.getMessage());
  }
}
