package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The docs stay true to the command line: every ./eyfsp command in README.md and docs/*.md (fenced
 * blocks, inline code, and the arguments after the jar of a spark-submit) is parsed by the real
 * picocli command line (Main.commandLine(), parse only: nothing runs), so a doc naming an option or
 * a command that is not there fails; every relative link points to a file, and to a heading of it;
 * and the README's test command is the one CI runs. The end-to-end tests run the commands themselves.
 */
class DocsCommandsTest {

  /** What a placeholder of the docs stands for when parsed: a value its option accepts. */
  private static final Map<String, String> PLACEHOLDERS = Map.of("DIR", "out", "FILE", "conf/eyfsp.yaml",
      "OUTPUT", "out", "LIST", "873", "URL", "local[2]", "N", "3", "YEAR", "2019", "CODE", "elg17",
      "SHARE", "0.25");

  private static final Pattern INLINE_COMMAND = Pattern.compile("`(\\./eyfsp\\b[^`]*)`");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");

  /** The project root: the folder holding conf/eyfsp.yaml (tests run in jobs/). */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("conf/eyfsp.yaml"))) {
      here = here.getParent();
    }
    assertThat(here).as("the project root above " + Path.of("").toAbsolutePath()).isNotNull();
    return here;
  }

  static List<Path> docs() {
    Path root = root();
    List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> files = Files.list(root.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** A command as a doc writes it, and where. */
  record DocCommand(String where, String text, List<String> args) {}

  @Test
  void everyCommandInTheDocsParses() {
    List<DocCommand> commands = new ArrayList<>();
    for (Path doc : docs()) {
      commands.addAll(commands(root().relativize(doc).toString(), read(doc)));
    }
    List<String> failures = new ArrayList<>();
    for (DocCommand command : commands) {
      String failure = parseFailure(command.args());
      if (failure != null && !(command.args().size() == 1 && failure.startsWith("Missing required"))) {
        // A command named alone in prose (`./eyfsp sample`) names it; it is not a line to run.
        failures.add(command.where() + ": " + command.text() + " -> " + failure);
      }
    }
    assertThat(commands).as("./eyfsp commands found in the docs").hasSizeGreaterThan(30);
    assertThat(failures).as("doc commands the command line refuses").isEmpty();
  }

  @Test
  void theReadmeNamesEveryCommand() {
    Set<String> named = new LinkedHashSet<>();
    for (DocCommand command : commands("README.md", read(root().resolve("README.md")))) {
      if (!command.args().isEmpty()) {
        named.add(command.args().get(0));
      }
    }
    assertThat(named).as("commands the README shows").containsAll(Main.commandLine().getSubcommands().keySet());
  }

  @Test
  void aCommandOrOptionThatIsNotThereIsCaught() {
    // The check itself can fail: made-up lines as a doc could drift into.
    List<DocCommand> drifted = commands("made-up.md", """
        ```sh
        ./eyfsp run --input DIR --no-such-option   # an option that is not there
        ./eyfsp publish --output DIR               # a command that is not there
        ./eyfsp sample --output DIR --years N \\
                       [--no-such-flag]
        ```
        and `./eyfsp targets --benchmark-of x` inline.
        """);
    assertThat(drifted).as("commands found").hasSize(4);
    assertThat(drifted).allSatisfy(c -> assertThat(parseFailure(c.args())).as(c.text()).isNotNull());
    assertThat(parseFailure(commands("ok.md", "`./eyfsp sample --output DIR --years N`").get(0).args()))
        .as("a command that is there").isNull();
  }

  @Test
  void everyRelativeLinkPointsToAFileAndHeading() {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path doc : docs()) {
      Matcher m = LINK.matcher(withoutFencedBlocks(read(doc)));
      while (m.find()) {
        String target = m.group(2);
        if (target.matches("[a-z]+:.*")) {
          continue; // https:, mailto: and the like are not the repository's
        }
        links++;
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path file = path.isEmpty() ? doc : doc.getParent().resolve(path).normalize();
        String where = root().relativize(doc) + ": [" + m.group(1).replaceAll("\\s+", " ") + "](" + target + ")";
        if (!Files.exists(file)) {
          broken.add(where + " -> no file " + file);
        } else if (hash >= 0 && !anchors(read(file)).contains(target.substring(hash + 1))) {
          broken.add(where + " -> no heading #" + target.substring(hash + 1) + " in " + root().relativize(file));
        }
      }
    }
    assertThat(links).as("relative links found").isGreaterThan(15);
    assertThat(broken).as("links to nothing").isEmpty();
  }

  @Test
  void theReadmesTestCommandIsWhatCiRuns() {
    String readme = read(root().resolve("README.md"));
    assertThat(readme).as("the README's test command").containsPattern("(?m)^mvn -B verify +# the tests");
    List<String> ci = read(root().resolve(".ci/run")).lines().filter(l -> l.startsWith("mvn -B")).toList();
    assertThat(ci).as(".ci/run's mvn -B lines").hasSize(1);
    assertThat(ci.get(0).replace(" --no-transfer-progress", "")).as(".ci/run's test command, quietened")
        .isEqualTo("mvn -B verify");
  }

  /** Why picocli refuses a command line, or null when it parses. */
  static String parseFailure(List<String> args) {
    try {
      Main.commandLine().parseArgs(args.toArray(String[]::new));
      return null;
    } catch (CommandLine.ParameterException e) {
      return e.getMessage();
    }
  }

  /** The ./eyfsp commands of a doc: fenced blocks (lines joined at a trailing \), inline code. */
  static List<DocCommand> commands(String where, String text) {
    List<DocCommand> found = new ArrayList<>();
    List<String> lines = text.lines().toList();
    boolean fenced = false;
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        assertThat(line.strip().startsWith("./eyfsp "))
            .as(where + " line " + (i + 1) + ": a command outside a fenced block, which nothing would check: " + line)
            .isFalse();
        continue;
      }
      String code = withoutComment(line);
      if (code.endsWith("\\")) {
        joined.append(code, 0, code.length() - 1).append(' ');
        continue;
      }
      joined.append(code);
      String command = joined.toString().strip();
      joined.setLength(0);
      for (String part : command.split("&&|;")) {
        String p = part.strip();
        int jar = p.indexOf("-app.jar ");
        if (p.startsWith("./eyfsp")) {
          found.add(new DocCommand(where + ":" + (i + 1), p, args(p.substring("./eyfsp".length()))));
        } else if (p.startsWith("spark-submit") && jar >= 0) {
          found.add(new DocCommand(where + ":" + (i + 1), p, args(p.substring(jar + "-app.jar ".length()))));
        }
      }
    }
    Matcher m = INLINE_COMMAND.matcher(withoutFencedBlocks(text));
    while (m.find()) {
      String command = m.group(1).replaceAll("\\s+", " ").strip();
      found.add(new DocCommand(where + " (inline)", command, args(command.substring("./eyfsp".length()))));
    }
    return found;
  }

  /** The words of a command as the shell would pass them, with optional parts taken and placeholders given values. */
  private static List<String> args(String command) {
    List<String> args = new ArrayList<>();
    for (String word : command.strip().split("\\s+")) {
      String w = word.replace("[", "").replace("]", "");
      if (w.isEmpty() || w.equals("OPTIONS") || w.equals("...")) {
        continue;
      }
      args.add(PLACEHOLDERS.getOrDefault(w, w));
    }
    return args;
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf(" #");
    String code = line.strip().startsWith("#") ? "" : hash < 0 ? line : line.substring(0, hash);
    return code.stripTrailing();
  }

  private static String withoutFencedBlocks(String text) {
    return text.replaceAll("(?ms)^\\s*```.*?^\\s*```[^\\n]*$", "");
  }

  /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    for (String line : withoutFencedBlocks(markdown).lines().toList()) {
      if (line.matches("#{1,6} .*")) {
        String heading = line.replaceFirst("#{1,6} ", "").strip().toLowerCase(Locale.ROOT);
        anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
