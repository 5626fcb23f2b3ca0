package eyfsp.reports;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;

/**
 * The report's Mustache templates (resources eyfsp/reports/*.mustache), compiled once. Mustache
 * escapes every value it writes for HTML ({@code & < > " ' ` =}); only the charts, escaped by
 * {@link Svg}, go in unescaped.
 */
final class Templates {

  private static final DefaultMustacheFactory FACTORY = new DefaultMustacheFactory("eyfsp/reports");
  static final Mustache LA = FACTORY.compile("la.mustache");
  static final Mustache INDEX = FACTORY.compile("index.mustache");

  private Templates() {}

  static String render(Mustache template, Object view) {
    StringWriter out = new StringWriter(64 * 1024);
    template.execute(out, view);
    return out.toString();
  }
}
