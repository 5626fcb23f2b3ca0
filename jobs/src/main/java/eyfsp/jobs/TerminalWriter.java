package eyfsp.jobs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Standard error when it is a terminal: the current stage's line is redrawn in place (every half
 * second, and as the stage reports progress) until the stage ends and its line is written for
 * good. Anything else written ends the live line first, so a note or the one-sentence failure
 * never lands in the middle of it. Logs and CI, where standard error is not a terminal, get plain
 * lines instead (see {@link Progress}).
 */
final class TerminalWriter extends PrintWriter {

  private static final String CLEAR_LINE = "\r\033[K";

  private final int width;
  private final long tickMillis;
  private Supplier<String> live;
  private boolean shown;
  private ScheduledExecutorService ticker;

  /** @param tickMillis how often the live line is redrawn (its time goes on); 0: only as the stage reports */
  TerminalWriter(OutputStream terminal, int width, long tickMillis) {
    super(new OutputStreamWriter(terminal, Charset.defaultCharset()), true);
    this.width = width;
    this.tickMillis = tickMillis;
  }

  /** Whether this process's standard error is a terminal (and the user has not asked for plain lines). */
  static boolean standardErrorIsTerminal() {
    if ("plain".equalsIgnoreCase(System.getenv("EYFSP_PROGRESS")) || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      // Linux names the terminal behind each open file: /dev/pts/N or /dev/ttyN.
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }

  /** The terminal's width from COLUMNS when the shell exports it, else 100. */
  static int columns() {
    try {
      return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100")));
    } catch (NumberFormatException e) {
      return 100;
    }
  }

  /** Shows a line that is redrawn in place until {@link #finish} or other output. */
  void live(Supplier<String> line) {
    synchronized (lock) {
      endLiveLine();
      live = line;
      draw();
      if (ticker == null && tickMillis > 0) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "eyfsp-progress");
          t.setDaemon(true);
          return t;
        });
        ticker.scheduleAtFixedRate(this::redraw, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
      }
    }
  }

  void redraw() {
    synchronized (lock) {
      if (live != null) {
        draw();
      }
    }
  }

  /** Replaces the live line with its final text, for good. */
  void finish(String line) {
    synchronized (lock) {
      if (live != null) {
        raw(CLEAR_LINE + fit(line) + System.lineSeparator());
        live = null;
        shown = false;
      }
    }
  }

  @Override
  public void write(int c) {
    synchronized (lock) {
      endLiveLine();
      super.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    synchronized (lock) {
      endLiveLine();
      super.write(buf, off, len);
    }
  }

  @Override
  public void write(String s, int off, int len) {
    synchronized (lock) {
      endLiveLine();
      super.write(s, off, len);
    }
  }

  /** Other output: the live line stays as it was drawn, and is not redrawn until the next stage. */
  private void endLiveLine() {
    if (shown) {
      raw(System.lineSeparator());
      shown = false;
    }
    live = null;
  }

  private void draw() {
    raw(CLEAR_LINE + fit(live.get()));
    shown = true;
  }

  private String fit(String line) {
    return line.length() < width ? line : line.substring(0, width - 2) + "\u2026";
  }

  private void raw(String text) {
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      setError();
    }
  }
}
