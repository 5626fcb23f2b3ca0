package eyfsp.jobs;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One line per stage on standard error, and the time each stage took, for the manifest. */
final class Progress {

  private final PrintWriter err;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private String stage;
  private long stageStarted;

  Progress(PrintWriter err) {
    this.err = err;
  }

  /** Ends the current stage (if any) and starts the next. */
  void stage(String name, String what) {
    end();
    stage = name;
    stageStarted = System.nanoTime();
    err.printf(Locale.ROOT, "[eyfsp] %-8s %s%n", name, what);
    err.flush();
  }

  void end() {
    if (stage != null) {
      seconds.put(stage, (System.nanoTime() - stageStarted) / 1e9);
      stage = null;
    }
  }

  Map<String, Double> seconds() {
    return seconds;
  }

  double elapsed() {
    return (System.nanoTime() - started) / 1e9;
  }
}
