package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time, and a refusal that names the run holding the lock. */
class OutputLockTest {

  @TempDir
  Path dir;

  @Test
  void aSecondRunIsRefusedWithTheHolderNamedAndTheLockIsFreeAfterClose() {
    String output = dir.resolve("out").toString();
    try (OutputLock held = OutputLock.acquire(output)) {
      assertThatThrownBy(() -> OutputLock.acquire(output))
          .isInstanceOf(OutputBusyException.class)
          .hasMessageStartingWith("Another eyfsp run is writing " + output + " (process "
              + ProcessHandle.current().pid() + ", started ")
          .hasMessageEndingWith("); try again when it has finished.");
    }
    OutputLock.acquire(output).close();
  }

  /** The race CI met: the other run had taken the lock but not yet written who it is. */
  @Test
  void aHolderThatWritesItsLineAMomentAfterTakingTheLockIsStillNamed() throws Exception {
    String output = dir.resolve("out").toString();
    Path file = dir.resolve(".out.lock");
    try (OutputLock held = OutputLock.acquire(output)) {
      Files.writeString(file, "");
      Thread late = new Thread(() -> {
        try {
          Thread.sleep(200);
          Files.writeString(file, "process 42, started 2026-12-01T23:00:00Z", StandardCharsets.UTF_8);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      late.start();
      assertThatThrownBy(() -> OutputLock.acquire(output))
          .hasMessage("Another eyfsp run is writing " + output
              + " (process 42, started 2026-12-01T23:00:00Z); try again when it has finished.");
      late.join();
    }
  }

  @Test
  void aHolderThatNeverWritesItsLineIsRefusedWithoutIt() throws Exception {
    String output = dir.resolve("out").toString();
    try (OutputLock held = OutputLock.acquire(output)) {
      Files.writeString(dir.resolve(".out.lock"), "");
      assertThatThrownBy(() -> OutputLock.acquire(output))
          .hasMessage("Another eyfsp run is writing " + output + "; try again when it has finished.");
    }
  }
}
