package eyfsp.store;

import eyfsp.domain.AcademicYear;
import eyfsp.io.CsvOutput;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.TidyCsv;
import eyfsp.targets.NegotiationRecord;
import eyfsp.targets.NegotiationRecord.Entry;
import eyfsp.targets.NegotiationRecord.Stage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The negotiation record on disk, kept beside the drafts: one row per version of a target,
 * appended and never rewritten in place.
 *
 * <pre>
 * old_la_code,la_name,time_period,measure,stage,value,date,reason
 * 873,Cambridgeshire,202021,gld_percent,draft,74.2,2019-10-01,"AMBITION_STEP: ..."
 * 873,Cambridgeshire,202021,gld_percent,proposed,73.0,2019-11-15,"New estates: a younger intake"
 * 873,Cambridgeshire,202021,gld_percent,agreed,73.5,2020-01-10,"Between the two: ..."
 * </pre>
 *
 * {@code stage} is draft, proposed (the LA's figure) or agreed; {@code date} is YYYY-MM-DD;
 * {@code la_name} is optional.
 */
public final class NegotiationRecordFile {

  public static final List<String> COLUMNS =
      List.of("old_la_code", "la_name", "time_period", "measure", "stage", "value", "date", "reason");

  private NegotiationRecordFile() {}

  /** The record, checked (SI 2007/1415: reasons where the agreed figure differs from the proposal); empty when absent. */
  public static NegotiationRecord read(Path file, Set<String> measures) {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      return NegotiationRecord.empty(name);
    }
    TidyCsv csv = TidyCsv.read(file);
    csv.require("old_la_code", "time_period", "measure", "stage", "value", "date", "reason");
    List<Entry> entries = new ArrayList<>();
    for (CsvRecordReader.Record r : csv.records()) {
      String la = csv.cell(r, "old_la_code");
      if (!la.matches("\\d{3}")) {
        throw csv.refusal(r, "old_la_code '" + la + "' is not a 3-digit DfE LA number");
      }
      String measure = csv.cell(r, "measure");
      if (!measures.contains(measure)) {
        throw csv.refusal(r, "measure '" + measure + "' is not one of targets.measures " + measures);
      }
      Stage stage;
      try {
        stage = Stage.valueOf(csv.cell(r, "stage").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw csv.refusal(r, "stage '" + csv.cell(r, "stage") + "' is not draft, proposed or agreed");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(csv.cell(r, "date"));
      } catch (DateTimeParseException e) {
        throw csv.refusal(r, "date '" + csv.cell(r, "date") + "' is not YYYY-MM-DD");
      }
      String period = csv.cell(r, "time_period");
      int year = AcademicYear.parse(period).orElseThrow(() -> csv.refusal(r, "time_period '" + period
          + "' is not an academic year"));
      double value = csv.number(r, "value").orElseThrow(() -> csv.refusal(r, "the value is missing"));
      entries.add(new Entry(r.lineNumber(), la, csv.cell(r, "la_name"), year, measure, stage, value, date,
          csv.cell(r, "reason")));
    }
    NegotiationRecord record = new NegotiationRecord(List.copyOf(entries), name);
    record.requireReasons();
    return record;
  }

  /**
   * Appends entries under the file's own header (a new file gets {@link #COLUMNS}); the earlier
   * rows are kept byte for byte, and the file is replaced atomically.
   */
  public static void append(Path file, List<Entry> entries) throws IOException {
    boolean exists = Files.isRegularFile(file);
    List<String> header = exists ? TidyCsv.read(file).header() : COLUMNS;
    String before = exists ? Files.readString(file, StandardCharsets.UTF_8) : "";
    List<List<String>> rows = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, String> cells = Map.of("old_la_code", e.laCode(), "la_name", e.laName() == null ? "" : e.laName(),
          "time_period", Integer.toString(AcademicYear.timePeriod(e.targetYear())), "measure", e.measure(),
          "stage", e.stage().label(), "value", CsvOutput.plain(e.value()), "date", e.date().toString(),
          "reason", e.reason());
      rows.add(header.stream().map(c -> cells.getOrDefault(c.strip().toLowerCase(Locale.ROOT), "")).toList());
    }
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CsvOutput.write(header, rows, written);
    String text = written.toString(StandardCharsets.UTF_8);
    String after = exists
        ? before + (before.isEmpty() || before.endsWith("\n") ? "" : "\n") + text.substring(text.indexOf('\n') + 1)
        : text;
    TidyCsv.writeAtomically(file, out -> {
      try {
        out.write(after.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
