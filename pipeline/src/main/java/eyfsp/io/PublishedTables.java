package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;

/**
 * Reads what a report is drawn from: the published tables of a run folder ({@code published/*.csv},
 * not their {@code .meta.csv}) and the tables of a drafts folder, each whole, cell for cell.
 */
public final class PublishedTables {

  /** The drafts a report shows, by table name (the file is NAME.csv in the drafts folder). */
  public static final List<String> DRAFTS = List.of("trajectories", "targets", "neighbours");

  private PublishedTables() {}

  /** The tables of a run's published/ folder (a local path or a URI), by name. */
  public static Map<String, CsvTable> read(FileSource source, String publishedFolder) {
    String folder = publishedFolder.replaceAll("/+$", "");
    Map<String, CsvTable> tables = new TreeMap<>();
    for (String file : csvFiles(source, folder)) {
      if (!file.endsWith(".meta.csv")) {
        String name = file.substring(0, file.length() - ".csv".length());
        tables.put(name, read(source, folder + "/" + file, name, "published/" + file));
      }
    }
    return tables;
  }

  /** The drafts found in a local folder, by name; none when the folder or a file is absent. */
  public static Map<String, CsvTable> drafts(Path folder) {
    Map<String, CsvTable> tables = new TreeMap<>();
    for (String name : DRAFTS) {
      Path file = folder.resolve(name + ".csv");
      if (Files.isRegularFile(file)) {
        tables.put(name, read(FileSource.local(), file.toString(), name, file.toString()));
      }
    }
    return tables;
  }

  /** The tables of these names (NAME.csv) in a folder (a local path or a URI), of those that are there. */
  public static Map<String, CsvTable> named(FileSource source, String folder, List<String> names, String shownAs) {
    String trimmed = folder.replaceAll("/+$", "");
    List<String> files = csvFiles(source, trimmed);
    Map<String, CsvTable> tables = new TreeMap<>();
    for (String name : names) {
      if (files.contains(name + ".csv")) {
        tables.put(name, read(source, trimmed + "/" + name + ".csv", name, shownAs + "/" + name + ".csv"));
      }
    }
    return tables;
  }

  /** One CSV file; a record that cannot be read refuses it, naming the line. */
  static CsvTable read(FileSource source, String path, String name, String shownAs) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(source.open(path, shownAs), digest)) {
      TidyCsv csv = TidyCsv.read(shownAs, in);
      List<List<String>> rows = new ArrayList<>(csv.records().size());
      csv.records().forEach(r -> rows.add(r.fields()));
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return new CsvTable(name, csv.header(), rows, shownAs, HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new InputRefusedException(shownAs + " cannot be read: " + e.getMessage() + ".");
    }
  }

  private static List<String> csvFiles(FileSource source, String folder) {
    Path local = FileSource.localPath(folder);
    try {
      if (local != null) {
        if (!Files.isDirectory(local)) {
          return List.of();
        }
        try (Stream<Path> files = Files.list(local)) {
          return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
      }
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
      if (!source.fileSystem(folder).exists(dir)) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (FileStatus f : source.fileSystem(folder).listStatus(dir)) {
        if (f.isFile() && f.getPath().getName().endsWith(".csv")) {
          names.add(f.getPath().getName());
        }
      }
      return names.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
