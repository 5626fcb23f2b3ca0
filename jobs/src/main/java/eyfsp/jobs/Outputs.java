package eyfsp.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eyfsp.domain.Settings;
import eyfsp.domain.Reject;
import eyfsp.io.CsvOutput;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFailedException;
import eyfsp.io.OutputFolder;
import eyfsp.io.ParquetRows;
import eyfsp.io.TestPause;
import eyfsp.measures.Table;
import eyfsp.publish.Metadata;
import eyfsp.publish.Publication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a run's outputs into its staging folder (contract, Outputs): internal CSV and Parquet,
 * published CSV with metadata, rejects, and finally the manifest. Returns each output's rows.
 */
final class Outputs {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final FileSource source;
  private final OutputFolder folder;
  private final Map<String, Long> written = new LinkedHashMap<>();

  Outputs(FileSource source, OutputFolder folder) {
    this.source = source;
    this.folder = folder;
  }

  /** @param drafts the run's drafts (RunDrafts): internal tables, written as the others are */
  Map<String, Long> write(Run.Result result, Settings settings, List<Table> drafts) {
    List<Table> tables = new java.util.ArrayList<>(result.tables());
    tables.addAll(drafts);
    for (Table table : tables) {
      file("internal/csv/" + table.name() + ".csv", table.rows().size(),
          out -> CsvOutput.writeTable(table.columns(), table.rows(), out));
    }
    TestPause.at("write");
    for (Table table : tables) {
      String relative = "internal/parquet/" + table.name();
      try {
        ParquetRows.writeTable(source, folder.path(relative), table.schema(), table.rows());
      } catch (java.io.UncheckedIOException e) {
        throw OutputFailedException.writing(e.getCause());
      }
      written.put(relative, (long) table.rows().size());
    }
    List<Publication.PublishedTable> published = Publication.of(tables, settings);
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
