package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Stage lines: plain in a log, redrawn in place on a terminal, with notes and failures never mixed into them. */
class ProgressTest {

  @Test
  void inALogEachStageIsOnePlainLineAsItStarts() {
    StringWriter log = new StringWriter();
    Progress progress = new Progress(new PrintWriter(log, true));
    progress.stage("read", "sample-data");
    progress.update("ignored in a log");
    progress.note("pseudonyms use the development key");
    progress.stage("report", "HTML pages");
    progress.end();
    assertThat(log.toString()).isEqualTo("[eyfsp] read     sample-data\n"
        + "[eyfsp] note     pseudonyms use the development key\n"
        + "[eyfsp] report   HTML pages\n");
    assertThat(progress.seconds()).containsOnlyKeys("read", "report");
  }

  @Test
  void onATerminalTheStageLineIsRedrawnInPlaceAndEndsWithItsTime() {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    TerminalWriter terminal = new TerminalWriter(screen, 80, 0);
    Progress progress = new Progress(terminal);
    progress.stage("read", "sample-data");
    progress.stage("report", "HTML pages");
    progress.update("LA pages 1/2");
    progress.end();
    String shown = screen.toString(Charset.defaultCharset());
    // Each stage is drawn (clear line, text, no newline), redrawn as it goes, and replaced by its
    // final line with the time it took. The live line's whole seconds are 0 unless the machine
    // stalls, so any count is allowed.
    assertThat(shown).matches("(?s)\\r\\033\\[K\\[eyfsp\\] read     \\(\\d+ s\\) sample-data.*")
        .matches("(?s).*\\r\\033\\[K\\[eyfsp\\] report   \\(\\d+ s, LA pages 1/2\\) HTML pages.*")
        .matches("(?s).*" + "\\r\\033\\[K\\[eyfsp\\] read     sample-data  \\(\\d+\\.\\d s\\)\\n.*")
        .matches("(?s).*\\r\\033\\[K\\[eyfsp\\] report   HTML pages  \\(\\d+\\.\\d s\\)\\n$");
  }

  @Test
  void otherOutputEndsTheLiveLineFirstSoAFailureSentenceStandsAlone() {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    TerminalWriter terminal = new TerminalWriter(screen, 80, 0);
    Progress progress = new Progress(terminal);
    progress.stage("measure", "tables by year");
    terminal.println("eyfsp: the outputs could not be written");
    terminal.flush();
    terminal.redraw();
    String shown = screen.toString(Charset.defaultCharset());
    assertThat(shown).matches("\\r\\033\\[K\\[eyfsp\\] measure  \\(\\d+ s\\) tables by year\n"
        + "eyfsp: the outputs could not be written" + System.lineSeparator());
  }

  @Test
  void theTimeGoesOnWhileAStageRuns() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Progress progress = new Progress(new TerminalWriter(screen, 80, 20));
    progress.stage("measure", "tables by year");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (screen.toString(Charset.defaultCharset()).split("\r\033\\[K", -1).length < 4
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(screen.toString(Charset.defaultCharset()).split("\r\033\\[K", -1).length)
        .as("the line drawn, then redrawn by the ticker").isGreaterThanOrEqualTo(4);
    progress.end();
  }

  @Test
  void aLineLongerThanTheTerminalIsCutToFit() {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Progress progress = new Progress(new TerminalWriter(screen, 40, 0));
    progress.stage("read", "x".repeat(100));
    assertThat(screen.toString(Charset.defaultCharset()).replace("\r\033[K", "")).hasSize(39).endsWith("\u2026");
  }
}
