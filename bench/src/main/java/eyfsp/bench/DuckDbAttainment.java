package eyfsp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The attainment table computed by a second engine, DuckDB in process, from the same files, with
 * the domain page's default conventions written independently in SQL: the valid cohort (a number
 * on all 13 scales), GLD (78+ and 6+ on each PSED and CLL scale), the usual median, and the mean of
 * the lowest k = max(1, round(0.2 N)) totals.
 */
final class DuckDbAttainment {

  /** One group's figures, keyed as the pipeline's rows are: level, time_period, region, LA. */
  record Row(String key, long children, long notAssessed, long gld, long points78, long secure, double median,
      Double lowestMean, Double gap) {}

  record Result(double seconds, List<Row> rows) {}

  private static final String SCALES = "DA,SD,ED,LCT,LSL,R,W,NLC,C,SSM,KUW,PD,CD";

  private DuckDbAttainment() {}

  static Result compute(Path input) throws SQLException {
    long t0 = System.nanoTime();
    String[] scales = SCALES.split(",");
    StringBuilder cast = new StringBuilder();
    StringBuilder total = new StringBuilder();
    StringBuilder assessed = new StringBuilder();
    for (int i = 0; i < scales.length; i++) {
      cast.append(", TRY_CAST(").append(scales[i]).append(" AS INTEGER) AS ").append(scales[i]);
      total.append(i == 0 ? "" : " + ").append(scales[i]);
      assessed.append(i == 0 ? "" : " AND ").append(scales[i]).append(" IS NOT NULL");
    }
    String secure = "DA >= 6 AND SD >= 6 AND ED >= 6 AND LCT >= 6 AND LSL >= 6 AND R >= 6 AND W >= 6";
    // Read as text first: a cast pushed down into the CSV reader would refuse the not-assessed code A.
    String load = "CREATE TEMP TABLE returns AS SELECT * FROM read_csv('%s/eyfsp/*.csv', header = true, "
        .formatted(input) + "all_varchar = true)";
    String sql = """
        WITH raw AS (
          SELECT CAST(academic_year AS INTEGER) AS y, la_code AS la %s
          FROM returns),
        las AS (
          SELECT DISTINCT ON (old_la_code) old_la_code AS la, region_code
          FROM read_csv('%s/local_authorities.csv', header = true, all_varchar = true)
          WHERE regexp_matches(old_la_code, '^[0-9]{3}$')),
        children AS (
          SELECT y, la, region_code, (%s) AS assessed,
                 CASE WHEN %s THEN %s END AS total,
                 CASE WHEN %s THEN (%s) END AS secure
          FROM raw JOIN las USING (la)),
        levels AS (
          SELECT 'National' AS lvl, y, '' AS region, '' AS la, assessed, total, secure FROM children
          UNION ALL SELECT 'Regional', y, region_code, '', assessed, total, secure FROM children
          UNION ALL SELECT 'Local authority', y, region_code, la, assessed, total, secure FROM children),
        ranked AS (
          SELECT *, row_number() OVER w AS rn, count(total) OVER (PARTITION BY lvl, y, region, la) AS n
          FROM levels WHERE assessed
          WINDOW w AS (PARTITION BY lvl, y, region, la ORDER BY total)),
        valid AS (
          SELECT lvl, y, region, la, count(*) AS children,
                 count(*) FILTER (WHERE total >= 78 AND secure) AS gld,
                 count(*) FILTER (WHERE total >= 78) AS points78,
                 count(*) FILTER (WHERE secure) AS secure,
                 median(total) AS median,
                 avg(total) FILTER (WHERE rn <= greatest(1, round(0.2 * n))) AS lowest
          FROM ranked GROUP BY ALL),
        absent AS (
          SELECT lvl, y, region, la, count(*) FILTER (WHERE NOT assessed) AS not_assessed
          FROM levels GROUP BY ALL)
        SELECT a.lvl, a.y, a.region, a.la, coalesce(v.children, 0), a.not_assessed, coalesce(v.gld, 0),
               coalesce(v.points78, 0), coalesce(v.secure, 0), v.median, v.lowest
        FROM absent a LEFT JOIN valid v USING (lvl, y, region, la)
        """.formatted(cast, input, assessed, assessed, total, assessed, secure);
    List<Row> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(load);
      try (ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
        int y = r.getInt(2);
        String key = key(r.getString(1), (y - 1) * 100 + y % 100, r.getString(3), r.getString(4));
        double median = r.getDouble(10);
        Double lowest = r.getObject(11) == null ? null : r.getDouble(11);
        Double gap = lowest == null || median == 0 ? null : 100 * (median - lowest) / median;
        rows.add(new Row(key, r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), median, lowest,
            gap));
        }
      }
    }
    return new Result(Benchmark.seconds(t0), rows);
  }

  /** Every difference between DuckDB's rows and the pipeline's internal attainment.csv. */
  static List<String> compare(List<Row> duck, Path attainmentCsv) throws IOException {
    List<String> lines = Files.readAllLines(attainmentCsv);
    List<String> header = List.of(lines.get(0).split(",", -1));
    Map<String, String[]> ours = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      ours.put(key(c[header.indexOf("geographic_level")], Integer.parseInt(c[0]), c[header.indexOf("region_code")],
          c[header.indexOf("old_la_code")]), c);
    }
    List<String> differences = new ArrayList<>();
    if (ours.size() != duck.size()) {
      differences.add("rows: pipeline " + ours.size() + ", DuckDB " + duck.size());
    }
    for (Row d : duck) {
      String[] c = ours.get(d.key());
      if (c == null) {
        differences.add(d.key() + ": not in the pipeline's table");
        continue;
      }
      check(differences, d.key(), "children_number", d.children(), c[header.indexOf("children_number")]);
      check(differences, d.key(), "not_assessed_number", d.notAssessed(), c[header.indexOf("not_assessed_number")]);
      check(differences, d.key(), "gld_number", d.gld(), c[header.indexOf("gld_number")]);
      check(differences, d.key(), "points78_number", d.points78(), c[header.indexOf("points78_number")]);
      check(differences, d.key(), "psed_cll_secure_number", d.secure(), c[header.indexOf("psed_cll_secure_number")]);
      close(differences, d.key(), "median_point_score", d.median(), c[header.indexOf("median_point_score")]);
      close(differences, d.key(), "lowest20_average_point_score", d.lowestMean(),
          c[header.indexOf("lowest20_average_point_score")]);
      close(differences, d.key(), "inequality_gap_percent", d.gap(), c[header.indexOf("inequality_gap_percent")]);
    }
    return differences;
  }

  private static String key(String level, int timePeriod, String region, String la) {
    return level + "|" + timePeriod + "|" + (region == null ? "" : region) + "|" + (la == null ? "" : la);
  }

  private static void check(List<String> differences, String key, String column, long duck, String ours) {
    if (Long.parseLong(ours) != duck) {
      differences.add(key + " " + column + ": pipeline " + ours + ", DuckDB " + duck);
    }
  }

  private static void close(List<String> differences, String key, String column, Double duck, String ours) {
    boolean same = ours.isEmpty() ? duck == null : duck != null && Math.abs(Double.parseDouble(ours) - duck) <= 1e-9;
    if (!same) {
      differences.add(key + " " + column + ": pipeline " + ours + ", DuckDB " + duck);
    }
  }
}
