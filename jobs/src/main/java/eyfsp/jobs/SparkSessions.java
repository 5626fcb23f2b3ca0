package eyfsp.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The only place a SparkSession is made: embedded local[*] unless a master is given or set by spark-submit. */
final class SparkSessions {

  /** A session for one command: its own, stopped when done, or one already running in this JVM, left running. */
  record Started(SparkSession session, boolean own) implements AutoCloseable {
    /** Stops a session of its own; in one already running, cancels what is left of the command's jobs. */
    @Override
    public void close() {
      if (own) {
        session.stop();
        return;
      }
      org.apache.spark.SparkContext context = session.sparkContext();
      context.cancelAllJobs();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (context.statusTracker().getActiveStageIds().length > 0 && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private SparkSessions() {}

  /**
   * The session a command computes in: the one already running in this JVM (a test suite's, a
   * notebook's) when it runs on the master asked for, so that it is not started again for every
   * command; otherwise a new one, which the command stops.
   */
  static Started start(String master) {
    scala.Option<SparkSession> running = SparkSession.getDefaultSession();
    if (running.isDefined() && !running.get().sparkContext().isStopped()
        && (master == null || master.equals(running.get().sparkContext().master()))) {
      return new Started(running.get(), false);
    }
    return new Started(create(master), true);
  }

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
    // The pass's million rows cross the shuffle in a few bytes each, written by PassKryo, not in
    // Java's serialization (half the size, a fraction of the time).
    conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    conf.setIfMissing("spark.kryo.registrator", PassKryo.class.getName());
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
