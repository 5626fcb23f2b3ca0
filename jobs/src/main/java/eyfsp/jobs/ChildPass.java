package eyfsp.jobs;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Reject;
import eyfsp.enrich.Child;
import eyfsp.enrich.ChildMerge;
import eyfsp.enrich.ChildTable;
import eyfsp.io.FileSource;
import eyfsp.io.ParquetRows;
import eyfsp.measures.LocalCohort;
import eyfsp.measures.LocalCohorts;
import eyfsp.quality.InputPart;
import eyfsp.quality.RowChecks;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The run's one pass over the children, in Spark: the returns and census files read as lines and
 * checked row by row in plain Java, where they lie (files packed into a few tasks); every row that
 * passes sent by its UPN and year to where that child's other rows go (one shuffle, never a
 * broadcast of child-level data: only the small lookups are broadcast); there each child's copies
 * judged, the return joined to its
 * census row and enriched, counted into its LA's cohort and written once to the child-level
 * Parquet table. The tasks send back only counts, rejects and cohorts, merged on the driver.
 */
final class ChildPass {

  /** The years and LAs a run recomputes (all when both are empty). */
  record Slice(Set<Integer> years, Set<String> las) implements Serializable {
    boolean contains(int year, String la) {
      return (years.isEmpty() || years.contains(year)) && (las.isEmpty() || las.contains(la));
    }
  }

  /**
   * What one task of the pass found, and all of them together: rows read and kept by file (in the
   * order of {@link RowChecks#parts()}), the quarantined rows, and the children counted.
   */
  static final class Result implements ChildMerge.Sink, Serializable {
    final long[] read;
    final long[] accepted;
    final List<Reject> rejects = new ArrayList<>();
    final LocalCohorts.Counter counter;
    /** The first child-level file that could not be written, if any: a refusal still takes precedence. */
    java.io.IOException writeFailure;
    private final transient Slice slice;
    private final transient ChildFiles files;

    Result(int fileCount, LocalCohort.Plans plans, Slice slice, ChildFiles files) {
      this.read = new long[fileCount];
      this.accepted = new long[fileCount];
      this.counter = new LocalCohorts.Counter(plans);
      this.slice = slice;
      this.files = files;
    }

    @Override
    public void reject(Reject reject) {
      rejects.add(reject);
    }

    @Override
    public void accepted(int file) {
      accepted[file]++;
    }

    @Override
    public void child(Child child) {
      if (slice.contains(child.year(), child.la().laCode())) {
        counter.add(child);
        if (writeFailure == null) {
          writeFailure = files.write(child);
        }
      }
    }

    @Override
    public void rowsRead(int file, long rows) {
      read[file] += rows;
    }

    Result addAll(Result other) {
      for (int f = 0; f < read.length; f++) {
        read[f] += other.read[f];
        accepted[f] += other.accepted[f];
      }
      rejects.addAll(other.rejects);
      counter.addAll(other.counter);
      writeFailure = writeFailure != null ? writeFailure : other.writeFailure;
      return this;
    }
  }

  private ChildPass() {}

  /**
   * Runs the pass. {@code childrenPath} receives the slice's children, one file per task and year
   * (academic_year=YYYY/part-NNNNN.snappy.parquet); rows outside the slice are checked and
   * accounted for, never counted or written.
   */
  static Result run(SparkSession spark, FileSource source, RowChecks checks, ChildMerge merge, LocalCohort.Plans plans,
      ChildTable table, Slice slice, String childrenPath) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<List<InputPart>> groups = pack(checks.parts(), Math.max(1, 3 * context.defaultParallelism()));
    int fileCount = checks.parts().size();
    // The lookups (LA, IDACI, the checks' settings) sent once to each executor, not with every task.
    org.apache.spark.broadcast.Broadcast<ChildMerge> lookups = context.broadcast(merge);
    PairFlatMapFunction<List<InputPart>, String, eyfsp.quality.Checked> check = group -> {
      Iterator<InputPart> files = group.iterator();
      return new Iterator<>() {
        private Iterator<eyfsp.quality.Checked.Keyed> current = Collections.emptyIterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && files.hasNext()) {
            current = checks.check(source, files.next());
          }
          return current.hasNext();
        }

        @Override
        public Tuple2<String, eyfsp.quality.Checked> next() {
          hasNext();
          eyfsp.quality.Checked.Keyed keyed = current.next();
          return new Tuple2<>(keyed.key(), keyed.value());
        }
      };
    };
    List<Result> parts = context.parallelize(groups, groups.size())
        .flatMapToPair(check)
        // Sorted by key where they arrive, so that each key's rows come together and are merged as
        // they stream past: a task holds one child's rows at a time, not all of its share (as a
        // grouping by key would), and Spark spills the sort to disk when it must.
        .repartitionAndSortWithinPartitions(new HashPartitioner(partitions(checks.parts(),
            context.defaultParallelism())))
        .mapPartitionsWithIndex((index, rows) -> {
          ChildFiles files = new ChildFiles(source, childrenPath, table, String.format("part-%05d", index));
          Result result = new Result(fileCount, plans, slice, files);
          try {
            ChildMerge merging = lookups.value();
            List<eyfsp.quality.Checked> values = new ArrayList<>();
            String key = null;
            while (rows.hasNext()) {
              Tuple2<String, eyfsp.quality.Checked> row = rows.next();
              if (key != null && !key.equals(row._1())) {
                merging.merge(key, values, result);
                values = new ArrayList<>();
              }
              key = row._1();
              values.add(row._2());
            }
            if (key != null) {
              merging.merge(key, values, result);
            }
          } finally {
            // Every file is closed, even one that failed: an open file holds its disk.
            java.io.IOException closing = files.close();
            result.writeFailure = result.writeFailure != null ? result.writeFailure : closing;
          }
          return List.of(result).iterator();
        }, false)
        .collect();
    Result all = new Result(fileCount, plans, slice, null);
    parts.forEach(all::addAll);
    all.rejects.sort(java.util.Comparator.comparing(Reject::sourceFile).thenComparingLong(Reject::lineNumber));
    return all;
  }

  /**
   * The children of an earlier output outside the slice, counted and written beside the slice's
   * (part-NNNNN-earlier): the children of an output the slice is merged into. Refused when the
   * earlier table lacks a column this version writes.
   */
  static LocalCohorts.Counter earlier(SparkSession spark, FileSource source, String earlierPath, ChildTable table,
      Map<String, LocalAuthority> las, LocalCohort.Plans plans, Slice slice, String childrenPath, String output) {
    Dataset<Row> earlier = spark.read().parquet(earlierPath);
    if (!Arrays.asList(earlier.columns()).containsAll(table.columns())) {
      throw new eyfsp.domain.InvalidSettingsException("The output at " + output + " was written by another version of"
          + " eyfsp; a slice cannot update it. Run without --la and --years to rebuild it.");
    }
    Map<String, LocalAuthority> lookup = Map.copyOf(las);
    String[] columns = table.columns().toArray(String[]::new);
    List<LocalCohorts.Counter> counters = earlier.selectExpr(columns).javaRDD()
        .mapPartitionsWithIndex((index, rows) -> {
          ChildFiles files = new ChildFiles(source, childrenPath, table, String.format("part-%05d-earlier", index));
          LocalCohorts.Counter counter = new LocalCohorts.Counter(plans);
          java.io.IOException failure = null;
          try {
            while (rows.hasNext() && failure == null) {
              Child child = table.child(rows.next(), lookup);
              if (!slice.contains(child.year(), child.la().laCode())) {
                counter.add(child);
                failure = files.write(child);
              }
            }
          } finally {
            java.io.IOException closing = files.close();
            failure = failure != null ? failure : closing;
          }
          if (failure != null) {
            throw eyfsp.io.OutputFailedException.writing(failure);
          }
          return List.of(counter).iterator();
        }, false)
        .collect();
    LocalCohorts.Counter all = new LocalCohorts.Counter(plans);
    counters.forEach(all::addAll);
    return all;
  }

  /**
   * The child-level files one task writes: one per year it meets. A file that cannot be written (a
   * full disk) is reported, not thrown, so that the pass still counts every row: a run refused for
   * its rejects says so rather than that its outputs could not be written.
   */
  static final class ChildFiles {
    private final FileSource source;
    private final String folder;
    private final ChildTable table;
    private final String name;
    private final Map<Integer, ParquetRows> byYear = new HashMap<>();

    ChildFiles(FileSource source, String folder, ChildTable table, String name) {
      this.source = source;
      this.folder = folder;
      this.table = table;
      this.name = name;
    }

    /** Writes a child; returns why it could not, or null. */
    java.io.IOException write(Child child) {
      return failure(() -> byYear.computeIfAbsent(child.year(), year -> ParquetRows.create(source,
              folder + "/" + ChildTable.YEAR + "=" + year + "/" + name + ".snappy.parquet", table.schema(),
              Set.of(ChildTable.PSEUDONYM)))
          .write(table.values(child)));
    }

    /** Closes every file; returns why one could not be finished, or null. */
    java.io.IOException close() {
      java.io.IOException first = null;
      for (ParquetRows file : byYear.values()) {
        java.io.IOException failure = failure(file::close);
        first = first == null ? failure : first;
      }
      return first;
    }

    /** What stopped a write (Hadoop's local file system reports a full disk as an FSError), or null. */
    private static java.io.IOException failure(Runnable write) {
      try {
        write.run();
        return null;
      } catch (RuntimeException | org.apache.hadoop.fs.FSError e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
          if (cause instanceof java.io.IOException io) {
            return io;
          }
        }
        throw e;
      }
    }
  }

  /**
   * How many places the children's rows go to: one for a small input, one per core from 8 MB, and
   * more (in whole rounds of the cores) as the input grows past 64 MB a core, so that each holds
   * about as many rows whatever the input.
   */
  static int partitions(List<InputPart> parts, int parallelism) {
    long bytes = parts.stream().mapToLong(p -> p.file().bytes()).sum();
    if (bytes < (8L << 20)) {
      return 1;
    }
    long rounds = Math.max(1, (bytes + (64L << 20) * parallelism - 1) / ((64L << 20) * parallelism));
    return (int) (rounds * parallelism);
  }

  /** Files into at most {@code slots} groups of about equal bytes: largest first, each to the lightest. */
  static List<List<InputPart>> pack(List<InputPart> parts, int slots) {
    List<InputPart> largestFirst = new ArrayList<>(parts);
    largestFirst.sort((a, b) -> Long.compare(b.file().bytes(), a.file().bytes()));
    int n = Math.min(slots, largestFirst.size());
    List<List<InputPart>> groups = new ArrayList<>();
    long[] bytes = new long[n];
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    for (InputPart part : largestFirst) {
      int lightest = 0;
      for (int i = 1; i < n; i++) {
        if (bytes[i] < bytes[lightest]) {
          lightest = i;
        }
      }
      groups.get(lightest).add(part);
      bytes[lightest] += part.file().bytes();
    }
    return groups;
  }
}
