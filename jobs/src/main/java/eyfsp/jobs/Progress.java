package eyfsp.jobs;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One line per stage on standard error, and the time each stage took, for the manifest. On a
 * terminal ({@link TerminalWriter}) the current stage's line is redrawn in place with the time so
 * far and what the stage has done, and ends with the time it took; elsewhere (logs, CI) each stage
 * is one plain line, written as it starts.
 */
final class Progress {

  private final PrintWriter err;
  private final TerminalWriter terminal;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private String stage;
  private String what;
  private volatile String detail;
  private long stageStarted;

  Progress(PrintWriter err) {
    this.err = err;
    this.terminal = err instanceof TerminalWriter t ? t : null;
  }

  /** Ends the current stage (if any) and starts the next. */
  void stage(String name, String what) {
    end();
    stage = name;
    this.what = what;
    detail = null;
    stageStarted = System.nanoTime();
    if (terminal != null) {
      // The time so far and the stage's progress come first, where a narrow terminal cannot cut them off.
      terminal.live(() -> String.format(Locale.ROOT, "[eyfsp] %-8s (%.0f s%s) %s", stage,
          (System.nanoTime() - stageStarted) / 1e9, detail == null ? "" : ", " + detail, what));
    } else {
      err.println(line());
      err.flush();
    }
  }

  /** What the stage has done so far, shown on a terminal only (a log keeps one line per stage). */
  void update(String progress) {
    if (terminal != null) {
      detail = progress;
      terminal.redraw();
    }
  }

  /** A line of its own between stages. */
  void note(String text) {
    err.printf(Locale.ROOT, "[eyfsp] %-8s %s%n", "note", text);
    err.flush();
  }

  void end() {
    if (stage != null) {
      double took = (System.nanoTime() - stageStarted) / 1e9;
      seconds.put(stage, took);
      if (terminal != null) {
        terminal.finish(line() + String.format(Locale.ROOT, "  (%.1f s)", took));
      }
      stage = null;
    }
  }

  private String line() {
    return String.format(Locale.ROOT, "[eyfsp] %-8s %s", stage, what);
  }

  Map<String, Double> seconds() {
    return seconds;
  }

  double elapsed() {
    return (System.nanoTime() - started) / 1e9;
  }
}
