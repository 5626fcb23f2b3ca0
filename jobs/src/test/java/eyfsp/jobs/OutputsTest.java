package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.io.FileSource;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.SettingsFile;
import eyfsp.measures.Table;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a run's outputs into its staging folder. */
class OutputsTest {

  @TempDir
  Path dir;

  @Test
  void aCsvThatCannotBeWrittenIsAnOutputFailure() throws Exception {
    StructType schema = DataTypes.createStructType(List.of(
        DataTypes.createStructField("time_period", DataTypes.IntegerType, false),
        DataTypes.createStructField("old_la_code", DataTypes.StringType, false)));
    List<Row> rows = IntStream.range(0, 50).mapToObj(i -> RowFactory.create(200809, String.valueOf(800 + i))).toList();
    List<Table> tables = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      tables.add(new Table("table" + t, "Table " + t, schema, rows, List.of(), false, null));
    }
    Run.Result result = new Run.Result(List.of(), Map.of(), Map.of(), 0, 0, 0, List.of(), List.of(), tables, true);
    OutputFolder folder = OutputFolder.stage(FileSource.local(), dir.resolve("out").toString(), "20260101T000000Z-test");
    // A folder where the first CSV goes: it cannot be written.
    Files.createDirectories(Path.of(URI.create(folder.path("internal/csv/table0.csv"))));

    assertThatThrownBy(() -> new Outputs(FileSource.local(), folder).write(result, SettingsFile.defaults(), List.of()))
        .isInstanceOf(OutputFailedException.class);
    folder.abandon();
    assertThat(dir.resolve(".out.runs")).as("nothing is written after the folder is removed").doesNotExist();
  }
}
