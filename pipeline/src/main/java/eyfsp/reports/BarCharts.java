package eyfsp.reports;

import eyfsp.reports.Charts.Bar;
import eyfsp.reports.Charts.BarChart;
import eyfsp.reports.Charts.Interval;
import eyfsp.reports.Charts.IntervalChart;
import eyfsp.reports.Charts.Marker;
import eyfsp.reports.Svg.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Horizontal bars (with a reference line, a reference tick per bar and marked values such as a
 * benchmark) and intervals (a value with its confidence interval), as static SVG. The label column
 * is as wide as its longest label (within limits), so a label is cut short only when it could not
 * fit at all; a value written past its bar steps over any reference drawn where it would stand.
 * Every data mark carries class "mark", so that a browser test can find text laid over one.
 */
final class BarCharts {

  private static final double WIDTH = Charts.WIDTH;
  private static final double ROW = 20;
  private static final String FONT = "font-size";
  /** The label column: at least this wide, and at most this share of the chart. */
  private static final double MIN_LABELS = 120;
  private static final double MAX_LABELS_SHARE = 0.45;

  private BarCharts() {}

  static String bars(BarChart chart) {
    double labelWidth = labelColumn(chart.bars().stream().map(b -> Svg.textWidth(b.label(), 12, b.highlight()))
        .toList());
    double left = labelWidth + 8;
    // Room at the right for the longest value written past its bar's end.
    double right = Math.max(70, chart.bars().stream().mapToDouble(b -> Svg.textWidth(b.text(), 12, b.highlight()))
        .max().orElse(0) + 12);
    // The lines across the bars (England, then the marks), each labelled above the bars in the row
    // nearest them where its label meets no other; the reference's legend takes a row of its own.
    List<Marker> across = new ArrayList<>();
    if (chart.line() != null) {
      across.add(new Marker(chart.lineLabel(), chart.line()));
    }
    across.addAll(chart.marks());
    double plotWidth = WIDTH - left - right;
    List<Double> all = new ArrayList<>(List.of(0.0));
    chart.bars().forEach(b -> {
      if (b.value() != null) {
        all.add(b.value());
      }
      if (b.reference() != null) {
        all.add(b.reference());
      }
    });
    if (chart.line() != null) {
      all.add(chart.line());
    }
    chart.marks().forEach(m -> all.add(m.value()));
    Axis axis = Axis.of(all, chart.percent(), chart.whole());
    DoubleUnaryOperator px = v -> left + (v - axis.low()) / (axis.high() - axis.low()) * plotWidth;
    List<Integer> labelRows = labelRows(across, px);
    int rows = labelRows.stream().mapToInt(r -> r + 1).max().orElse(0) + (chart.referenceLabel() == null ? 0 : 1);
    double top = rows == 0 ? 12 : 18 + 16 * rows;
    double height = top + chart.bars().size() * ROW + 30;

    Svg svg = new Svg(chart.id(), WIDTH, height, chart.title(), chart.description());
    svg.open("g", FONT, 12, "fill", Palette.INK);
    double bottom = top + chart.bars().size() * ROW;
    grid(svg, axis, px, top, bottom, chart.percent() ? "%" : "");
    double zero = px.applyAsDouble(Math.max(axis.low(), 0));
    for (int i = 0; i < chart.bars().size(); i++) {
      Bar bar = chart.bars().get(i);
      double y = top + i * ROW;
      svg.fitted(labelWidth, y + ROW / 2 + 4, bar.label(), labelWidth - 4, 1, 12, bar.highlight(),
          "text-anchor", "end", "font-weight", bar.highlight() ? "bold" : "normal");
      double end = bar.value() == null ? zero : px.applyAsDouble(bar.value());
      if (bar.value() != null) {
        svg.tag("rect", "class", "mark", "x", Math.min(zero, end), "y", y + 3, "width",
            Math.max(Math.abs(end - zero), 0.5), "height", ROW - 6, "fill",
            bar.highlight() ? svg.pattern("hatch") : Palette.OTHER, "stroke", bar.highlight() ? Palette.LA : "none",
            "stroke-width", 1.5);
      }
      if (bar.reference() != null) {
        double r = px.applyAsDouble(bar.reference());
        svg.tag("line", "class", "mark", "x1", r, "x2", r, "y1", y + 1, "y2", y + ROW - 1, "stroke", Palette.ENGLAND,
            "stroke-width", 3);
      }
    }
    svg.tag("line", "x1", zero, "x2", zero, "y1", top - 4, "y2", bottom, "stroke", Palette.INK);
    List<Double> acrossAt = new ArrayList<>();
    for (int i = 0; i < across.size(); i++) {
      double r = px.applyAsDouble(across.get(i).value());
      acrossAt.add(r);
      boolean england = i == 0 && chart.line() != null;
      svg.tag("line", "class", "mark", "x1", r, "x2", r, "y1", top - 6, "y2", bottom, "stroke",
          england ? Palette.ENGLAND : Palette.TARGET, "stroke-width", 2, "stroke-dasharray", england ? "6 3" : "2 2");
      acrossLabel(svg, r, top - 12 - 16 * labelRows.get(i), across.get(i).label(),
          england ? Palette.ENGLAND : Palette.TARGET);
    }
    // The values last, over the bars and lines, each past its bar and past any reference it would cross.
    for (int i = 0; i < chart.bars().size(); i++) {
      Bar bar = chart.bars().get(i);
      double x = Math.max(zero, bar.value() == null ? zero : px.applyAsDouble(bar.value())) + 4;
      double w = Svg.textWidth(bar.text(), 12, bar.highlight());
      List<Double> marks = new ArrayList<>(acrossAt);
      if (bar.reference() != null) {
        marks.add(px.applyAsDouble(bar.reference()));
      }
      for (boolean moved = true; moved; ) {
        moved = false;
        for (double r : marks) {
          if (r >= x - 3 && r <= x + w + 1) {
            x = r + 4;
            moved = true;
          }
        }
      }
      svg.text(x, top + i * ROW + ROW / 2 + 4, bar.text(), "font-weight", bar.highlight() ? "bold" : "normal",
          "font-style", bar.value() == null ? "italic" : "normal", "paint-order", "stroke", "stroke", "#ffffff",
          "stroke-width", 3);
    }
    if (chart.referenceLabel() != null) {
      svg.tag("line", "x1", left, "x2", left, "y1", 8, "y2", 22, "stroke", Palette.ENGLAND, "stroke-width", 3);
      svg.fitted(left + 6, 20, chart.referenceLabel(), WIDTH - left - 10, 1, 12, true, "fill",
          Charts.darker(Palette.ENGLAND), "font-weight", "bold");
    }
    svg.close("g");
    return svg.end();
  }

  /** For each line across the bars, the row of its label (0 nearest the bars): the first where it meets no other label. */
  private static List<Integer> labelRows(List<Marker> across, DoubleUnaryOperator px) {
    List<Integer> rows = new ArrayList<>();
    List<double[]> placed = new ArrayList<>();
    for (Marker m : across) {
      double[] span = labelSpan(px.applyAsDouble(m.value()), m.label());
      int row = 0;
      while (true) {
        final int r = row;
        boolean clash = false;
        for (int i = 0; i < placed.size(); i++) {
          if (rows.get(i) == r && span[0] < placed.get(i)[1] + 6 && placed.get(i)[0] < span[1] + 6) {
            clash = true;
          }
        }
        if (!clash) {
          break;
        }
        row++;
      }
      rows.add(row);
      placed.add(span);
    }
    return rows;
  }

  /** Where a label over a line across the bars starts and ends. */
  private static double[] labelSpan(double x, String text) {
    double w = Svg.textWidth(text, 12, true);
    return x + w / 2 > WIDTH - 4 ? new double[] {x - w, x} : x - w / 2 < 4 ? new double[] {x, x + w}
        : new double[] {x - w / 2, x + w / 2};
  }

  /** A label over a line across the bars: centred on it, or ending at it near the chart's right edge. */
  private static void acrossLabel(Svg svg, double x, double y, String text, String colour) {
    double w = Svg.textWidth(text, 12, true);
    String anchor = x + w / 2 > WIDTH - 4 ? "end" : x - w / 2 < 4 ? "start" : "middle";
    svg.text(x, y, text, "text-anchor", anchor, "fill", Charts.darker(colour), "font-weight", "bold");
  }

  static String intervals(IntervalChart chart) {
    double labelWidth = labelColumn(chart.rows().stream().map(r -> Svg.textWidth(r.label(), 12, false)).toList());
    double left = labelWidth + 8;
    // Room at the right for the longest value and interval written beside its row.
    double right = Math.max(130, Math.min(230, chart.rows().stream().mapToDouble(r -> Svg.textWidth(r.text(), 11,
        false)).max().orElse(0) + 12));
    double top = 50;
    double plotWidth = WIDTH - left - right;
    double height = top + chart.rows().size() * ROW + 30;
    List<Double> all = new ArrayList<>(List.of(chart.line() == null ? 0.0 : chart.line()));
    for (Interval r : chart.rows()) {
      for (Double v : java.util.Arrays.asList(r.value(), r.lower(), r.upper(), r.reference())) {
        if (v != null) {
          all.add(v);
        }
      }
    }
    Axis axis = Axis.of(all, false);
    DoubleUnaryOperator px = v -> left + (v - axis.low()) / (axis.high() - axis.low()) * plotWidth;

    Svg svg = new Svg(chart.id(), WIDTH, height, chart.title(), chart.description());
    svg.open("g", FONT, 12, "fill", Palette.INK);
    double bottom = top + chart.rows().size() * ROW;
    grid(svg, axis, px, top, bottom, "");
    svg.text(left + plotWidth, bottom + 28, chart.unit(), "text-anchor", "end", FONT, 11);
    if (chart.line() != null) {
      double zero = px.applyAsDouble(chart.line());
      svg.tag("line", "x1", zero, "x2", zero, "y1", top - 4, "y2", bottom, "stroke", Palette.INK, "stroke-width", 1.5);
    }
    // Legend: this LA's value and interval, England's value.
    // The legend at the top left, over the label column: nothing else is drawn there.
    double legend = 8;
    svg.tag("line", "x1", legend, "x2", legend + 24, "y1", 14, "y2", 14, "stroke", Palette.LA, "stroke-width", 2);
    svg.tag("circle", "cx", legend + 12, "cy", 14, "r", 4.5, "fill", Palette.LA);
    svg.fitted(legend + 30, 18, "this LA, 95% confidence interval (hollow: " + chart.faintMeans() + ")",
        WIDTH - legend - 34, 1, 12, false);
    if (chart.referenceLabel() != null) {
      diamond(svg, legend + 12, 31, false);
      svg.fitted(legend + 30, 35, chart.referenceLabel(), WIDTH - legend - 34, 1, 12, false);
    }
    for (int i = 0; i < chart.rows().size(); i++) {
      Interval row = chart.rows().get(i);
      double y = top + i * ROW + ROW / 2;
      svg.fitted(labelWidth, y + 4, row.label(), labelWidth - 4, 1, 12, false, "text-anchor", "end");
      svg.fitted(left + plotWidth + 8, y + 4, row.text(), right - 12, 1, 11, false, FONT, 11, "font-style",
          row.value() == null ? "italic" : "normal");
      if (row.value() != null) {
        if (row.lower() != null && row.upper() != null) {
          double a = px.applyAsDouble(row.lower());
          double b = px.applyAsDouble(row.upper());
          List<Object> dash = row.faint() ? List.of("stroke-dasharray", "3 2") : List.of();
          List<Object> line = new ArrayList<>(List.of("x1", a, "x2", b, "y1", y, "y2", y, "stroke", Palette.LA,
              "stroke-width", 2));
          line.addAll(dash);
          svg.tag("line", line.toArray());
          svg.tag("line", "x1", a, "x2", a, "y1", y - 5, "y2", y + 5, "stroke", Palette.LA, "stroke-width", 2);
          svg.tag("line", "x1", b, "x2", b, "y1", y - 5, "y2", y + 5, "stroke", Palette.LA, "stroke-width", 2);
        }
        svg.tag("circle", "class", "mark", "cx", px.applyAsDouble(row.value()), "cy", y, "r", 4.5,
            "fill", row.faint() ? "#ffffff" : Palette.LA, "stroke", Palette.LA, "stroke-width", 2);
      }
      if (row.reference() != null) {
        diamond(svg, px.applyAsDouble(row.reference()), y, true);
      }
    }
    svg.close("g");
    return svg.end();
  }

  /** The label column's width: the longest label and a little, within MIN_LABELS and MAX_LABELS_SHARE. */
  private static double labelColumn(List<Double> widths) {
    double longest = widths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return Math.max(MIN_LABELS, Math.min(WIDTH * MAX_LABELS_SHARE, longest + 8));
  }

  /** Vertical grid lines at an axis's ticks, labelled beneath. */
  private static void grid(Svg svg, Axis axis, DoubleUnaryOperator px, double top, double bottom, String unit) {
    for (double t : axis.ticks()) {
      svg.tag("line", "x1", px.applyAsDouble(t), "x2", px.applyAsDouble(t), "y1", top - 4, "y2", bottom,
          "stroke", Palette.GRID);
      svg.text(px.applyAsDouble(t), bottom + 16, axis.label(t) + unit, "text-anchor", "middle", FONT, 11);
    }
  }

  private static void diamond(Svg svg, double x, double y, boolean mark) {
    svg.tag("polygon", "class", mark ? "mark" : "legend", "points", Svg.number(x) + "," + Svg.number(y - 6) + " "
        + Svg.number(x + 6) + "," + Svg.number(y) + " " + Svg.number(x) + "," + Svg.number(y + 6) + " "
        + Svg.number(x - 6) + "," + Svg.number(y), "fill", "none", "stroke", Palette.ENGLAND, "stroke-width", 2);
  }
}
