package eyfsp.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eyfsp.io.FileSource;
import eyfsp.io.OutputFolder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The run now published at an output folder, as its manifest describes it. */
record PublishedRun(String folder, JsonNode manifest) {

  static Optional<PublishedRun> at(FileSource source, String output) {
    Optional<String> folder = OutputFolder.published(source, output);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    String manifest = folder.get() + "/manifest.json";
    try (InputStream in = source.open(manifest, "manifest.json")) {
      return Optional.of(new PublishedRun(folder.get(), new ObjectMapper().readTree(in)));
    } catch (IOException | RuntimeException e) {
      // Not an eyfsp output (or not a whole one): nothing to compare with or merge into.
      return Optional.empty();
    }
  }

  String text(String field) {
    return manifest.path(field).asText("");
  }

  boolean complete() {
    return manifest.path("complete").asBoolean(false);
  }

  String childrenPath() {
    return folder + "/" + Run.CHILDREN;
  }
}
