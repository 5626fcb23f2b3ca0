package eyfsp.reports;

/**
 * A small SVG writer for the report's charts: well-formed XML, every text and attribute value
 * escaped, numbers written the same way in every locale. A chart opens with its title and
 * description (read out by screen readers through aria-labelledby) and the fill patterns that let
 * a chart be read without its colours.
 */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);
  private final String id;

  Svg(String id, double width, double height, String title, String description) {
    this.id = id;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height)).append('"')
        .append(" width=\"").append(number(width)).append("\" height=\"").append(number(height)).append('"')
        .append(" aria-labelledby=\"").append(escape(id)).append("-title ").append(escape(id)).append("-desc\">");
    open("title", "id", id + "-title").content(title).close("title");
    open("desc", "id", id + "-desc").content(description).close("desc");
    // Diagonal hatching (this LA, a projection band) and dots (a comparison), so that the bars and
    // bands differ in shape as well as colour, on screen and on a grey printer.
    open("defs");
    open("pattern", "id", id + "-hatch", "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
        "patternTransform", "rotate(45)");
    tag("rect", "width", 6, "height", 6, "fill", Palette.LA_LIGHT);
    tag("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", Palette.LA, "stroke-width", 3);
    close("pattern");
    open("pattern", "id", id + "-band", "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
        "patternTransform", "rotate(-45)");
    tag("rect", "width", 6, "height", 6, "fill", Palette.PROJECTION_LIGHT);
    tag("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", Palette.PROJECTION, "stroke-width", 1);
    close("pattern");
    close("defs");
  }

  /** A reference to one of the chart's patterns, for a fill. */
  String pattern(String name) {
    return "url(#" + id + "-" + name + ")";
  }

  /** An empty element: attributes come in name, value pairs. */
  Svg tag(String name, Object... attributes) {
    start(name, attributes);
    out.append("/>");
    return this;
  }

  Svg open(String name, Object... attributes) {
    start(name, attributes);
    out.append('>');
    return this;
  }

  Svg close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  Svg content(String text) {
    out.append(escape(text));
    return this;
  }

  Svg text(double x, double y, String text, Object... attributes) {
    Object[] all = new Object[attributes.length + 4];
    all[0] = "x";
    all[1] = x;
    all[2] = "y";
    all[3] = y;
    System.arraycopy(attributes, 0, all, 4, attributes.length);
    return open("text", all).content(text).close("text");
  }

  String end() {
    out.append("</svg>");
    return out.toString();
  }

  private void start(String name, Object... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      out.append(' ').append(attributes[i]).append("=\"")
          .append(value instanceof Number n ? number(n.doubleValue()) : escape(String.valueOf(value))).append('"');
    }
  }

  /** A coordinate or length to 0.1 of a unit, without a needless ".0". */
  static String number(double value) {
    long tenths = Math.round(value * 10);
    long whole = Math.abs(tenths) / 10;
    long tenth = Math.abs(tenths) % 10;
    return (tenths < 0 ? "-" : "") + whole + (tenth == 0 ? "" : "." + tenth);
  }

  /** Text for XML content or a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in XML at all.
          if (c >= 0x20 || c == '\t' || c == '\n') {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  /**
   * The report's colours: the Okabe and Ito palette, distinguishable with the common colour-vision
   * deficiencies; every chart also marks its series by line style, marker shape or direct label.
   */
  static final class Palette {
    static final String LA = "#0072B2";
    static final String LA_LIGHT = "#cfe3f1";
    static final String ENGLAND = "#D55E00";
    static final String PROJECTION = "#009E73";
    static final String PROJECTION_LIGHT = "#d5efe6";
    static final String TARGET = "#CC79A7";
    static final String OTHER = "#8c8c8c";
    static final String INK = "#1a1a1a";
    static final String GRID = "#d9d9d9";

    private Palette() {}
  }
}
