package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The input folder's files, found as the contract lays them out (contract, Inputs). */
public record InputFiles(
    String root,
    List<InputFile> returns,
    List<InputFile> census,
    List<InputFile> childrenFlags,
    Optional<InputFile> deprivation,
    InputFile localAuthorities,
    Optional<InputFile> schools,
    Optional<InputFile> areas,
    boolean synthetic) {

  /** One input file: its full path or URI, its name relative to the input folder, and its size. */
  public record InputFile(String path, String name, long bytes) implements java.io.Serializable {}

  public List<InputFile> all() {
    List<InputFile> all = new ArrayList<>(returns);
    all.addAll(census);
    all.addAll(childrenFlags);
    deprivation.ifPresent(all::add);
    all.add(localAuthorities);
    schools.ifPresent(all::add);
    areas.ifPresent(all::add);
    return all;
  }

  /** Finds the inputs under a folder, refusing in one sentence when a required one is missing. */
  public static InputFiles discover(FileSource source, String root, String syntheticMarker) {
    FileSystem fs = source.fileSystem(root);
    Path base = new Path(root);
    try {
      FileStatus rootStatus = status(fs, base);
      if (rootStatus == null || !rootStatus.isDirectory()) {
        throw new InputRefusedException("The input folder " + root + (rootStatus == null ? " does not exist." : " is not a folder."));
      }
      List<InputFile> returns = csvFiles(fs, base, "eyfsp");
      if (returns.isEmpty()) {
        throw new InputRefusedException("The input folder " + root + " has no EYFSP returns (eyfsp/*.csv).");
      }
      List<InputFile> census = csvFiles(fs, base, "census");
      List<InputFile> flags = csvFiles(fs, base, "children_flags");
      Optional<InputFile> deprivation = Optional.ofNullable(file(fs, base, "idaci.csv", false));
      InputFile las = file(fs, base, "local_authorities.csv", true);
      Optional<InputFile> schools = Optional.ofNullable(file(fs, base, "schools.csv", false));
      boolean synthetic = status(fs, new Path(base, syntheticMarker)) != null;
      Optional<InputFile> areas = Optional.ofNullable(file(fs, base, "areas.csv", false));
      return new InputFiles(root, returns, census, flags, deprivation, las, schools, areas, synthetic);
    } catch (IOException e) {
      throw new InputRefusedException("The input folder " + root + " cannot be read: " + e.getMessage() + ".");
    }
  }

  private static List<InputFile> csvFiles(FileSystem fs, Path base, String folder) throws IOException {
    java.nio.file.Path local = FileSource.localPath(base.toString());
    if (local != null) {
      return localCsvFiles(local.resolve(folder), folder);
    }
    Path dir = new Path(base, folder);
    FileStatus status = status(fs, dir);
    if (status == null) {
      return List.of();
    }
    if (!status.isDirectory()) {
      throw new InputRefusedException(folder + " in the input folder is a file; it should be a folder of CSV files.");
    }
    List<InputFile> files = new ArrayList<>();
    for (FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") || name.startsWith(".")) {
        continue;
      }
      if (f.isDirectory()) {
        throw new InputRefusedException(folder + "/" + name + " is a folder, not a CSV file.");
      }
      files.add(new InputFile(f.getPath().toString(), folder + "/" + name, f.getLen()));
    }
    files.sort(Comparator.comparing(InputFile::name));
    return files;
  }

  /**
   * A local folder's CSV files, read directly rather than through Hadoop, which passes over a link
   * that leads nowhere: every file named .csv is an input, and one that cannot be read stops the run.
   */
  private static List<InputFile> localCsvFiles(java.nio.file.Path dir, String folder) throws IOException {
    if (!java.nio.file.Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    if (!java.nio.file.Files.isDirectory(dir)) {
      throw new InputRefusedException(folder + " in the input folder is a file; it should be a folder of CSV files.");
    }
    List<InputFile> files = new ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> entries = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : entries.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") || name.startsWith(".")) {
          continue;
        }
        String shown = folder + "/" + name;
        if (java.nio.file.Files.isDirectory(f)) {
          throw new InputRefusedException(shown + " is a folder, not a CSV file.");
        }
        if (!java.nio.file.Files.exists(f)) {
          throw new InputRefusedException(shown + " cannot be read: it does not exist.");
        }
        if (!java.nio.file.Files.isReadable(f)) {
          throw new InputRefusedException(shown + " cannot be read: permission denied.");
        }
        files.add(new InputFile(f.toAbsolutePath().toString(), shown, java.nio.file.Files.size(f)));
      }
    }
    return files;
  }

  private static InputFile file(FileSystem fs, Path base, String name, boolean required) throws IOException {
    FileStatus f = status(fs, new Path(base, name));
    if (f == null) {
      if (required) {
        throw new InputRefusedException("The input folder has no " + name + " (the LA lookup is required).");
      }
      return null;
    }
    if (f.isDirectory()) {
      throw new InputRefusedException(name + " in the input folder is a folder, not a CSV file.");
    }
    return new InputFile(f.getPath().toString(), name, f.getLen());
  }

  private static FileStatus status(FileSystem fs, Path path) throws IOException {
    try {
      return fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      return null;
    }
  }
}
