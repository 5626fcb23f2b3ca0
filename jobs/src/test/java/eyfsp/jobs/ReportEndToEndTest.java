package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import eyfsp.io.OutputLock;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report end to end: drawn as the last stage of a run, drawn again with the drafts by
 * ./eyfsp report and published atomically, and loaded in headless Chromium, where the headline
 * numbers on every page must be the published cells, with no console error and no failed request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportEndToEndTest {

  @TempDir
  static Path dir;

  static Path input;
  static Path output;
  static Path drafts;
  static Path history;

  @BeforeAll
  static void runThenDraft() {
    input = TestRuns.syntheticInput(dir.resolve("input"), 7, 400, 3);
    output = dir.resolve("out");
    drafts = dir.resolve("drafts");
    history = dir.resolve("history");
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("[eyfsp] report   HTML pages from published/ and the run's drafts (internal/csv)");
  }

  /** The published attainment table, read on its own: LA number -> the row of its latest year. */
  static Map<String, CSVRecord> latestPublished() throws IOException {
    Map<String, CSVRecord> latest = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(output.resolve("published/attainment.csv"))) {
      for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (r.get("geographic_level").equals("Local authority")) {
          latest.merge(r.get("old_la_code"), r, (a, b) -> a.get("time_period").compareTo(b.get("time_period")) >= 0
              ? a : b);
        }
      }
    }
    return latest;
  }

  @Test
  @Order(1)
  void theRunDrawsAPagePerPublishedLaAndAnIndex() throws Exception {
    Map<String, CSVRecord> las = latestPublished();
    assertThat(las).hasSizeGreaterThanOrEqualTo(4);
    assertThat(output.resolve("report/index.html")).isRegularFile();
    try (Stream<Path> pages = Files.list(output.resolve("report/la"))) {
      assertThat(pages.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(las.keySet().stream().map(la -> la + ".html").toList());
    }
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.path("outputs").findValuesAsText("path")).contains("report/index.html", "report/la/");
  }

  @Test
  @Order(1)
  void theRunAloneDraftsTargetsAndTheReportDrawsItsProjections() throws Exception {
    for (String table : List.of("trajectories", "targets", "neighbours", "negotiation")) {
      assertThat(output.resolve("internal/csv/" + table + ".csv")).as("internal CSV").isRegularFile();
      assertThat(output.resolve("internal/parquet/" + table)).as("internal Parquet").isDirectory();
    }
    for (String table : List.of("trajectories", "targets", "neighbours")) {
      assertThat(output.resolve("published/" + table + ".csv")).isRegularFile();
      assertThat(output.resolve("published/" + table + ".meta.csv")).isRegularFile();
    }
    assertThat(output.resolve("history/history.csv")).as("the history the drafts came from, in the output")
        .isRegularFile();
    String la = latestPublished().keySet().iterator().next();
    String page = Files.readString(output.resolve("report/la/" + la + ".html"));
    assertThat(page).as("a projection drawn after ./eyfsp run alone")
        .contains("projection: internal/csv/trajectories.csv").contains("Draft target for ")
        .doesNotContain("is not there");
  }

  @Test
  @Order(2)
  void reportDrawsItAgainWithTheDraftsAndSwapsTheWholeOutputIn() throws Exception {
    for (String[] command : List.of(
        new String[] {"history", "--add-run", output.toString(), "--history", history.toString()},
        new String[] {"trajectories", "--history", history.toString(), "--output", drafts.toString()},
        new String[] {"targets", "--history", history.toString(), "--output", drafts.toString()})) {
      TestRuns.Outcome o = TestRuns.run(command);
      assertThat(o.status()).as(String.join(" ", command) + "\n" + o.err()).isZero();
    }
    Path before = output.toRealPath();
    Map<String, String> csv = TestRuns.csvFiles(output);

    TestRuns.Outcome report = TestRuns.run("report", "--output", output.toString(), "--drafts", drafts.toString());
    assertThat(report.status()).as(report.err()).isZero();
    assertThat(report.out()).contains("eyfsp report finished in").contains("LA pages in " + output + "/report/la/");

    assertThat(output.toRealPath()).as("a new run folder, swapped in").isNotEqualTo(before);
    assertThat(before).as("the run before stays beside it, for its readers").isDirectory();
    assertThat(TestRuns.csvFiles(output)).as("every table as it was, byte for byte").isEqualTo(csv);
    assertThat(Files.isSameFile(output.resolve("published/attainment.csv"), before.resolve("published/attainment.csv")))
        .as("the tables are hard links to the published files, not copies").isTrue();
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.path("report").path("drawn_by").asText()).isEqualTo("eyfsp report");
    assertThat(manifest.path("report").path("drafts").asText()).isEqualTo(drafts.toString());
    assertThat(manifest.path("run_id").asText()).as("the run whose tables these are")
        .isEqualTo(new ObjectMapper().readTree(before.resolve("manifest.json").toFile()).path("run_id").asText());

    String la = latestPublished().keySet().iterator().next();
    String page = Files.readString(output.resolve("report/la/" + la + ".html"));
    assertThat(page).contains("Draft target for ").contains(drafts + "/trajectories.csv")
        .contains("Statistical neighbours: the ").contains("neighbours: drafts/neighbours.csv")
        .as("the drafts folder by its name, its path only in the footer's list of sources")
        .doesNotContain("neighbours: " + drafts + "/neighbours.csv");
  }

  @Test
  @Order(3)
  void reportRefusesWhileAnotherRunHoldsTheOutputAndWithoutAnOutput() throws Exception {
    Path before = output.toRealPath();
    try (OutputLock lock = OutputLock.acquire(output.toString())) {
      TestRuns.Outcome busy = TestRuns.run("report", "--output", output.toString(), "--drafts", drafts.toString());
      assertThat(busy.status()).isEqualTo(ExitStatus.BUSY);
      assertThat(busy.sentence()).startsWith("eyfsp: Another eyfsp run is writing " + output);
    }
    assertThat(output.toRealPath()).isEqualTo(before);
    TestRuns.Outcome none = TestRuns.run("report", "--output", dir.resolve("nothing").toString());
    assertThat(none.status()).isEqualTo(ExitStatus.INPUT_REFUSED);
    assertThat(none.sentence()).isEqualTo("eyfsp: There is no published output at " + dir.resolve("nothing")
        + " to draw a report of: ./eyfsp run makes one.");
  }

  @Test
  @Order(4)
  void inHeadlessChromiumEveryPageLoadsCleanlyAndShowsThePublishedHeadlines() throws Exception {
    java.util.Optional<Path> binary = Chromium.binary();
    if (binary.isEmpty()) {
      // .ci/run installs Debian's chromium; where it could not (no package mirror), it says so.
      Assumptions.assumeTrue(false, "no chromium binary found (install Debian's chromium, or set EYFSP_CHROMIUM)");
    }
    Path report = output.resolve("report").toRealPath();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = report.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      byte[] body = file.startsWith(report) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
      if (body != null) {
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path shots = Path.of("target", "report-screenshots");
    Files.createDirectories(shots);
    try (Chromium chromium = Chromium.start(binary.get(), dir.resolve("chromium-profile"))) {
      Map<String, CSVRecord> las = latestPublished();
      List<String> pages = new ArrayList<>(List.of("index.html"));
      las.keySet().forEach(la -> pages.add("la/" + la + ".html"));
      boolean synthetic = new ObjectMapper().readTree(output.resolve("manifest.json").toFile())
          .path("synthetic_input").asBoolean();
      assertThat(synthetic).as("the test's input carries the SYNTHETIC marker").isTrue();
      checksCanFail(chromium);
      int projected = 0;
      for (String path : pages) {
        Chromium.Page page = chromium.open();
        page.window(1280, "");
        page.navigate(base + path);
        assertThat(page.problems()).as("console errors, exceptions and failed requests of %s", path).isEmpty();
        assertThat(page.requests()).as("what %s asked for: itself, nothing from elsewhere", path)
            .containsExactly(base + path);
        // Every headline number on the page, as the browser shows it, against the published cell.
        JsonNode shown = page.evaluate("JSON.stringify([...document.querySelectorAll('[data-table=attainment]')]"
            + ".map(e => [e.dataset.oldLaCode || 'England', e.dataset.column, e.dataset.timePeriod, e.innerText]))");
        JsonNode cells = new ObjectMapper().readTree(shown.asText());
        assertThat(cells.size()).as("headline numbers on %s", path).isGreaterThanOrEqualTo(3);
        for (JsonNode c : cells) {
          if (c.get(0).asText().equals("England")) {
            continue;
          }
          CSVRecord published = las.get(c.get(0).asText());
          assertThat(c.get(2).asText()).isEqualTo(published.get("time_period"));
          assertThat(c.get(3).asText().strip().replace(",", "")).as("%s of LA %s on %s (thousands separated)",
              c.get(1).asText(), c.get(0).asText(), path).isEqualTo(published.get(c.get(1).asText()));
        }
        // As laid out in the browser: nothing wider than the window, no chart text over another text or a
        // mark, no label cut short, and the synthetic banner exactly when the input is synthetic.
        JsonNode wide = checks(page);
        assertThat(wide.path("overflow").asInt()).as("horizontal overflow of %s at 1280 px", path).isLessThanOrEqualTo(0);
        assertThat(wide.path("overlaps")).as("chart texts over a text or a mark on %s", path).isEmpty();
        assertThat(wide.path("cut")).as("labels cut short on %s", path).isEmpty();
        assertThat(wide.path("banner").asInt()).as("the synthetic banner on %s", path).isEqualTo(synthetic ? 1 : 0);
        projected += wide.path("projections").asInt();
        page.window(390, "");
        page.navigate(base + path);
        assertThat(checks(page).path("overflow").asInt()).as("horizontal overflow of %s at 390 px", path)
            .isLessThanOrEqualTo(0);
        // Printed on A4: at full scale (nothing wider than the 186 mm between the margins, 703 px, which
        // Chromium would shrink every page to fit) and, for an LA, on at most 4 pages.
        page.window(PRINTABLE_WIDTH, "print");
        page.navigate(base + path);
        assertThat(page.evaluate("document.documentElement.scrollWidth").asInt())
            .as("width of %s laid out for print", path).isLessThanOrEqualTo(PRINTABLE_WIDTH);
        page.window(1280, "");
        page.navigate(base + path);
        byte[] pdf = page.pdf();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        if (path.startsWith("la/")) {
          assertThat(pdfPages(pdf)).as("A4 pages of %s", path).isBetween(1, 4);
        }
        if (path.equals(pages.get(1)) || path.equals("index.html")) {
          byte[] png = page.screenshot(1280);
          Path file = shots.resolve(path.replace('/', '-').replace(".html", ".png"));
          Files.write(file, png);
          assertPng(png, 1280, path.equals("index.html") ? 400 : 2000);
          Files.write(shots.resolve(path.replace('/', '-').replace(".html", ".pdf")), pdf);
          assertThat(pdf.length).isGreaterThan(10_000);
        }
      }
      assertThat(projected).as("projections drawn on the LA pages after ./eyfsp run alone").isPositive();
    } finally {
      server.stop(0);
    }
  }

  @Test
  @Order(5)
  void ifChangedRunsAgainWhenTheDraftsTheReportReadsHaveChanged() throws Exception {
    // The published tables were computed before there were drafts; the report has been redrawn with
    // them since, but a run asked to do nothing unless something changed must see that they are new.
    String[] run = {"run", "--input", input.toString(), "--output", output.toString(), "--conf",
        TestRuns.lenientSettings(dir).toString(), "--drafts", drafts.toString(), "--if-changed"};
    TestRuns.Outcome changed = TestRuns.run(run);
    assertThat(changed.status()).as(changed.err()).isZero();
    assertThat(changed.out()).as("drafts that were not there").startsWith("eyfsp run finished");
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertThat(manifest.path("report_drafts").fieldNames()).toIterable()
        .containsExactly("neighbours.csv", "targets.csv", "trajectories.csv");

    TestRuns.Outcome unchanged = TestRuns.run(run);
    assertThat(unchanged.out()).startsWith("eyfsp run: nothing to do");
    // A changed draft (a blank line: no record, other bytes) is another run.
    Files.writeString(drafts.resolve("targets.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
    TestRuns.Outcome redrawn = TestRuns.run(run);
    assertThat(redrawn.status()).as(redrawn.err()).isZero();
    assertThat(redrawn.out()).as("a changed draft").startsWith("eyfsp run finished");
  }

  @Test
  @Order(6)
  void aRunAddsItsResultsToTheHistoryItIsGivenOnlyOnceItsOutputIsPublished() throws Exception {
    // The history of test 2 holds this output's results as ./eyfsp history --add-run read them, named by run id.
    Path file = history.resolve("history.csv");
    String before = Files.readString(file);
    assertThat(before).doesNotContain("eyfsp run/attainment.csv");
    // A run that fails (its output is a file) leaves the history exactly as it was.
    Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
    TestRuns.Outcome failed = TestRuns.run("run", "--input", input.toString(), "--output", notAFolder.toString(),
        "--conf", TestRuns.lenientSettings(dir).toString(), "--history", history.toString());
    assertThat(failed.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
    assertThat(Files.readString(file)).isEqualTo(before);
    // A run that publishes adds its results, as its own: the same years, places and measures from the same kind of
    // source, so they replace those values (as a rerun would) rather than stand beside them; its output holds the
    // same history.
    TestRuns.Outcome run = TestRuns.run("run", "--input", input.toString(), "--output", output.toString(),
        "--conf", TestRuns.lenientSettings(dir).toString(), "--history", history.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String after = Files.readString(file);
    assertThat(after).contains("eyfsp run/attainment.csv");
    assertThat(after.lines().count()).as("one value per year, place, measure and kind of source")
        .isEqualTo(before.lines().count());
    assertThat(Files.readString(output.resolve("history/history.csv"))).isEqualTo(after);
  }

  /** The width between an A4 page's margins in the report's print style (210 - 2 x 12 mm), in CSS pixels. */
  static final int PRINTABLE_WIDTH = 703;

  /** What page-checks.js measures on the page now loaded. */
  static JsonNode checks(Chromium.Page page) throws Exception {
    String script = new String(ReportEndToEndTest.class.getResourceAsStream("page-checks.js").readAllBytes(),
        StandardCharsets.UTF_8);
    return new ObjectMapper().readTree(page.evaluate(script).asText());
  }

  /**
   * The checks find what they look for: on a blank page, a chart with two texts laid over each other
   * and a third over a mark reports two overlaps.
   */
  static void checksCanFail(Chromium chromium) throws Exception {
    Chromium.Page page = chromium.open();
    page.window(1280, "");
    page.navigate("about:blank");
    page.evaluate("document.body.innerHTML = '<svg class=\"chart\" id=\"t\" width=\"300\" height=\"100\">"
        + "<text x=\"10\" y=\"20\">Overlap</text><text x=\"14\" y=\"24\">Overlap</text>"
        + "<rect class=\"mark\" x=\"100\" y=\"50\" width=\"20\" height=\"20\"/>"
        + "<text x=\"95\" y=\"64\">mark</text></svg>'; 1");
    assertThat(checks(page).path("overlaps")).as("the checks' own test").hasSize(2);
  }

  /** The number of pages of a PDF: the largest /Count of its page tree (the root's). */
  static int pdfPages(byte[] pdf) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Count (\\d+)")
        .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages = Math.max(pages, Integer.parseInt(m.group(1)));
    }
    return pages;
  }

  /** A real PNG (signature and IHDR chunk) of the width asked for, at least so tall, not blank. */
  static void assertPng(byte[] png, int width, int minHeight) {
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    ByteBuffer header = ByteBuffer.wrap(png, 8, 25);
    assertThat(header.getInt()).as("IHDR length").isEqualTo(13);
    assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
    header.getInt();
    assertThat(header.getInt()).as("width").isEqualTo(width);
    assertThat(header.getInt()).as("height").isGreaterThanOrEqualTo(minHeight).isLessThan(40_000);
    assertThat(png.length).as("bytes: a page with charts, not a blank one").isGreaterThan(30_000);
  }
}
