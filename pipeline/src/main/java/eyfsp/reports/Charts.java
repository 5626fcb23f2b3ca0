package eyfsp.reports;

import eyfsp.reports.Svg.Palette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The report's charts as static SVG: a line chart over the years (with a projection band and a
 * target), horizontal bars (with a reference line or a reference mark per bar) and intervals
 * (a value with its confidence interval). Series are told apart by line style, marker shape,
 * pattern and direct labels as well as colour; a value that is not shown (a DfE symbol such as c)
 * is written where its mark would be.
 */
final class Charts {

  static final double WIDTH = 640;
  private static final double ROW = 22;
  private static final String FONT = "font-size";
  /** The labels at the right of a line chart: bold, 12 units; the margin grows to the longest up to this. */
  private static final double LABEL_SIZE = 12;
  private static final double MAX_RIGHT = 230;

  private Charts() {}

  // ---------------------------------------------------------------------------------------------
  // Over the years

  /** How a line is drawn: this LA (solid, circles), England (dashed, squares), a projection (dotted). */
  enum Style { LOCAL, ENGLAND, PROJECTION }

  /**
   * A line: one value per category (null where there is none) and the text shown for each (the
   * published cell, so that a suppressed value reads c).
   */
  record Line(String name, List<Double> values, List<String> texts, Style style) {}

  /** A projection band: at these category positions, from lower to upper. */
  record Band(String name, List<Integer> at, List<Double> lower, List<Double> upper) {}

  /** A single marked value, such as a draft target. */
  record Mark(String name, int at, double value, String text) {}

  record LineChart(String id, String title, String description, List<String> categories, List<Line> lines,
      Band band, Mark mark, boolean percent) {}

  static String line(LineChart chart) {
    double left = 52;
    // Direct labels at the right, each beside its line's last value: the margin is as wide as the
    // longest (170 to MAX_RIGHT); a longer label is broken onto two lines ("Projection's 95%
    // interval", a long LA name with its value) and, failing that, cut short with a tooltip.
    List<String> labelTexts = new ArrayList<>();
    if (chart.band() != null && !chart.band().at().isEmpty()) {
      labelTexts.add(chart.band().name());
    }
    for (Line line : chart.lines()) {
      for (int i = line.values().size() - 1; i >= 0; i--) {
        if (line.values().get(i) != null) {
          labelTexts.add(line.name() + " " + line.texts().get(i));
          break;
        }
      }
    }
    if (chart.mark() != null) {
      labelTexts.add(chart.mark().name() + " " + chart.mark().text());
    }
    double longest = labelTexts.stream().mapToDouble(t -> Svg.textWidth(t, LABEL_SIZE, true)).max().orElse(0);
    double right = Math.max(170, Math.min(MAX_RIGHT, longest + 12));
    double labelWidth = right - 12;
    double top = 22;
    double plotHeight = 210;
    double height = top + plotHeight + 40;
    double plotWidth = WIDTH - left - right;
    List<Double> all = new ArrayList<>();
    chart.lines().forEach(l -> l.values().stream().filter(Objects::nonNull).forEach(all::add));
    if (chart.band() != null) {
      all.addAll(chart.band().lower());
      all.addAll(chart.band().upper());
    }
    if (chart.mark() != null) {
      all.add(chart.mark().value());
    }
    Axis y = Axis.of(all, chart.percent());
    int n = chart.categories().size();
    java.util.function.IntToDoubleFunction x = i -> left + (i + 0.5) * plotWidth / n;
    java.util.function.DoubleUnaryOperator py = v -> top + plotHeight - (v - y.low()) / (y.high() - y.low()) * plotHeight;

    Svg svg = new Svg(chart.id(), WIDTH, height, chart.title(), chart.description());
    svg.open("g", FONT, 12, "fill", Palette.INK);
    for (double t : y.ticks()) {
      svg.tag("line", "x1", left, "x2", left + plotWidth, "y1", py.applyAsDouble(t), "y2", py.applyAsDouble(t),
          "stroke", Palette.GRID);
      svg.text(left - 6, py.applyAsDouble(t) + 4, Svg.number(t), "text-anchor", "end");
    }
    svg.text(left - 6, top - 8, chart.percent() ? "%" : "", "text-anchor", "end");
    for (int i = 0; i < n; i++) {
      svg.text(x.applyAsDouble(i), top + plotHeight + 18, chart.categories().get(i), "text-anchor", "middle");
    }
    svg.tag("line", "x1", left, "x2", left + plotWidth, "y1", top + plotHeight, "y2", top + plotHeight,
        "stroke", Palette.INK);

    List<Label> labels = new ArrayList<>();
    Band band = chart.band();
    if (band != null && !band.at().isEmpty()) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < band.at().size(); i++) {
        points.append(Svg.number(x.applyAsDouble(band.at().get(i)))).append(',')
            .append(Svg.number(py.applyAsDouble(band.upper().get(i)))).append(' ');
      }
      for (int i = band.at().size() - 1; i >= 0; i--) {
        points.append(Svg.number(x.applyAsDouble(band.at().get(i)))).append(',')
            .append(Svg.number(py.applyAsDouble(band.lower().get(i)))).append(' ');
      }
      svg.tag("polygon", "points", points.toString().strip(), "fill", svg.pattern("band"), "stroke",
          Palette.PROJECTION, "stroke-width", 0.5);
      int last = band.at().size() - 1;
      labels.add(new Label(band.name(),
          py.applyAsDouble((band.lower().get(last) + band.upper().get(last)) / 2), Palette.PROJECTION));
    }
    for (Line line : chart.lines()) {
      drawLine(svg, line, x, py, top + plotHeight);
      for (int i = line.values().size() - 1; i >= 0; i--) {
        if (line.values().get(i) != null) {
          labels.add(new Label(line.name() + " " + line.texts().get(i), py.applyAsDouble(line.values().get(i)),
              colour(line.style())));
          break;
        }
      }
    }
    Mark mark = chart.mark();
    if (mark != null) {
      double mx = x.applyAsDouble(mark.at());
      double my = py.applyAsDouble(mark.value());
      svg.tag("polygon", "points", Svg.number(mx) + "," + Svg.number(my - 7) + " " + Svg.number(mx + 7) + ","
          + Svg.number(my) + " " + Svg.number(mx) + "," + Svg.number(my + 7) + " " + Svg.number(mx - 7) + ","
          + Svg.number(my), "fill", Palette.TARGET, "stroke", Palette.INK, "stroke-width", 1);
      labels.add(new Label(mark.name() + " " + mark.text(), my, Palette.TARGET));
    }
    // The labels, pushed apart so none overlap.
    labels.sort(Comparator.comparingDouble(Label::y));
    double previous = Double.NEGATIVE_INFINITY;
    for (Label label : labels) {
      double ly = Math.max(label.y(), previous + 15);
      int lines = svg.fitted(left + plotWidth + 8, ly + 4, label.text(), labelWidth, 2, LABEL_SIZE, true,
          "fill", darker(label.colour()), "font-weight", "bold");
      previous = ly + (lines - 1) * 1.2 * LABEL_SIZE;
    }
    svg.close("g");
    return svg.end();
  }

  private record Label(String text, double y, String colour) {}

  private static void drawLine(Svg svg, Line line, java.util.function.IntToDoubleFunction x,
      java.util.function.DoubleUnaryOperator py, double baseline) {
    String colour = colour(line.style());
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < line.values().size(); i++) {
      Double v = line.values().get(i);
      if (v == null) {
        pen = false;
        continue;
      }
      path.append(pen ? " L" : (path.isEmpty() ? "M" : " M")).append(Svg.number(x.applyAsDouble(i))).append(' ')
          .append(Svg.number(py.applyAsDouble(v)));
      pen = true;
    }
    if (!path.isEmpty()) {
      svg.tag("path", "d", path.toString(), "fill", "none", "stroke", colour, "stroke-width",
          line.style() == Style.LOCAL ? 2.5 : 2,
          "stroke-dasharray", switch (line.style()) {
            case LOCAL -> "none";
            case ENGLAND -> "7 4";
            case PROJECTION -> "2 3";
          });
    }
    for (int i = 0; i < line.values().size(); i++) {
      Double v = line.values().get(i);
      String text = line.texts().get(i);
      double px = x.applyAsDouble(i);
      if (v == null) {
        if (line.style() == Style.LOCAL && text != null && !text.isEmpty()) {
          // Not shown (c, z, x ...): say so where the point would be.
          svg.text(px, baseline - 6, text, "text-anchor", "middle", "fill", darker(colour), "font-style", "italic");
        }
        continue;
      }
      double py0 = py.applyAsDouble(v);
      switch (line.style()) {
        case LOCAL -> {
          svg.tag("circle", "cx", px, "cy", py0, "r", 4.5, "fill", colour, "stroke", "#ffffff", "stroke-width", 1);
          svg.text(px, py0 - 9, text, "text-anchor", "middle", FONT, 11, "fill", darker(colour), "paint-order",
              "stroke", "stroke", "#ffffff", "stroke-width", 3);
        }
        case ENGLAND -> svg.tag("rect", "x", px - 4, "y", py0 - 4, "width", 8, "height", 8, "fill", "#ffffff",
            "stroke", colour, "stroke-width", 2);
        case PROJECTION -> { }
      }
    }
  }

  private static String colour(Style style) {
    return switch (style) {
      case LOCAL -> Palette.LA;
      case ENGLAND -> Palette.ENGLAND;
      case PROJECTION -> Palette.PROJECTION;
    };
  }

  /** Text in a series' colour, darkened enough to read on white. */
  private static String darker(String colour) {
    return switch (colour) {
      case Palette.LA -> "#005a8c";
      case Palette.ENGLAND -> "#a34500";
      case Palette.PROJECTION -> "#00704f";
      case Palette.TARGET -> "#8f3f70";
      default -> Palette.INK;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Bars

  /**
   * A bar: its label, value (null when not shown) and the text shown for it; a highlighted bar is
   * hatched and its label bold; reference is a comparison value marked on the bar (or null).
   */
  record Bar(String label, Double value, String text, boolean highlight, Double reference) {}

  /**
   * Horizontal bars from zero, or from the reference line when {@code fromReference} (a relative
   * risk of 1); the reference line, if any, is drawn across all bars and labelled.
   */
  record BarChart(String id, String title, String description, List<Bar> bars, Double line, String lineLabel,
      String referenceLabel, boolean percent) {}

  static String bars(BarChart chart) {
    double labelWidth = 230;
    double left = labelWidth + 8;
    // Room at the right for the longest value written past its bar's end.
    double right = Math.max(70, chart.bars().stream().mapToDouble(b -> Svg.textWidth(b.text(), 12, b.highlight()))
        .max().orElse(0) + 12);
    double top = chart.line() != null || chart.referenceLabel() != null ? 34 : 12;
    double plotWidth = WIDTH - left - right;
    double height = top + chart.bars().size() * ROW + 30;
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
    Axis axis = Axis.of(all, chart.percent());
    java.util.function.DoubleUnaryOperator px = v -> left + (v - axis.low()) / (axis.high() - axis.low()) * plotWidth;

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
        svg.tag("rect", "x", Math.min(zero, end), "y", y + 3, "width", Math.max(Math.abs(end - zero), 0.5),
            "height", ROW - 6, "fill", bar.highlight() ? svg.pattern("hatch") : Palette.OTHER,
            "stroke", bar.highlight() ? Palette.LA : "none", "stroke-width", 1.5);
      }
      if (bar.reference() != null) {
        double r = px.applyAsDouble(bar.reference());
        svg.tag("line", "x1", r, "x2", r, "y1", y + 1, "y2", y + ROW - 1, "stroke", Palette.ENGLAND,
            "stroke-width", 3);
      }
    }
    svg.tag("line", "x1", zero, "x2", zero, "y1", top - 4, "y2", bottom, "stroke", Palette.INK);
    if (chart.line() != null) {
      double r = px.applyAsDouble(chart.line());
      svg.tag("line", "x1", r, "x2", r, "y1", top - 6, "y2", bottom, "stroke", Palette.ENGLAND, "stroke-width", 2,
          "stroke-dasharray", "6 3");
      double half = Svg.textWidth(chart.lineLabel(), 12, true) / 2;
      svg.text(r, top - 12, chart.lineLabel(), "text-anchor", r + half > WIDTH - 4 ? "end" : "middle", "fill",
          darker(Palette.ENGLAND), "font-weight", "bold");
    }
    // The values last, over the bars and lines, each with a white halo.
    for (int i = 0; i < chart.bars().size(); i++) {
      Bar bar = chart.bars().get(i);
      double end = bar.value() == null ? zero : px.applyAsDouble(bar.value());
      svg.text(Math.max(zero, end) + 4, top + i * ROW + ROW / 2 + 4, bar.text(), "font-weight",
          bar.highlight() ? "bold" : "normal", "font-style", bar.value() == null ? "italic" : "normal",
          "paint-order", "stroke", "stroke", "#ffffff", "stroke-width", 3);
    }
    if (chart.referenceLabel() != null) {
      svg.tag("line", "x1", left, "x2", left, "y1", 8, "y2", 22, "stroke", Palette.ENGLAND, "stroke-width", 3);
      svg.fitted(left + 6, 20, chart.referenceLabel(), WIDTH - left - 10, 1, 12, true, "fill",
          darker(Palette.ENGLAND), "font-weight", "bold");
    }
    svg.close("g");
    return svg.end();
  }

  // ---------------------------------------------------------------------------------------------
  // Intervals

  /**
   * A value with its interval (null when not shown, with the text saying why); a faint one is of
   * low reliability; reference is a comparison value (England's), drawn as a hollow diamond.
   */
  record Interval(String label, Double value, Double lower, Double upper, String text, boolean faint,
      Double reference) {}

  record IntervalChart(String id, String title, String description, List<Interval> rows, String referenceLabel,
      String unit) {}

  static String intervals(IntervalChart chart) {
    double labelWidth = 210;
    double left = labelWidth + 8;
    // Room at the right for the longest gap and interval written beside its row.
    double right = Math.max(130, Math.min(200, chart.rows().stream().mapToDouble(r -> Svg.textWidth(r.text(), 11,
        false)).max().orElse(0) + 12));
    double top = 50;
    double plotWidth = WIDTH - left - right;
    double height = top + chart.rows().size() * ROW + 30;
    List<Double> all = new ArrayList<>(List.of(0.0));
    for (Interval r : chart.rows()) {
      for (Double v : java.util.Arrays.asList(r.value(), r.lower(), r.upper(), r.reference())) {
        if (v != null) {
          all.add(v);
        }
      }
    }
    Axis axis = Axis.of(all, false);
    java.util.function.DoubleUnaryOperator px = v -> left + (v - axis.low()) / (axis.high() - axis.low()) * plotWidth;

    Svg svg = new Svg(chart.id(), WIDTH, height, chart.title(), chart.description());
    svg.open("g", FONT, 12, "fill", Palette.INK);
    double bottom = top + chart.rows().size() * ROW;
    grid(svg, axis, px, top, bottom, "");
    svg.text(left + plotWidth, bottom + 28, chart.unit(), "text-anchor", "end", FONT, 11);
    double zero = px.applyAsDouble(0);
    svg.tag("line", "x1", zero, "x2", zero, "y1", top - 4, "y2", bottom, "stroke", Palette.INK, "stroke-width", 1.5);
    // Legend: this LA's value and interval, England's value.
    svg.tag("line", "x1", left, "x2", left + 24, "y1", 14, "y2", 14, "stroke", Palette.LA, "stroke-width", 2);
    svg.tag("circle", "cx", left + 12, "cy", 14, "r", 4.5, "fill", Palette.LA);
    svg.fitted(left + 30, 18, "this LA, 95% confidence interval (hollow: low reliability)", WIDTH - left - 34, 1, 12,
        false);
    if (chart.referenceLabel() != null) {
      diamond(svg, left + 12, 31);
      svg.fitted(left + 30, 35, chart.referenceLabel(), WIDTH - left - 34, 1, 12, false);
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
          Object[] dash = row.faint() ? new Object[] {"stroke-dasharray", "3 2"} : new Object[0];
          svg.tag("line", concat(new Object[] {"x1", a, "x2", b, "y1", y, "y2", y, "stroke", Palette.LA,
              "stroke-width", 2}, dash));
          svg.tag("line", "x1", a, "x2", a, "y1", y - 5, "y2", y + 5, "stroke", Palette.LA, "stroke-width", 2);
          svg.tag("line", "x1", b, "x2", b, "y1", y - 5, "y2", y + 5, "stroke", Palette.LA, "stroke-width", 2);
        }
        svg.tag("circle", "cx", px.applyAsDouble(row.value()), "cy", y, "r", 4.5,
            "fill", row.faint() ? "#ffffff" : Palette.LA, "stroke", Palette.LA, "stroke-width", 2);
      }
      if (row.reference() != null) {
        diamond(svg, px.applyAsDouble(row.reference()), y);
      }
    }
    svg.close("g");
    return svg.end();
  }

  /** Vertical grid lines at an axis's ticks, labelled beneath. */
  private static void grid(Svg svg, Axis axis, java.util.function.DoubleUnaryOperator px, double top, double bottom,
      String unit) {
    for (double t : axis.ticks()) {
      svg.tag("line", "x1", px.applyAsDouble(t), "x2", px.applyAsDouble(t), "y1", top - 4, "y2", bottom,
          "stroke", Palette.GRID);
      svg.text(px.applyAsDouble(t), bottom + 16, Svg.number(t) + unit, "text-anchor", "middle", FONT, 11);
    }
  }

  private static void diamond(Svg svg, double x, double y) {
    svg.tag("polygon", "points", Svg.number(x) + "," + Svg.number(y - 6) + " " + Svg.number(x + 6) + ","
        + Svg.number(y) + " " + Svg.number(x) + "," + Svg.number(y + 6) + " " + Svg.number(x - 6) + ","
        + Svg.number(y), "fill", "none", "stroke", Palette.ENGLAND, "stroke-width", 2);
  }

  private static Object[] concat(Object[] a, Object[] b) {
    Object[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** An axis from low to high with round ticks, covering every value (and 0-100 at most for a percentage). */
  record Axis(double low, double high, List<Double> ticks) {

    static Axis of(List<Double> values, boolean percent) {
      double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
      double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
      double span = Math.max(max - min, 1e-9);
      double step = niceStep(span / 5);
      double low = Math.floor(min / step) * step;
      double high = Math.ceil(max / step) * step;
      if (high <= low) {
        high = low + step;
      }
      if (percent) {
        low = Math.max(low, 0);
        high = Math.min(Math.max(high, low + step), 100);
      }
      List<Double> ticks = new ArrayList<>();
      for (double t = low; t <= high + step / 1000; t += step) {
        ticks.add(Math.round(t / step) * step);
      }
      return new Axis(low, high, ticks);
    }

    /** 1, 2, 2.5 or 5 times a power of ten. */
    private static double niceStep(double rough) {
      double power = Math.pow(10, Math.floor(Math.log10(rough)));
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * power >= rough) {
          return m * power;
        }
      }
      return 10 * power;
    }
  }
}
