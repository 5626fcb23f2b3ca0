package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark standalone cluster: a master and a worker on 127.0.0.1, started from the
 * Spark jars Maven downloaded (no Spark download), the application jar submitted with
 * spark-submit. Its outputs must equal a local run's, byte for byte in every CSV.
 */
class ClusterIT {

  @TempDir
  Path dir;

  private final List<Process> cluster = new ArrayList<>();

  @Test
  void aStandaloneClusterWritesWhatALocalRunWrites() throws Exception {
    Path input = TestRuns.syntheticInput(dir.resolve("input"), 21, 400, 2);
    Path settings = TestRuns.lenientSettings(dir);
    Path local = dir.resolve("local");
    TestRuns.Outcome localRun = TestRuns.run("run", "--input", input.toString(), "--output", local.toString(),
        "--conf", settings.toString());
    assertThat(localRun.status()).as(localRun.err()).isZero();

    String classpath = Files.readString(Path.of(System.getProperty("eyfsp.runtimeClasspath"))).strip();
    Path sparkHome = sparkHome(classpath);
    int masterPort = freePort();
    String master = "spark://127.0.0.1:" + masterPort;
    try {
      start(classpath, sparkHome, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort()));
      awaitPort(masterPort);
      Path work = Files.createDirectories(dir.resolve("work"));
      start(classpath, sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", master, "--host", "127.0.0.1",
          "--cores", "2", "--memory", "2g", "--webui-port", Integer.toString(freePort()), "--work-dir", work.toString());

      Path clusterOut = dir.resolve("cluster");
      List<String> submit = java(classpath);
      submit.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
          "--conf", "spark.executor.memory=1g", "--conf", "spark.driver.host=127.0.0.1",
          "--class", "eyfsp.jobs.Main", System.getProperty("eyfsp.appJar"),
          "run", "--input", input.toString(), "--output", clusterOut.toString(), "--conf", settings.toString()));
      ProcessBuilder builder = new ProcessBuilder(submit).redirectErrorStream(true)
          .redirectOutput(dir.resolve("submit.log").toFile());
      builder.environment().put("SPARK_HOME", sparkHome.toString());
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      Process job = builder.start();
      assertThat(job.waitFor(10, TimeUnit.MINUTES)).as("the job finishes").isTrue();
      String log = Files.readString(dir.resolve("submit.log"));
      assertThat(job.exitValue()).as(log).isZero();
      assertThat(Files.readString(clusterOut.resolve("manifest.json"))).contains("\"master\" : \"" + master + "\"");
      assertThat(TestRuns.csvFiles(clusterOut)).isEqualTo(TestRuns.csvFiles(local));
    } finally {
      for (Process p : cluster) {
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** A Spark home for the worker to launch executors from: a jars/ folder of Maven's Spark jars. */
  private Path sparkHome(String classpath) throws IOException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String jar : classpath.split(java.io.File.pathSeparator)) {
      Path source = Path.of(jar);
      Path link = jars.resolve(source.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, source);
      }
    }
    return home;
  }

  private List<String> java(String classpath) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(System.getProperty("eyfsp.jvmFlags").trim().split("\\s+")));
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classpath);
    return command;
  }

  private void start(String classpath, Path sparkHome, String name, String main, String... args) throws IOException {
    List<String> command = java(classpath);
    command.add(main);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // Without it the worker looks for a Spark source build to learn the Scala version.
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    cluster.add(builder.start());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the Spark master did not start on port " + port);
  }
}
