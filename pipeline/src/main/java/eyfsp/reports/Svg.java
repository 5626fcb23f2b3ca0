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

  /**
   * Text that fits a width: broken at spaces onto at most {@code maxLines} lines, each 1.2 em below
   * the one before; what still does not fit is cut short with an ellipsis, and the element then
   * carries the whole text as its title (a tooltip). Returns the number of lines drawn.
   */
  int fitted(double x, double y, String text, double maxWidth, int maxLines, double fontSize, boolean bold,
      Object... attributes) {
    Wrapped wrapped = wrap(text, maxWidth, maxLines, fontSize, bold);
    for (int i = 0; i < wrapped.lines().size(); i++) {
      Object[] all = new Object[attributes.length + 4];
      all[0] = "x";
      all[1] = x;
      all[2] = "y";
      all[3] = y + i * 1.2 * fontSize;
      System.arraycopy(attributes, 0, all, 4, attributes.length);
      open("text", all);
      if (wrapped.cut() && i == 0) {
        open("title").content(text).close("title");
      }
      content(wrapped.lines().get(i)).close("text");
    }
    return wrapped.lines().size();
  }

  /** Lines of a text that fit a width, and whether the text had to be cut short to fit. */
  record Wrapped(java.util.List<String> lines, boolean cut) {}

  static Wrapped wrap(String text, double maxWidth, int maxLines, double fontSize, boolean bold) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    String line = "";
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || textWidth(longer, fontSize, bold) <= maxWidth) {
        line = longer;
      } else {
        lines.add(line);
        line = word;
      }
    }
    lines.add(line);
    if (lines.size() > maxLines) {
      String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
      lines = new java.util.ArrayList<>(lines.subList(0, maxLines - 1));
      lines.add(rest);
    }
    boolean cut = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (textWidth(l, fontSize, bold) > maxWidth) {
        cut = true;
        while (l.length() > 1 && textWidth(l + "\u2026", fontSize, bold) > maxWidth) {
          l = l.substring(0, l.length() - 1);
        }
        lines.set(i, l.strip() + "\u2026");
      }
    }
    return new Wrapped(java.util.List.copyOf(lines), cut);
  }

  /**
   * An estimate of how wide a text is drawn, in user units, never less than DejaVu Sans draws it
   * (the sans-serif of Debian's Chromium, wider than Arial or Helvetica): each character at the
   * widest advance of its class in that font, regular or bold, in em.
   */
  static double textWidth(String text, double fontSize, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int group = NARROW.indexOf(c) >= 0 ? 0 : SEMI.indexOf(c) >= 0 ? 1 : MEDIUM.indexOf(c) >= 0 ? 2
          : BROAD.indexOf(c) >= 0 ? 3 : 4;
      em += (bold ? BOLD_EM : REGULAR_EM)[group];
    }
    return em * fontSize;
  }

  // DejaVu Sans advance widths by class (the widest of each): ' i j l I J , . and space; / : ; \ | ! f -
  // ( ) [ ] t r; most lower case, digits and a few capitals; the broad capitals and &; m w M W % @ and
  // anything else.
  private static final String NARROW = "'ijlIJ,. ";
  private static final String SEMI = "/:;\\|!f-()[]tr";
  private static final String MEDIUM = "abcdeghknopqsuvxyz0123456789ELFPSTY$?*_`\"{}\u2013";
  private static final String BROAD = "ABCDGHKNOQRUVXZ&";
  private static final double[] REGULAR_EM = {0.32, 0.41, 0.64, 0.79, 1.0};
  private static final double[] BOLD_EM = {0.38, 0.49, 0.73, 0.87, 1.1};

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
