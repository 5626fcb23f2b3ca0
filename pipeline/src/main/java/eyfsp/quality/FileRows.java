package eyfsp.quality;

import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import eyfsp.io.TestPause;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Reads and checks large input files inside Spark tasks, streaming: each record after the header
 * becomes exactly one row (accepted or not), so that nothing is dropped on the way. Files are
 * packed into a few partitions of about equal size (largest first, each to the lightest), as every
 * later pass over the rows pays a little for each partition.
 */
public final class FileRows {

  /** Turns one record of a file into one row. */
  @FunctionalInterface
  public interface RowCheck extends Serializable {
    Row check(String file, HeaderMap header, CsvRecordReader.Record record);
  }

  /** A file to read with its header already resolved on the driver. */
  public record Part(InputFile file, HeaderMap header) implements Serializable {}

  private FileRows() {}

  public static Dataset<Row> read(SparkSession spark, FileSource source, List<Part> parts, StructType schema,
      RowCheck check) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<List<Part>> groups = pack(parts, Math.max(1, 3 * context.defaultParallelism()));
    FlatMapFunction<List<Part>, Row> perGroup = group -> new Iterator<>() {
      private final Iterator<Part> files = group.iterator();
      private Iterator<Row> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          current = rows(source, files.next(), check);
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return spark.createDataFrame(context.parallelize(groups, Math.max(1, groups.size())).flatMap(perGroup), schema);
  }

  /** Files into at most {@code slots} groups of about equal bytes: largest first, each to the lightest. */
  static List<List<Part>> pack(List<Part> parts, int slots) {
    List<Part> largestFirst = new ArrayList<>(parts);
    largestFirst.sort((a, b) -> Long.compare(b.file().bytes(), a.file().bytes()));
    int n = Math.min(slots, largestFirst.size());
    List<List<Part>> groups = new ArrayList<>();
    long[] bytes = new long[n];
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
    }
    for (Part part : largestFirst) {
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

  /**
   * The text and normalised content of some rows, read again from their files: for the few rows
   * whose key repeats, judged on the driver ({@link Duplicates}).
   */
  public static Duplicates.Contents contents(FileSource source, List<Part> parts,
      java.util.function.BiFunction<HeaderMap, CsvRecordReader.Record, String> content) {
    java.util.Map<String, Part> byName = new java.util.HashMap<>();
    parts.forEach(p -> byName.put(p.file().name(), p));
    return (file, lines) -> {
      Part part = byName.get(file);
      java.util.Map<Long, String[]> found = new java.util.TreeMap<>();
      eyfsp.io.CsvFiles.forEachRecord(source, part.file(), record -> {
        if (lines.contains(record.lineNumber())) {
          found.put(record.lineNumber(), new String[] {record.raw(), content.apply(part.header(), record)});
        }
      });
      return found;
    };
  }

  private static Iterator<Row> rows(FileSource source, Part part, RowCheck check) {
    TestPause.at("read");
    InputStream in = source.open(part.file().path(), part.file().name());
    CsvRecordReader reader = new CsvRecordReader(in, part.file().name(), CsvRecordReader.Limits.INPUT);
    reader.next();
    return new Iterator<>() {
      private CsvRecordReader.Record next = advance();

      private CsvRecordReader.Record advance() {
        CsvRecordReader.Record r = reader.next();
        if (r == null) {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return r;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Row row = check.check(part.file().name(), part.header(), next);
        next = advance();
        return row;
      }
    };
  }
}
