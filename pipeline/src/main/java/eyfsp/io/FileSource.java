package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Opens input files by path or URI, on the driver or inside a Spark task: local paths directly,
 * other URIs (HDFS, S3 ...) through Hadoop's file systems with the driver's Hadoop settings, which
 * it carries with it.
 */
public final class FileSource implements Serializable {

  /** Hadoop configurations by settings: building one costs milliseconds, and every task needs one. */
  private static final Map<Map<String, String>, Configuration> CONFIGURATIONS = new ConcurrentHashMap<>();

  private final Map<String, String> hadoopSettings;

  public FileSource(Map<String, String> hadoopSettings) {
    this.hadoopSettings = Map.copyOf(hadoopSettings);
  }

  /** A source with Hadoop's defaults, for tests and local use. */
  public static FileSource local() {
    return new FileSource(Map.of());
  }

  public Configuration configuration() {
    return CONFIGURATIONS.computeIfAbsent(hadoopSettings, settings -> {
      Configuration conf = new Configuration();
      settings.forEach(conf::set);
      return conf;
    });
  }

  /** Hadoop settings that differ from Hadoop's defaults: all a task needs to rebuild the driver's. */
  public static Map<String, String> differingFromDefaults(Configuration driver) {
    Configuration defaults = new Configuration();
    Map<String, String> differing = new TreeMap<>();
    driver.forEach(e -> {
      if (!e.getValue().equals(defaults.getRaw(e.getKey()))) {
        differing.put(e.getKey(), e.getValue());
      }
    });
    return differing;
  }

  /** A path without a scheme, or with file:, is read without Hadoop. */
  public static java.nio.file.Path localPath(String path) {
    if (path.startsWith("file:")) {
      return java.nio.file.Path.of(java.net.URI.create(path));
    }
    return path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? null : java.nio.file.Path.of(path);
  }

  public FileSystem fileSystem(String path) {
    try {
      return new Path(path).getFileSystem(configuration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a file, refusing the input in one sentence when it cannot be read. */
  public InputStream open(String path, String name) {
    try {
      java.nio.file.Path local = localPath(path);
      return local != null ? java.nio.file.Files.newInputStream(local) : fileSystem(path).open(new Path(path));
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
      throw new InputRefusedException(name + " cannot be read: it does not exist.");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new InputRefusedException(name + " cannot be read: permission denied.");
    } catch (IOException e) {
      throw new InputRefusedException(name + " cannot be read: " + e.getMessage() + ".");
    }
  }

  /** The SHA-256 of a file's bytes, hex. */
  public String sha256(String path, String name) {
    try (InputStream in = open(path, name)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new InputRefusedException(name + " cannot be read: " + e.getMessage() + ".");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
