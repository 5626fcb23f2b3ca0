package eyfsp.store;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.Framework;
import eyfsp.domain.HistorySettings;
import eyfsp.domain.Settings;
import eyfsp.io.CsvOutput;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.HistoryFile;
import eyfsp.io.TidyCsv;
import eyfsp.measures.Geography;
import eyfsp.trajectories.History;
import eyfsp.trajectories.Observation;
import eyfsp.trajectories.Place;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The history store on disk: {@link HistoryFile} in a folder, one tidy row per year, place,
 * measure and kind of source, with the framework of its year and the file it came from. Written
 * whole and atomically, under the folder's lock, so that two additions at once cannot lose one another.
 */
public final class HistoryStore {

  public static final List<String> COLUMNS = columns();

  private HistoryStore() {}

  /** The stored history (empty when the file does not exist yet). */
  public static History read(Path folder, Settings all) {
    Path file = HistoryFile.in(folder);
    if (!Files.isRegularFile(file)) {
      return History.empty();
    }
    return parse(TidyCsv.read(file), all);
  }

  /** A history as read from its CSV text (the file of a folder, or of a run's output elsewhere). */
  public static History parse(TidyCsv csv, Settings all) {
    HistorySettings settings = all.history();
    csv.require(COLUMNS.toArray(String[]::new));
    List<Observation> observations = new ArrayList<>(csv.records().size());
    Set<String> kinds = Set.of(Observation.PUBLISHED, Observation.PIPELINE);
    for (CsvRecordReader.Record r : csv.records()) {
      int year = csv.year(r);
      Place place = PlaceCells.of(csv, r).orElseThrow(() -> csv.refusal(r, "geographic_level '"
          + csv.cell(r, "geographic_level") + "' is not National, Regional or Local authority"));
      String framework = csv.cell(r, "framework");
      String expected = all.frameworkOf(year).map(Framework::code).orElse(null);
      if (!framework.equals(expected)) {
        throw csv.refusal(r, AcademicYear.label(year) + " is stored under framework '" + framework
            + "' but frameworks puts it under " + (expected == null ? "none" : expected));
      }
      String measure = csv.cell(r, "measure");
      if (!settings.measures().containsKey(measure)) {
        throw csv.refusal(r, "measure '" + measure + "' is not in history.measures");
      }
      String kind = csv.cell(r, "source_kind");
      if (!kinds.contains(kind)) {
        throw csv.refusal(r, "source_kind '" + kind + "' is neither published nor pipeline");
      }
      double value = csv.number(r, "value").orElseThrow(() -> csv.refusal(r, "the value is missing"));
      observations.add(new Observation(year, place, framework, measure, value, kind, csv.cell(r, "source"),
          csv.cell(r, "source_sha256")));
    }
    return new History(observations);
  }

  /** Reads, changes and writes the history under the folder's lock; returns what the change returned. */
  public static History.Addition update(Path folder, Settings settings,
      Function<History, History.Addition> change) {
    return HistoryFile.locked(folder, () -> {
      History.Addition addition = change.apply(read(folder, settings));
      try {
        TidyCsv.writeAtomically(HistoryFile.in(folder), out -> write(addition.history(), out));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return addition;
    });
  }

  /** The history as its CSV text. */
  public static void write(History history, OutputStream out) {
    List<List<String>> rows = new ArrayList<>(history.observations().size());
    for (Observation o : history.observations()) {
      List<String> row = new ArrayList<>();
      o.place().filterCells(o.year()).forEach(cell -> row.add(CsvOutput.plain(cell)));
      row.add(o.framework());
      row.add(o.measure());
      row.add(CsvOutput.plain(o.value()));
      row.add(o.sourceKind());
      row.add(o.source());
      row.add(o.sourceSha256());
      rows.add(row);
    }
    CsvOutput.write(COLUMNS, rows, out);
  }

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(Geography.COLUMNS);
    columns.addAll(List.of("framework", "measure", "value", "source_kind", "source", "source_sha256"));
    return List.copyOf(columns);
  }
}
