package eyfsp.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Test only: a run started with {@code -Deyfsp.test.pauseAt=POINT} stops the first time it comes
 * to that point, says so on standard error ({@code [eyfsp-test] paused at POINT}) and waits for a
 * line on standard input, so that a test can kill it with SIGKILL exactly there (KillTest) rather
 * than after a guessed sleep. The points: {@code read} (an input file being read), {@code write}
 * (the outputs half written), {@code staged} (the run's folder complete beside the output, the link
 * not yet swapped), {@code published} (the link just swapped). Without the property it does nothing.
 */
public final class TestPause {

  private static final String POINT = System.getProperty("eyfsp.test.pauseAt");
  private static final AtomicBoolean PAUSED = new AtomicBoolean();

  private TestPause() {}

  public static void at(String point) {
    if (point.equals(POINT) && PAUSED.compareAndSet(false, true)) {
      System.err.println("[eyfsp-test] paused at " + point);
      System.err.flush();
      try {
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      } catch (IOException e) {
        // Standard input gone: carry on.
      }
    }
  }
}
