package eyfsp.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The only place a SparkSession is made: embedded local[*] unless a master is given or set by spark-submit. */
final class SparkSessions {

  private SparkSessions() {}

  static SparkSession create(String master) {
    SparkConf conf = new SparkConf(true);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean local = conf.get("spark.master").startsWith("local");
    if (local) {
      // Both must be loopback here, or every task fails with "Connection refused" (SPARK-NOTES).
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      // Few shuffle partitions: the grouped data is small and one machine has few cores.
      conf.setIfMissing("spark.sql.shuffle.partitions",
          Integer.toString(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
    }
    conf.setIfMissing("spark.app.name", "eyfsp");
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Compressing the cached rows (raw text, UPNs: nearly all distinct) cost more than it saved.
    conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
    // Our tables are wide; without this Spark warns that it shortened a plan's description.
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "500");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
