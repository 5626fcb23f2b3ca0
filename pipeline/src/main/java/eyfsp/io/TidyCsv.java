package eyfsp.io;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A small tidy CSV file held whole in memory, read as DfE publishes such files: header names in
 * any case, geography cells that hold a single space for "blank", {@code Academic year} and
 * {@code Academic Year} alike, {@code Local Authority} for {@code Local authority}. Also writes
 * such files atomically: into a hidden file beside the target, then moved over it.
 */
public final class TidyCsv {

  /** DfE's symbols for a value that is not there: suppressed, not available, not applicable, ... */
  private static final Set<String> SYMBOLS = Set.of("c", "x", "z", "u", "low", ".", ":", "~", "..");

  private final String name;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<CsvRecordReader.Record> records;

  private TidyCsv(String name, List<String> header, List<CsvRecordReader.Record> records) {
    this.name = name;
    this.header = header;
    this.records = records;
    this.index = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
  }

  /** Reads a whole file; a record that cannot be read refuses the file, naming the line. */
  public static TidyCsv read(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (IOException e) {
      throw new InputRefusedException(name + " cannot be read: " + e.getMessage() + ".");
    }
  }

  /** Reads a whole table from a stream (a table a run holds in memory, written as its CSV), named as given. */
  public static TidyCsv read(String name, InputStream in) {
    CsvRecordReader reader = new CsvRecordReader(in, name, CsvRecordReader.Limits.TABLES);
    CsvRecordReader.Record header = reader.next();
    if (header == null || header.malformed()) {
      throw new InputRefusedException(name + " has no readable header row.");
    }
    List<CsvRecordReader.Record> records = new ArrayList<>();
    for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
      if (r.malformed() || r.fields().size() != header.fields().size()) {
        throw new InputRefusedException(String.format("%s, line %d: the row cannot be read (%s).", name,
            r.lineNumber(), r.malformed() ? r.problem() : r.fields().size() + " fields where the header has "
                + header.fields().size()));
      }
      records.add(r);
    }
    return new TidyCsv(name, header.fields(), records);
  }

  public String name() {
    return name;
  }

  public List<String> header() {
    return header;
  }

  public List<CsvRecordReader.Record> records() {
    return records;
  }

  public boolean has(String column) {
    return index.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /** Refuses the file unless it has every column named. */
  public void require(String... columns) {
    for (String column : columns) {
      if (!has(column)) {
        throw new InputRefusedException(String.format("%s, line 1: the header has no column '%s'.", name, column));
      }
    }
  }

  /** A cell, trimmed; "" when blank, a single space, or the file has no such column. */
  public String cell(CsvRecordReader.Record r, String column) {
    Integer i = index.get(column.toLowerCase(Locale.ROOT));
    return i == null ? "" : r.fields().get(i).strip();
  }

  /** A number, or empty for a blank cell or a DfE symbol (c, x, z, low ...); anything else refuses the file. */
  public Optional<Double> number(CsvRecordReader.Record r, String column) {
    String text = cell(r, column);
    if (text.isEmpty() || SYMBOLS.contains(text.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      throw refusal(r, column + " '" + text + "' is neither a number nor a DfE symbol");
    }
  }

  /** The summer year of a row's time_period (200809, 2008/09 or 2009), refusing other time identifiers. */
  public int year(CsvRecordReader.Record r) {
    String identifier = cell(r, "time_identifier");
    if (!identifier.isEmpty() && !identifier.equalsIgnoreCase("Academic year")) {
      throw refusal(r, "time_identifier '" + identifier + "' is not an academic year");
    }
    String period = cell(r, "time_period");
    return AcademicYear.parse(period).orElseThrow(() -> refusal(r, "time_period '" + period + "' is not an academic year"));
  }

  public InputRefusedException refusal(CsvRecordReader.Record r, String what) {
    return new InputRefusedException(String.format("%s, line %d: %s.", name, r.lineNumber(), what));
  }

  /** The file's sha256, in hex. */
  public static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new InputRefusedException(file + " cannot be read: " + e.getMessage() + ".");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a file whole or not at all: into a hidden file beside it, then moved over it. */
  public static void writeAtomically(Path file, Consumer<OutputStream> writer) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path staging = folder.resolve("." + file.getFileName() + ".writing-" + UUID.randomUUID());
    try {
      try (OutputStream out = Files.newOutputStream(staging)) {
        writer.accept(out);
      }
      Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(staging);
    }
  }
}
