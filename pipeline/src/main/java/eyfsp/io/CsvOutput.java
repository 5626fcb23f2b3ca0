package eyfsp.io;

import eyfsp.domain.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/** Writes exact, human-facing CSV: UTF-8, LF line ends, RFC 4180 quoting, header first. */
public final class CsvOutput {

  public static final List<String> REJECT_COLUMNS = List.of("source_file", "line_number", "reasons", "raw", "detail");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private CsvOutput() {}

  /** An internal table's rows under its columns: unrounded numbers, empty where a value is undefined. */
  public static void writeTable(List<String> columns, List<Row> tableRows, OutputStream out) {
    List<List<String>> rows = new ArrayList<>(tableRows.size());
    for (Row row : tableRows) {
      List<String> cells = new ArrayList<>(row.size());
      for (int i = 0; i < row.size(); i++) {
        cells.add(plain(row.get(i)));
      }
      rows.add(cells);
    }
    write(columns, rows, out);
  }

  public static void writeRejects(List<Reject> rejects, OutputStream out) {
    List<List<String>> rows = new ArrayList<>(rejects.size());
    for (Reject r : rejects) {
      rows.add(List.of(r.sourceFile(), Long.toString(r.lineNumber()), String.join(";", r.reasons()), r.raw(),
          r.detail()));
    }
    write(REJECT_COLUMNS, rows, out);
  }

  public static void write(List<String> header, List<List<String>> rows, OutputStream out) {
    // Buffered: the printer writes a cell at a time, each a call into the encoder otherwise.
    try (Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value as plain text: 52.5 not 5.25E1, 100 not 100.0, empty for null. */
  public static String plain(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("not a number in an output table: " + d);
      }
      BigDecimal exact = BigDecimal.valueOf(d).stripTrailingZeros();
      return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }
    return value.toString();
  }
}
