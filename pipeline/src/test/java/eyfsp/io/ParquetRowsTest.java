package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.SparkTestSession;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet files written without Spark read back in Spark with the same columns, types and values. */
class ParquetRowsTest {

  @TempDir
  Path dir;

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("time_period", DataTypes.IntegerType, false),
      DataTypes.createStructField("la_name", DataTypes.StringType, true),
      DataTypes.createStructField("children_number", DataTypes.LongType, false),
      DataTypes.createStructField("gld_percent", DataTypes.DoubleType, true),
      DataTypes.createStructField("low_reliability", DataTypes.BooleanType, true)));
  private static final List<Row> ROWS = List.of(
      RowFactory.create(200809, "Cambridgeshire", 6423L, 52.41, false),
      RowFactory.create(200809, null, 0L, null, null),
      RowFactory.create(200910, "Isles of Scilly – St Mary's", 28L, 100.0 / 3, true));

  @Test
  void aTableReadsBackInSparkAsWritten() {
    String folder = dir.resolve("attainment").toString();
    ParquetRows.writeTable(FileSource.local(), folder, SCHEMA, ROWS);
    assertReadsBack(folder);
  }

  @Test
  void aTableWrittenToAStreamReadsBackTheSame() throws Exception {
    // The drafts of ./eyfsp trajectories and targets: the file written whole into a stream the caller closes.
    Path file = Files.createDirectories(dir.resolve("targets")).resolve("targets.parquet");
    try (OutputStream out = Files.newOutputStream(file)) {
      ParquetRows.writeTable(out, SCHEMA, ROWS);
    }
    assertReadsBack(file.toString());
  }

  private static void assertReadsBack(String path) {
    Dataset<Row> read = SparkTestSession.get().read().parquet(path);
    assertThat(read.schema().simpleString())
        .isEqualTo("struct<time_period:int,la_name:string,children_number:bigint,gld_percent:double,"
            + "low_reliability:boolean>");
    assertThat(read.collectAsList()).extracting(Row::toString).containsExactly(
        "[200809,Cambridgeshire,6423,52.41,false]", "[200809,null,0,null,null]",
        "[200910,Isles of Scilly – St Mary's,28," + (100.0 / 3) + ",true]");
  }
}
