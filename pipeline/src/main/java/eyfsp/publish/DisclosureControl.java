package eyfsp.publish;

import eyfsp.audit.Audit;
import eyfsp.audit.AuditRules;
import eyfsp.audit.PublishedTables;
import eyfsp.domain.Settings;
import eyfsp.io.OutputFailedException;
import eyfsp.measures.Indicator;
import eyfsp.measures.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Turns internal tables into the cells of their published versions (domain page §6): counts
 * suppressed as {@link Suppression} decides over all the tables together (small counts, then
 * whatever would let one be worked out from the others), and every percentage, average or ratio
 * built on a suppressed count, or on a size below the threshold, shown as {@code c}; undefined
 * values as {@code z}; percentages and averages rounded half up (DfE practice); a non-zero value
 * that rounds to zero as {@code low}.
 */
public final class DisclosureControl {

  public static final String SUPPRESSED = "c";
  public static final String NOT_APPLICABLE = "z";
  public static final String LOW = "low";
  public static final String NOT_AVAILABLE = "x";
  /** The round of widening from which an exposure that outlasts the others may take a headline result. */
  private static final int HEADLINE_AFTER = 6;
  /** The round of widening from which an exposure that outlasts the others is widened by more than one cell. */
  private static final int WIDER_AFTER = 4;

  private final Settings.Disclosure settings;
  private final int threshold;
  private final int decimals;
  private final int ratioDecimals;
  private final Audit audit;

  /** Disclosure control by the sums alone, every count protected (no audit). */
  public DisclosureControl(Settings.Disclosure settings) {
    this(settings, null);
  }

  /**
   * Disclosure control with counts that say nothing about a child published as they are; then the
   * published cells are audited as an outsider would ({@link Audit}) and each exposed cell widened
   * by suppressing more cells tied to it, until none is exposed. When {@code disclosure.audit_rounds}
   * rounds of widening leave a cell exposed, nothing is published: {@link OutputFailedException}.
   */
  public DisclosureControl(Settings.Disclosure settings, AuditRules audit) {
    this.settings = settings;
    this.threshold = settings.suppressBelow();
    this.decimals = settings.decimals();
    this.ratioDecimals = settings.ratioDecimals();
    this.audit = audit == null ? null : new Audit(audit);
  }

  /** The published cells of every table (rows in each table's order, cells in its column order). */
  public List<List<List<String>>> cells(List<Table> tables) {
    Suppression suppression = Suppression.decide(tables, Relations.of(tables), threshold,
        audit == null ? Sensitivity.ALL : Sensitivity.of(settings));
    List<List<List<String>>> cells = render(tables, suppression);
    if (audit == null || settings.auditRounds() == 0) {
      return cells;
    }
    Map<String, Integer> attempts = new HashMap<>();
    for (int round = 0; ; round++) {
      Audit.Result result = audit.of(published(tables, cells), (t, r, column) -> known(tables, t, r, column));
      if (result.safe()) {
        return cells;
      }
      if (round == settings.auditRounds() || !widen(suppression, result, attempts)) {
        throw new OutputFailedException("published/ would not hold: after " + round + " rounds of widening, "
            + result.exposures().size() + " suppressed counts can still be worked back (the first: "
            + Audit.describe(result.exposures().get(0)) + "); the previous output is untouched (conf: disclosure.audit_rounds).", null);
      }
      suppression.close();
      cells = render(tables, suppression);
    }
  }

  /**
   * Suppresses one more cell tied to each exposed cell, unless a cell widened this round is tied to
   * it already. An exposure that outlasts widening is widened further out, by more cells each
   * round, and after some rounds by a headline result (one, at once, where nothing else can be).
   * Returns false when no exposure could be widened.
   */
  private static boolean widen(Suppression suppression, Audit.Result result, Map<String, Integer> attempts) {
    Set<List<Integer>> widened = new HashSet<>();
    boolean any = false;
    for (Audit.Exposure e : result.exposures()) {
      int attempt = attempts.merge(key(e), 1, Integer::sum);
      int cells = attempt >= WIDER_AFTER ? attempt - WIDER_AFTER + 2 : 1;
      if (result.near(e, attempt).stream().anyMatch(c -> widened.contains(List.of(c[0], c[1], c[2])))) {
        continue;
      }
      // Where nothing near can be suppressed (every cell tied to it shown by rule), further out.
      for (int depth = attempt; depth <= attempt + 3; depth++) {
        List<int[]> near = result.near(e, depth);
        if (suppression.widen(near, cells, attempt >= HEADLINE_AFTER)) {
          any = true;
          near.stream().filter(c -> suppression.isSuppressed(c[0], c[1], c[2]))
              .forEach(c -> widened.add(List.of(c[0], c[1], c[2])));
          break;
        }
      }
    }
    if (!any) {
      // Nothing but headline results is tied to what is exposed: one of them, the last resort,
      // rather than publishing nothing.
      for (Audit.Exposure e : result.exposures()) {
        if (suppression.widen(result.near(e, attempts.get(key(e))), 1, true)) {
          return true;
        }
      }
    }
    return any;
  }

  /** An exposure's cell, and whether it is the count or the rest of its group (not how far it is narrowed, which changes). */
  private static String key(Audit.Exposure e) {
    return e.table() + " " + e.row() + " " + e.column() + " " + e.why().startsWith("the rest");
  }

  /** The tables as an outsider reads them: the published cells beside their metadata. */
  private PublishedTables published(List<Table> tables, List<List<List<String>>> cells) {
    List<PublishedTables.Table> published = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      published.add(PublishedTables.table(table.name(), table.columns(), cells.get(t), Metadata.rows(table, settings)));
    }
    return new PublishedTables(published);
  }

  /** A cell's true value, NaN where it is not a number. */
  private static double known(List<Table> tables, int t, int r, String column) {
    Table table = tables.get(t);
    int c = table.columns().indexOf(column);
    if (c < 0) {
      return Double.NaN;
    }
    Row row = table.rows().get(r);
    return row.isNullAt(c) || !(row.get(c) instanceof Number n) ? Double.NaN : n.doubleValue();
  }

  private List<List<List<String>>> render(List<Table> tables, Suppression suppression) {
    List<List<List<String>>> cells = new ArrayList<>(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      Table table = tables.get(t);
      Indicator[] indicators = new Indicator[table.columns().size()];
      int[][] bases = new int[indicators.length][];
      for (Indicator indicator : table.indicators()) {
        int i = table.schema().fieldIndex(indicator.name());
        indicators[i] = indicator;
        bases[i] = indicator.builtOn().stream().mapToInt(b -> table.schema().fieldIndex(b)).toArray();
      }
      List<List<String>> rows = new ArrayList<>(table.rows().size());
      for (int r = 0; r < table.rows().size(); r++) {
        Row row = table.rows().get(r);
        List<String> published = new ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
          published.add(indicators[c] == null ? (row.isNullAt(c) ? "" : String.valueOf(row.get(c)))
              : cell(suppression, t, r, c, indicators[c], bases[c], row));
        }
        rows.add(published);
      }
      cells.add(rows);
    }
    return cells;
  }

  /** The published cells of one table on its own. */
  public List<List<String>> cells(Table table) {
    return cells(List.of(table)).get(0);
  }

  /** Cell c of row r of table t: an indicator built on the counts in columns bases. */
  private String cell(Suppression suppression, int t, int r, int c, Indicator indicator, int[] bases, Row row) {
    // Empty where the row's framework does not define it (78+ points in 2013): known from the year
    // alone, so z whatever else is suppressed.
    if (indicator.frameworkSpecific() && row.isNullAt(c)) {
      return NOT_APPLICABLE;
    }
    if (suppression.isWithheld(t, r, c)) {
      return NOT_AVAILABLE;
    }
    if (suppression.isSuppressed(t, r, c)) {
      return SUPPRESSED;
    }
    for (int b : bases) {
      if (suppression.isWithheld(t, r, b)) {
        return NOT_AVAILABLE;
      }
    }
    for (int b : bases) {
      if (suppression.isSuppressed(t, r, b) || (!indicator.isCount() && isSmall(row, b))) {
        return SUPPRESSED;
      }
    }
    if (row.isNullAt(c)) {
      return NOT_APPLICABLE;
    }
    return switch (indicator.unit()) {
      case FLAG -> String.valueOf(row.get(c));
      case COUNT, SIZE, RECORDS -> count((Number) row.get(c));
      case RATIO -> rounded(row.getDouble(c), ratioDecimals);
      default -> rounded(row.getDouble(c), decimals);
    };
  }

  /** A whole count as it is; a fractional one (tied children shared out) rounded as a percentage is. */
  private String count(Number value) {
    double v = value.doubleValue();
    return v == Math.rint(v) ? Long.toString(value.longValue()) : rounded(v, decimals);
  }

  private boolean isSmall(Row row, int i) {
    if (row.isNullAt(i)) {
      return false;
    }
    double value = ((Number) row.get(i)).doubleValue();
    return value > 0 && value < threshold;
  }

  /** Half up to the published decimals; "low" for a non-zero value that would show as zero. */
  public String rounded(double value) {
    return rounded(value, decimals);
  }

  private static String rounded(double value, int places) {
    BigDecimal exact = BigDecimal.valueOf(value);
    BigDecimal shown = exact.setScale(places, RoundingMode.HALF_UP);
    if (shown.signum() == 0 && exact.signum() != 0) {
      return LOW;
    }
    return shown.toPlainString();
  }
}
