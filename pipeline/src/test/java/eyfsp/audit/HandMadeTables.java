package eyfsp.audit;

import eyfsp.domain.Settings;
import eyfsp.measures.Geography;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import eyfsp.publish.DisclosureControl;
import eyfsp.publish.Metadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Hand-made internal tables (summer 2009, the 13-scale profile) put through disclosure control as
 * the pipeline does, and the published cells read back as an outsider reads them: the old control
 * (the sums alone, every count protected) beside the audited one (conf's defaults).
 */
final class HandMadeTables {

  static final Settings SETTINGS = eyfsp.io.SettingsFile.defaults();

  private HandMadeTables() {}

  /** A table: the geography columns, then string filters, then the indicators (flags int, counts long). */
  static Table table(String name, List<String> filters, List<Indicator> indicators, List<List<Object>> rows) {
    List<StructField> fields = new ArrayList<>(List.of(Geography.schema().fields()));
    filters.forEach(f -> fields.add(DataTypes.createStructField(f, DataTypes.StringType, false)));
    for (Indicator i : indicators) {
      DataType type = i.unit() == Indicator.Unit.FLAG ? DataTypes.IntegerType
          : i.isCount() ? DataTypes.LongType : DataTypes.DoubleType;
      fields.add(DataTypes.createStructField(i.name(), type, true));
    }
    List<Row> list = rows.stream().map(r -> RowFactory.create(r.toArray())).toList();
    return new Table(name, name, DataTypes.createStructType(fields), list, indicators);
  }

  /** A row of a place (England; the East of England; an LA of it by its old code) and its other cells. */
  static List<Object> row(String level, String la, Object... cells) {
    boolean national = level.equals("National");
    boolean local = level.equals("Local authority");
    List<Object> row = new ArrayList<>(Arrays.asList(200809, "Academic year", level, Geography.ENGLAND_CODE,
        Geography.ENGLAND_NAME, national ? null : "E12000006", national ? null : "East of England",
        local ? la : null, null, null));
    row.addAll(Arrays.asList(cells));
    return row;
  }

  /** The published cells of the old control: the sums alone, every count protected, no audit. */
  static PublishedTables old(List<Table> tables) {
    return published(tables, new DisclosureControl(SETTINGS.disclosure()).cells(tables));
  }

  /** The published cells of the audited control, conf's defaults. */
  static PublishedTables audited(List<Table> tables) {
    return published(tables, new DisclosureControl(SETTINGS.disclosure(), AuditRules.of(SETTINGS)).cells(tables));
  }

  private static PublishedTables published(List<Table> tables, List<List<List<String>>> cells) {
    List<PublishedTables.Table> published = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      published.add(PublishedTables.table(table.name(), table.columns(), cells.get(t),
          Metadata.rows(table, SETTINGS.disclosure())));
    }
    return new PublishedTables(published);
  }

  /** A published cell by the values of some filter columns (a row's first match) and its column. */
  static String cell(PublishedTables tables, String table, String column, String... filterValues) {
    PublishedTables.Table t = tables.get(tables.index(table));
    for (List<String> row : t.rows()) {
      if (List.of(filterValues).stream().allMatch(row::contains)) {
        return row.get(t.column(column));
      }
    }
    throw new IllegalArgumentException("no row " + List.of(filterValues) + " in " + table);
  }

  /** What the outsider's audit (conf's rules) exposes: "table (row's filters) column [low, high]" each, once. */
  static List<String> exposed(PublishedTables tables) {
    return new Audit(AuditRules.of(SETTINGS)).of(tables).exposures().stream()
        .map(e -> e.table() + " (" + e.cell().replaceFirst("^200809, ", "") + ") " + e.column() + " [" + (long) e.low()
            + ", " + (long) e.high() + "]")
        .distinct().toList();
  }
}
