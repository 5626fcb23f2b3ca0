package eyfsp;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "one package per stage, each looking only upstream", held: every package of the
 * library is placed below, and none names a class of a package downstream of it, by an import or
 * by its full name. Plain JUnit over the sources: the rule is one map, and a newcomer reads it here.
 */
class LayeringTest {

  /**
   * Each package and those directly upstream of it; it may use these and whatever they may. The
   * line is read, check, enrich, measure, project, target, keep; publish works on the measures'
   * tables, the pack is drawn from published tables and drafts, and the generator writes input.
   */
  static final Map<String, List<String>> UPSTREAM = Map.ofEntries(
      entry("domain", List.of()),
      entry("io", List.of("domain")),
      entry("quality", List.of("io")),
      entry("enrich", List.of("quality")),
      entry("measures", List.of("enrich")),
      entry("trajectories", List.of("measures")),
      entry("targets", List.of("trajectories")),
      entry("store", List.of("targets")),
      entry("audit", List.of("io")),
      entry("publish", List.of("measures", "audit")),
      entry("reports", List.of("targets", "publish")),
      entry("synthetic", List.of("io")));

  private static final Path SOURCES = Path.of("src", "main", "java", "eyfsp");
  private static final Pattern USE = Pattern.compile("\\beyfsp\\.([a-z][a-z0-9_]*)\\.");

  @Test
  void everyPackageIsPlacedAndSaysWhatItIsFor() throws IOException {
    List<String> packages = packages();
    assertThat(packages).as("the packages of %s", SOURCES.toAbsolutePath()).isNotEmpty();
    assertThat(packages).as("every package has its place in UPSTREAM").allMatch(UPSTREAM::containsKey);
    assertThat(UPSTREAM.keySet()).as("UPSTREAM names only packages there are").allMatch(packages::contains);
    assertThat(packages).as("every package has a package-info.java saying what it is for and what it may import")
        .allMatch(p -> Files.isRegularFile(SOURCES.resolve(p).resolve("package-info.java")));
  }

  @Test
  void noPackageUsesOneDownstreamOfIt() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String pkg : packages()) {
      Set<String> allowed = allowed(pkg);
      try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String code = Files.readString(file, StandardCharsets.UTF_8);
          uses(code).forEach((line, used) -> {
            if (!used.equals(pkg) && !allowed.contains(used)) {
              violations.add(String.format("%s/%s:%d uses eyfsp.%s, which is not upstream of %s (it may use %s)", pkg,
                  file.getFileName(), line, used, pkg, allowed));
            }
          });
        }
      }
    }
    assertThat(violations).as("uses of a package downstream of the user").isEmpty();
  }

  @Test
  void theReadingFindsImportsAndFullNamesButNotCommentsOrStrings() {
    String code = """
        package eyfsp.io;

        import eyfsp.domain.Settings;
        import static eyfsp.measures.Table.of;
        /** Not eyfsp.reports.Page: a comment. */
        class X {
          String s = "eyfsp.reports.Page \\" eyfsp.reports.Page";
          char c = '"';
          // eyfsp.reports.Page
          eyfsp.targets.DraftTarget t;
        }
        """;
    assertThat(uses(code)).as("line -> package used").containsExactly(entry(3, "domain"), entry(4, "measures"),
        entry(10, "targets"));
  }

  @Test
  void theOrderHasNoCycle() {
    for (String pkg : UPSTREAM.keySet()) {
      assertThat(allowed(pkg)).as("what %s may use", pkg).doesNotContain(pkg);
    }
  }

  /** The packages a package may use: those upstream of it, all the way up. */
  static Set<String> allowed(String pkg) {
    Set<String> allowed = new TreeSet<>();
    List<String> next = new ArrayList<>(UPSTREAM.getOrDefault(pkg, List.of()));
    while (!next.isEmpty()) {
      String p = next.remove(next.size() - 1);
      if (allowed.add(p) && !p.equals(pkg)) {
        next.addAll(UPSTREAM.getOrDefault(p, List.of()));
      }
    }
    return allowed;
  }

  /** Each line's first use of an eyfsp package by name, comments and string literals left out. */
  static Map<Integer, String> uses(String source) {
    String code = withoutCommentsAndStrings(source);
    Map<Integer, String> uses = new java.util.TreeMap<>();
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].stripLeading().startsWith("package ")) {
        continue;
      }
      Matcher m = USE.matcher(lines[i]);
      if (m.find()) {
        uses.put(i + 1, m.group(1));
      }
    }
    return uses;
  }

  /** The source with comments, strings, text blocks and characters blanked; line ends kept. */
  static String withoutCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      String end = s.startsWith("//", i) ? "\n" : s.startsWith("/*", i) ? "*/" : s.startsWith("\"\"\"", i) ? "\"\"\""
          : s.charAt(i) == '"' ? "\"" : s.charAt(i) == '\'' ? "'" : null;
      if (end == null) {
        out.append(s.charAt(i++));
        continue;
      }
      int j = i + (end.equals("\n") ? 2 : end.equals("*/") ? 2 : end.length());
      while (j < s.length() && !s.startsWith(end, j)) {
        j += s.charAt(j) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
      }
      j = Math.min(s.length(), j + (end.equals("\n") ? 0 : end.length()));
      for (int k = i; k < j; k++) {
        out.append(s.charAt(k) == '\n' ? '\n' : ' ');
      }
      i = j;
    }
    return out.toString();
  }

  private static List<String> packages() throws IOException {
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }
}
