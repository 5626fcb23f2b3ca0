package eyfsp.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eyfsp.domain.Settings;
import eyfsp.io.CsvOutput;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.TestPause;
import eyfsp.measures.Table;
import eyfsp.publish.Metadata;
import eyfsp.publish.Publication;
import eyfsp.quality.Reject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a run's outputs into its staging folder (contract, Outputs): internal CSV and Parquet,
 * published CSV with metadata, rejects, and finally the manifest. Returns each output's rows.
 */
final class Outputs {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final SparkSession spark;
  private final OutputFolder folder;
  private final Map<String, Long> written = new LinkedHashMap<>();

  Outputs(SparkSession spark, OutputFolder folder) {
    this.spark = spark;
    this.folder = folder;
  }

  Map<String, Long> write(Run.Result result, Settings settings) {
    // Spark writes the tables' Parquet copies while this thread decides disclosure control, which
    // takes one core on the driver for a national output.
    CompletableFuture<Void> parquet = CompletableFuture.runAsync(() -> {
      for (Table table : result.tables()) {
        spark.createDataFrame(table.rows(), table.schema()).coalesce(1)
            .write().parquet(folder.path("internal/parquet/" + table.name()));
      }
    });
    List<Publication.PublishedTable> published;
    try {
      for (Table table : result.tables()) {
        file("internal/csv/" + table.name() + ".csv", table.rows().size(), out -> CsvOutput.writeTable(table, out));
      }
      TestPause.at("write");
      published = Publication.of(result.tables(), settings);
    } catch (RuntimeException e) {
      // The run deletes the staging folder when this failure reaches it: Spark must have stopped
      // writing into it by then, or it would write files into a folder being deleted.
      parquet.exceptionally(ignored -> null).join();
      throw e;
    }
    try {
      parquet.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    for (Table table : result.tables()) {
      written.put("internal/parquet/" + table.name(), (long) table.rows().size());
    }
    for (Publication.PublishedTable table : published) {
      file("published/" + table.name() + ".csv", table.cells().size(),
          out -> CsvOutput.write(table.columns(), table.cells(), out));
      file("published/" + table.name() + ".meta.csv", table.metadata().size(),
          out -> CsvOutput.write(Metadata.COLUMNS, table.metadata(), out));
    }
    written.put(Run.CHILDREN, result.childrenInOutput());
    for (Map.Entry<String, List<Reject>> rejects : result.rejects().entrySet()) {
      file("rejects/" + rejects.getKey() + ".csv", rejects.getValue().size(),
          out -> CsvOutput.writeRejects(rejects.getValue(), out));
    }
    return written;
  }

  void manifest(Map<String, Object> manifest) {
    file("manifest.json", 1, out -> {
      try {
        JSON.writeValue(out, manifest);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private void file(String relative, long rows, Consumer<OutputStream> writer) {
    try (OutputStream out = folder.create(relative)) {
      writer.accept(out);
    } catch (IOException e) {
      throw OutputFailedException.writing(e);
    }
    written.put(relative, rows);
  }
}
