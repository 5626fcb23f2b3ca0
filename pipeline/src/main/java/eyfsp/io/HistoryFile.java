package eyfsp.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * Where the history store lies in its folder ({@code history.csv}) and the lock that guards it,
 * so that two additions at once cannot lose one another. What its rows mean is eyfsp.store's.
 */
public final class HistoryFile {

  public static final String NAME = "history.csv";

  private HistoryFile() {}

  public static Path in(Path folder) {
    return folder.resolve(NAME);
  }

  /** Runs a read-change-write of the folder's history under the folder's lock; returns what it returned. */
  public static <T> T locked(Path folder, Supplier<T> work) {
    try {
      Files.createDirectories(folder);
      try (FileChannel channel = FileChannel.open(folder.resolve(".history.lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return work.get();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
