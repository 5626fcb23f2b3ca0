package eyfsp.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time on an output folder: an operating-system lock on a file beside it. The system
 * releases the lock when its process ends, however it ends (SIGKILL included), so a lock left by a
 * dead run never blocks the next one. Output on other file systems (HDFS, S3) is not locked.
 */
public final class OutputLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock at once, or refuses with one sentence naming the run that holds it; a lock file
   * that cannot be made (a file where the output's folder should be, a full disk) is an output failure.
   */
  public static OutputLock acquire(String output) {
    Path local = FileSource.localPath(output);
    if (local == null) {
      return new OutputLock(null, null);
    }
    Path absolute = local.toAbsolutePath();
    Path file = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    try {
      Files.createDirectories(file.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String holder = holder(file);
        channel.close();
        throw new OutputBusyException("Another eyfsp run is writing " + output
            + (holder.isEmpty() ? "" : " (" + holder + ")") + "; try again when it has finished.");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", started "
          + Instant.now()).getBytes(StandardCharsets.UTF_8)));
      return new OutputLock(channel, lock);
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
  }

  /**
   * Who holds the lock, as it wrote itself into the file. A run that has just taken the lock writes
   * that line a moment later, so an empty file is read again for up to two seconds (a busy machine)
   * before the sentence goes without it.
   */
  private static String holder(Path file) throws IOException {
    String holder = "";
    for (int attempt = 0; attempt < 100 && holder.isEmpty(); attempt++) {
      if (attempt > 0) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      holder = Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    return holder;
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    try {
      channel.truncate(0);
      lock.release();
      channel.close();
    } catch (IOException e) {
      // The process is ending the run anyway; the system frees the lock with it.
    }
  }
}
