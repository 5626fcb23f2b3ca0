package eyfsp.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eyfsp.domain.AcademicYear;
import eyfsp.domain.Framework;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.CsvOutput;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.TidyCsv;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Values for the history from the two sources it is filled from: DfE's published tables in the
 * Explore Education Statistics layout, read as published; and the output folder of a pipeline run
 * ({@code internal/csv/attainment.csv}, and {@code context.csv} and {@code gaps.csv} when present).
 * Every value is given the framework conf puts its year under.
 */
public final class HistorySources {

  /** What a file gave: its values, and sentences on what was read, skipped or ignored. */
  public record Read(List<Observation> observations, List<String> notes) {}

  /** Where a value belongs, to find two rows that disagree. */
  private record Slot(int year, Place.Key place, String measure) {}

  private HistorySources() {}

  /**
   * A published table. Columns named as a history measure (or one of its aliases in
   * history.published.columns) are read from the rows whose breakdown columns
   * (history.published.total_columns) say Total; shares (history.published.shares) are drawn from
   * their breakdown's rows. Cells holding a DfE symbol (c, x, z, low ...) give no value.
   */
  public static Read published(Path file, Settings all) {
    HistorySettings settings = all.history();
    TidyCsv csv = TidyCsv.read(file);
    csv.require("time_period", "geographic_level");
    String sha = TidyCsv.sha256(file);
    Map<String, String> columns = measureColumns(csv, settings);
    List<HistorySettings.Share> shares = settings.published().shares().stream()
        .filter(s -> csv.has(s.column()) && csv.has(s.countColumn())).toList();
    if (columns.isEmpty() && shares.isEmpty()) {
      throw new InputRefusedException(csv.name() + " has no column the history reads: none is named as a measure in "
          + "history.measures or history.published.columns, nor a breakdown in history.published.shares.");
    }
    List<String> breakdowns = settings.published().totalColumns().stream().filter(csv::has).toList();
    Accumulator values = new Accumulator(csv, all, Observation.PUBLISHED, csv.name(), sha);
    Map<Slot, long[]> shareCounts = new LinkedHashMap<>();
    Map<Slot, Place> sharePlaces = new HashMap<>();
    int otherBreakdowns = 0;
    for (CsvRecordReader.Record r : csv.records()) {
      Optional<Place> place = PlaceCells.of(csv, r);
      if (place.isEmpty()) {
        values.skippedLevel(csv.cell(r, "geographic_level"));
        continue;
      }
      if (!breakdowns.stream().allMatch(b -> isTotal(csv.cell(r, b), settings))) {
        otherBreakdowns++;
        continue;
      }
      int year = csv.year(r);
      columns.forEach((column, measure) -> values.put(r, year, place.get(), measure, csv.number(r, column)));
      for (HistorySettings.Share share : shares) {
        String group = csv.cell(r, share.column());
        boolean isGroup = group.equalsIgnoreCase(share.group());
        if (!isGroup && !group.equalsIgnoreCase(share.total())) {
          continue;
        }
        Optional<Double> count = csv.number(r, share.countColumn());
        if (count.isEmpty()) {
          continue;
        }
        Slot slot = new Slot(year, place.get().key(), share.measure());
        long[] counts = shareCounts.computeIfAbsent(slot, s -> new long[] {-1, -1, 0, 0});
        int i = isGroup ? 0 : 1;
        // A breakdown may repeat its counts on several rows (one per area of learning): they must agree.
        if (counts[i] >= 0 && counts[i] != count.get().longValue()) {
          throw csv.refusal(r, String.format("%s %s has %s where line %d had %d for %s %s", share.column(), group,
              CsvOutput.plain(count.get()), counts[i + 2], counts[i], place.get().label(), AcademicYear.label(year)));
        }
        counts[i] = count.get().longValue();
        counts[i + 2] = r.lineNumber();
        sharePlaces.put(slot, place.get());
      }
    }
    shareCounts.forEach((slot, counts) -> {
      if (counts[0] >= 0 && counts[1] > 0) {
        values.add(slot.year(), sharePlaces.get(slot), slot.measure(), 100.0 * counts[0] / counts[1], counts[2]);
      }
    });
    List<String> notes = new ArrayList<>();
    if (!columns.isEmpty()) {
      notes.add("read " + columns.entrySet().stream()
          .map(e -> e.getKey().equalsIgnoreCase(e.getValue()) ? e.getValue() : e.getKey() + " as " + e.getValue())
          .toList());
    }
    shares.forEach(s -> notes.add("read " + s.measure() + " = 100 x " + s.countColumn() + " where " + s.column() + " is "
        + s.group() + " / where it is " + s.total()));
    if (otherBreakdowns > 0) {
      notes.add(otherBreakdowns + " rows of other breakdowns than Total (" + String.join(", ", breakdowns)
          + ") skipped");
    }
    return values.read(notes);
  }

  /** The tables of a run the history reads, each by its name (the file is NAME.csv in internal/csv). */
  public static final List<String> RUN_TABLES = List.of("attainment", "context", "gaps");

  /** One of a run's internal tables as the history reads it: its rows, and the checksum of its CSV. */
  public record RunTable(TidyCsv csv, String sha256) {}

  /**
   * The output folder of ./eyfsp run: its internal (unrounded) attainment table, and the context
   * and gaps tables when the run wrote them. The framework its manifest names must be the one conf
   * puts each year under.
   */
  public static Read pipelineRun(Path folder, Settings all) {
    Path csvFolder = folder.resolve("internal").resolve("csv");
    Path attainment = csvFolder.resolve("attainment.csv");
    if (!Files.isRegularFile(attainment)) {
      throw new InputRefusedException(folder + " is not the output of ./eyfsp run: it has no internal/csv/attainment.csv.");
    }
    Manifest manifest = Manifest.of(folder);
    Map<String, RunTable> tables = new LinkedHashMap<>();
    for (String table : RUN_TABLES) {
      Path file = csvFolder.resolve(table + ".csv");
      if (Files.isRegularFile(file)) {
        tables.put(table, new RunTable(TidyCsv.read(file), TidyCsv.sha256(file)));
      }
    }
    return pipelineTables(manifest.runId(), manifest.framework(), folder.toString(), tables, all);
  }

  /**
   * A run's internal tables (RUN_TABLES, by name; attainment at least), read as ./eyfsp history
   * --add-run reads them from its folder: ./eyfsp run adds its own results this way before it writes them.
   *
   * @param framework the framework the run computed under, which must be the one conf puts each
   *     year under; null to take each year's from conf
   * @param shownAs the run's folder, for a refusal
   */
  public static Read pipelineTables(String runId, String framework, String shownAs, Map<String, RunTable> tables,
      Settings all) {
    HistorySettings settings = all.history();
    List<Observation> observations = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String table : RUN_TABLES) {
      RunTable run = tables.get(table);
      if (run == null) {
        notes.add("no " + table + ".csv in the run");
        continue;
      }
      TidyCsv csv = run.csv();
      csv.require("time_period", "geographic_level");
      Accumulator values = new Accumulator(csv, all, Observation.PIPELINE, runId + "/" + table + ".csv",
          run.sha256());
      if (table.equals("gaps")) {
        readGaps(csv, settings.pipelineGaps(), values);
      } else {
        Map<String, String> columns = measureColumns(csv, settings);
        for (CsvRecordReader.Record r : csv.records()) {
          Optional<Place> place = PlaceCells.of(csv, r);
          if (place.isPresent()) {
            int year = csv.year(r);
            if (csv.has("framework")) {
              // A run names each row's framework: it must be the one conf puts the year under.
              String expected = all.frameworkOf(year).map(Framework::code).orElse("none");
              if (!csv.cell(r, "framework").equals(expected)) {
                throw csv.refusal(r, String.format("%s was computed under framework %s, but frameworks puts %s "
                    + "under %s", shownAs, csv.cell(r, "framework"), AcademicYear.label(year), expected));
              }
            }
            columns.forEach((column, measure) -> values.put(r, year, place.get(), measure, csv.number(r, column)));
          }
        }
      }
      Read read = values.read(List.of());
      for (Observation o : read.observations()) {
        if (framework != null && !framework.equals(o.framework())) {
          throw new InputRefusedException(String.format("%s was computed under framework %s, but frameworks "
              + "puts %s under %s.", shownAs, framework, AcademicYear.label(o.year()), o.framework()));
        }
      }
      observations.addAll(read.observations());
      notes.add(table + ".csv: " + read.observations().size() + " values");
    }
    return new Read(observations, notes);
  }

  /** The gaps table: rows whose gap column names a gap the history keeps, their value column its value. */
  private static void readGaps(TidyCsv csv, HistorySettings.PipelineGaps gaps, Accumulator values) {
    csv.require(gaps.gapColumn(), gaps.valueColumn());
    Map<String, String> measureByLabel = new HashMap<>();
    gaps.gaps().forEach((measure, labels) ->
        labels.forEach(label -> measureByLabel.put(label.toLowerCase(Locale.ROOT), measure)));
    for (CsvRecordReader.Record r : csv.records()) {
      String measure = measureByLabel.get(csv.cell(r, gaps.gapColumn()).toLowerCase(Locale.ROOT));
      Optional<Place> place = PlaceCells.of(csv, r);
      if (measure != null && place.isPresent()) {
        values.put(r, csv.year(r), place.get(), measure, csv.number(r, gaps.valueColumn()));
      }
    }
  }

  /** Header column -> history measure: a measure's own name, else its first alias present. */
  private static Map<String, String> measureColumns(TidyCsv csv, HistorySettings settings) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String measure : settings.measures().keySet()) {
      List<String> names = new ArrayList<>(List.of(measure));
      names.addAll(settings.published().columns().getOrDefault(measure, List.of()));
      names.stream().filter(csv::has).findFirst().ifPresent(column -> columns.put(column, measure));
    }
    return columns;
  }

  private static boolean isTotal(String value, HistorySettings settings) {
    return settings.published().totalValues().stream().anyMatch(value::equalsIgnoreCase);
  }

  /** Values from one file, one per year, place and measure: two rows that disagree refuse the file. */
  private static final class Accumulator {
    private final TidyCsv csv;
    private final Settings settings;
    private final String kind;
    private final String source;
    private final String sha;
    private final Map<Slot, Observation> values = new LinkedHashMap<>();
    private final Map<Slot, Long> lines = new HashMap<>();
    private final Map<String, Integer> skippedLevels = new TreeMap<>();
    private int symbols;

    Accumulator(TidyCsv csv, Settings settings, String kind, String source, String sha) {
      this.csv = csv;
      this.settings = settings;
      this.kind = kind;
      this.source = source;
      this.sha = sha;
    }

    void put(CsvRecordReader.Record r, int year, Place place, String measure, Optional<Double> value) {
      if (value.isEmpty()) {
        symbols++;
        return;
      }
      Slot slot = new Slot(year, place.key(), measure);
      Observation before = values.get(slot);
      if (before != null && before.value() != value.get()) {
        throw csv.refusal(r, String.format("%s for %s in %s is %s here but %s on line %d (if the file has a breakdown "
                + "column, name it in history.published.total_columns)", measure, place.label(), AcademicYear.label(year),
            CsvOutput.plain(value.get()), CsvOutput.plain(before.value()), lines.get(slot)));
      }
      add(year, place, measure, value.get(), r.lineNumber());
    }

    void add(int year, Place place, String measure, double value, long line) {
      String framework = settings.frameworkOf(year).map(Framework::code)
          .orElseThrow(() -> new InputRefusedException(String.format("%s, line %d: no framework in frameworks "
              + "covers %s.", csv.name(), line, AcademicYear.label(year))));
      Slot slot = new Slot(year, place.key(), measure);
      values.putIfAbsent(slot, new Observation(year, place, framework, measure, value, kind, source, sha));
      lines.putIfAbsent(slot, line);
    }

    void skippedLevel(String level) {
      skippedLevels.merge(level, 1, Integer::sum);
    }

    Read read(List<String> notes) {
      List<String> all = new ArrayList<>(notes);
      if (symbols > 0) {
        all.add(symbols + " cells blank or a DfE symbol (c, x, z, low ...): no value");
      }
      skippedLevels.forEach((level, n) -> all.add(n + " rows at level '" + level + "' skipped"));
      return new Read(List.copyOf(values.values()), all);
    }
  }

  /**
   * What the run's manifest says: its id and, for a run of the 13-scale profile alone (before the
   * frameworks were data, when attainment had no framework column), the framework it computed under.
   */
  private record Manifest(String runId, String framework) {
    static Manifest of(Path folder) {
      Path file = folder.resolve("manifest.json");
      String name = folder.toAbsolutePath().normalize().getFileName().toString();
      if (!Files.isRegularFile(file)) {
        return new Manifest(name, null);
      }
      try {
        JsonNode m = new ObjectMapper().readTree(file.toFile());
        String runId = m.path("run_id").asText(name);
        JsonNode code = m.path("settings").path("framework").path("code");
        return new Manifest(runId, code.isTextual() ? code.asText() : null);
      } catch (IOException e) {
        throw new InputRefusedException(file + " cannot be read: " + e.getMessage() + ".");
      }
    }
  }
}
