package eyfsp;

import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession for every test in the JVM (as Iceberg's TestBase): two cores, no UI,
 * few shuffle partitions, bound to loopback. Spark stops it when the JVM exits.
 */
public final class SparkTestSession {

  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("eyfsp-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }
}
