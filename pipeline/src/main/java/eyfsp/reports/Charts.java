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

  static final double WIDTH = 760;
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
    double plotHeight = 150;
    double height = top + plotHeight + 40;
    double plotWidth = WIDTH - left - right;
    List<Double> all = new ArrayList<>();
    chart.lines().forEach(l -> l.values().stream().filter(Objects::nonNull).forEach(all::add));
    // The band is not on the axis: three results leave one degree of freedom, and an interval of
    // 0-100 would flatten the series it surrounds. It is clipped to the plot; its label gives its ends.
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
      svg.text(left - 6, py.applyAsDouble(t) + 4, y.label(t), "text-anchor", "end");
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
      svg.open("clipPath", "id", chart.id() + "-plot");
      svg.tag("rect", "x", left, "y", top, "width", plotWidth, "height", plotHeight);
      svg.close("clipPath");
      svg.tag("polygon", "points", points.toString().strip(), "fill", svg.pattern("band"), "stroke",
          Palette.PROJECTION, "stroke-width", 0.5, "clip-path", "url(#" + chart.id() + "-plot)");
      int last = band.at().size() - 1;
      double middle = (Math.max(band.lower().get(last), y.low()) + Math.min(band.upper().get(last), y.high())) / 2;
      labels.add(new Label(band.name(), py.applyAsDouble(middle), Palette.PROJECTION));
    }
    Line england = chart.lines().stream().filter(l -> l.style() == Style.ENGLAND).findFirst().orElse(null);
    for (Line line : chart.lines()) {
      drawLine(svg, line, x, py, top + plotHeight, england);
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
      svg.tag("polygon", "class", "mark", "points", Svg.number(mx) + "," + Svg.number(my - 7) + " " + Svg.number(mx + 7) + ","
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

  /**
   * A line with its marks; this LA's values are written beside its points, above each unless
   * England's square is just above it, then below.
   */
  private static void drawLine(Svg svg, Line line, java.util.function.IntToDoubleFunction x,
      java.util.function.DoubleUnaryOperator py, double baseline, Line england) {
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
      svg.tag("path", "class", line.style().name().toLowerCase(java.util.Locale.ROOT), "d", path.toString(),
          "fill", "none", "stroke", colour, "stroke-width",
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
          svg.tag("circle", "class", "mark", "cx", px, "cy", py0, "r", 4.5, "fill", colour, "stroke", "#ffffff",
              "stroke-width", 1);
          Double e = england == null || i >= england.values().size() ? null : england.values().get(i);
          // England's square above the point, within a label's height: the label goes beneath.
          boolean below = e != null && py.applyAsDouble(e) < py0 && py.applyAsDouble(e) > py0 - 26;
          svg.text(px, below ? py0 + 19 : py0 - 9, text, "text-anchor", "middle", FONT, 11, "fill", darker(colour), "paint-order",
              "stroke", "stroke", "#ffffff", "stroke-width", 3);
        }
        case ENGLAND -> svg.tag("rect", "class", "mark", "x", px - 4, "y", py0 - 4, "width", 8, "height", 8, "fill", "#ffffff",
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
  static String darker(String colour) {
    return switch (colour) {
      case Palette.LA -> "#005a8c";
      case Palette.ENGLAND -> "#a34500";
      case Palette.PROJECTION -> "#00704f";
      case Palette.TARGET -> "#8f3f70";
      default -> Palette.INK;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Bars and intervals (drawn by BarCharts)

  /**
   * A bar: its label, value (null when not shown) and the text shown for it; a highlighted bar is
   * hatched and its label bold; reference is a comparison value marked on the bar (or null).
   */
  record Bar(String label, Double value, String text, boolean highlight, Double reference) {}

  /**
   * Horizontal bars from zero; {@code line}, if any, is a reference drawn across all bars and
   * labelled; {@code marks} are values marked across all bars too (a benchmark, a draft), each
   * with its label; {@code whole}: the values are counts.
   */
  record BarChart(String id, String title, String description, List<Bar> bars, Double line, String lineLabel,
      String referenceLabel, boolean percent, List<Marker> marks, boolean whole) {

    BarChart(String id, String title, String description, List<Bar> bars, Double line, String lineLabel,
        String referenceLabel, boolean percent) {
      this(id, title, description, bars, line, lineLabel, referenceLabel, percent, List.of(), false);
    }
  }

  /** A value marked across a bar chart, with its label (a benchmark, a draft target). */
  record Marker(String label, double value) {}

  static String bars(BarChart chart) {
    return BarCharts.bars(chart);
  }

  /**
   * A value with its interval (null when not shown, with the text saying why); a faint one is of
   * low reliability; reference is a comparison value (England's), drawn as a hollow diamond.
   */
  record Interval(String label, Double value, Double lower, Double upper, String text, boolean faint,
      Double reference) {}

  /** @param faintMeans what a hollow point and dashed interval mean on this chart */
  record IntervalChart(String id, String title, String description, List<Interval> rows, String referenceLabel,
      String unit, String faintMeans, Double line) {

    IntervalChart(String id, String title, String description, List<Interval> rows, String referenceLabel,
        String unit) {
      this(id, title, description, rows, referenceLabel, unit, "low reliability", 0.0);
    }
  }

  static String intervals(IntervalChart chart) {
    return BarCharts.intervals(chart);
  }

}
