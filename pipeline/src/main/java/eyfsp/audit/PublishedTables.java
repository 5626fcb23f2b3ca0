package eyfsp.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What an outsider has: the published tables, each its header, rows of cells as published (numbers,
 * {@code c}, {@code z}, {@code low}) and, from its metadata, which columns are indicators and how
 * many decimals each is shown to.
 */
public final class PublishedTables {

  /**
   * One published table. {@code decimals} holds each indicator's shown decimal places (absent for a
   * filter); {@code positions} each column's place, looked up for every cell the audit reads.
   */
  public record Table(String name, List<String> columns, List<List<String>> rows, Map<String, Integer> decimals,
      Map<String, Integer> positions) {

    public Table(String name, List<String> columns, List<List<String>> rows, Map<String, Integer> decimals) {
      this(name, columns, rows, decimals, positions(columns));
    }

    private static Map<String, Integer> positions(List<String> columns) {
      Map<String, Integer> positions = new HashMap<>();
      for (int c = columns.size() - 1; c >= 0; c--) {
        positions.put(columns.get(c), c);
      }
      return positions;
    }

    public int column(String name) {
      return positions.getOrDefault(name, -1);
    }

    public boolean isIndicator(String column) {
      return decimals.containsKey(column);
    }

    public String cell(int row, String column) {
      int c = column(column);
      return c < 0 ? null : rows.get(row).get(c);
    }
  }

  private final List<Table> tables;
  private final Map<String, Integer> byName = new HashMap<>();

  public PublishedTables(List<Table> tables) {
    this.tables = List.copyOf(tables);
    for (int t = 0; t < this.tables.size(); t++) {
      byName.put(this.tables.get(t).name(), t);
    }
  }

  /** The tables of a published/ folder: every {@code NAME.csv} beside its {@code NAME.meta.csv}, by name. */
  public static PublishedTables read(Path folder) {
    List<Table> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".meta.csv"))
          .sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.csv$", "");
        Path meta = folder.resolve(name + ".meta.csv");
        if (!Files.isRegularFile(meta)) {
          continue;
        }
        Map<String, Integer> decimals = new LinkedHashMap<>();
        List<List<String>> metaRows = rows(meta);
        for (List<String> row : metaRows.subList(1, metaRows.size())) {
          if (row.size() > 5 && row.get(1).equals("Indicator")) {
            decimals.put(row.get(0), row.get(5).isEmpty() ? -1 : Integer.parseInt(row.get(5)));
          }
        }
        List<List<String>> rows = rows(f);
        tables.add(new Table(name, rows.get(0), rows.subList(1, rows.size()), decimals));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the published tables in " + folder + ": " + e.getMessage(), e);
    }
    return new PublishedTables(tables);
  }

  /**
   * A table as the pipeline holds it before writing: its metadata rows in the Explore Education
   * Statistics layout (col_name, col_type, label, indicator_grouping, indicator_unit, indicator_dp, ...).
   */
  public static Table table(String name, List<String> columns, List<List<String>> rows, List<List<String>> metadata) {
    Map<String, Integer> decimals = new LinkedHashMap<>();
    for (List<String> row : metadata) {
      if (row.get(1).equals("Indicator")) {
        decimals.put(row.get(0), row.get(5).isEmpty() ? -1 : Integer.parseInt(row.get(5)));
      }
    }
    return new Table(name, columns, rows, decimals);
  }

  private static List<List<String>> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
        List<String> cells = new ArrayList<>(r.size());
        r.forEach(cells::add);
        rows.add(cells);
      }
      return rows;
    }
  }

  public List<Table> all() {
    return tables;
  }

  public int size() {
    return tables.size();
  }

  public Table get(int t) {
    return tables.get(t);
  }

  /** The position of a table by name, -1 when it is not published. */
  public int index(String name) {
    return byName.getOrDefault(name, -1);
  }
}
