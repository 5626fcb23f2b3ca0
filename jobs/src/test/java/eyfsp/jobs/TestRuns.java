package eyfsp.jobs;

import eyfsp.io.OutputDigest;
import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** Helpers for end-to-end runs: synthetic inputs, runs in this JVM or a child one, output snapshots. */
final class TestRuns {

  /** What a run did: its exit status and what it wrote on each stream. */
  record Outcome(int status, String out, String err) {
    /** The last line on standard error: the one sentence a refused run ends with. */
    String sentence() {
      return err.strip().lines().reduce((a, b) -> b).orElse("");
    }
  }

  private TestRuns() {}

  /** A small synthetic input (8 LAs, two years) with a few rows of every reject reason. */
  static Path syntheticInput(Path dir, long seed, int childrenPerYear, int years) {
    new SyntheticInput(new SyntheticInput.Spec(seed, 2009, years, childrenPerYear, 24, true, true),
        Universe.sample(seed, childrenPerYear, 24)).write(dir);
    return dir;
  }

  /** Settings (YAML) that turn the disclosure audit off, for tests of the run's plumbing on a few hundred children. */
  static final String NO_AUDIT = "disclosure:\n  audit_rounds: 0\n";

  /**
   * Settings that let the planted bad rows through the 5% limit (a small input has few rows a
   * file), with the disclosure audit off: the tests that use them are of the run's plumbing on a
   * universe of a few hundred children, where the audit's linear programs take minutes
   * (SafePublishingTest, GoldenSampleTest and AuditRelationsTest hold the audit).
   */
  static Path lenientSettings(Path dir) {
    try {
      Path file = dir.resolve("lenient.yaml");
      Files.writeString(file, "quality:\n  max_rejected_share: 0.5\n" + NO_AUDIT);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A command in this JVM, computing in the tests' one SparkSession. */
  static Outcome run(String... args) {
    TestSpark.session();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(status, out.toString(), err.toString());
  }

  /** A command line for ./eyfsp in a child JVM, with this JVM's flags and classpath. */
  static ProcessBuilder childRun(String... args) {
    return childRun(List.of(), args);
  }

  /** The same, with more JVM flags (a -Deyfsp.test.pauseAt=POINT, say). */
  static ProcessBuilder childRun(List<String> jvmFlags, String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    for (String flag : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!flag.startsWith("-Xmx") && !flag.startsWith("-agentlib") && !flag.startsWith("-javaagent")) {
        command.add(flag);
      }
    }
    command.add("-Xmx1g");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("eyfsp.jobs.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder;
  }

  /** Every file under an output folder (through its link) with its checksum. */
  static Map<String, String> snapshot(Path output) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(output)) {
      return files;
    }
    Path root;
    try {
      root = output.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString(), OutputDigest.sha256(Files.readAllBytes(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The CSV files of an output (internal, published, rejects): those a rerun must write byte for byte. */
  static Map<String, String> csvFiles(Path output) {
    return OutputDigest.csvFiles(output);
  }

  /** Every Parquet table of an output, read back with Spark: what a rerun must give again. */
  static Map<String, List<String>> parquetTables(SparkSession spark, Path output) {
    return OutputDigest.parquetTables(spark, output);
  }


}
