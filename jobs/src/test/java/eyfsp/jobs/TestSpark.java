package eyfsp.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * One SparkSession for the whole test JVM (as Iceberg's TestBase has): every command a test runs
 * in this JVM computes in it (a running session is used, not started again), and tests read
 * Parquet back with it. Spark stops it when the JVM exits.
 */
final class TestSpark {

  private static SparkSession session;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      session = SparkSessions.create("local[2]");
    }
    return session;
  }
}
