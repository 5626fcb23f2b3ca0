package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import eyfsp.io.InputFiles.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reading whole CSV files record by record, the header first. */
public final class CsvFiles {

  private CsvFiles() {}

  /** A file's header resolved against the columns it must and may have, and whether any row follows it. */
  public record Header(HeaderMap map, boolean hasRows) {}

  /** The header of a file, resolved against the columns it must and may have. */
  public static Header header(FileSource source, InputFile file, List<String> required, List<String> optional,
      Function<String, List<String>> aliases) {
    try (InputStream in = source.open(file.path(), file.name())) {
      CsvRecordReader reader = new CsvRecordReader(in, file.name(), CsvRecordReader.Limits.INPUT);
      HeaderMap map = resolve(file, reader, required, optional, aliases);
      return new Header(map, reader.next() != null);
    } catch (IOException e) {
      throw new InputRefusedException(file.name() + " cannot be read: " + e.getMessage() + ".");
    }
  }

  /** Reads every record after the header, in order. */
  public static void forEachRecord(FileSource source, InputFile file, Consumer<CsvRecordReader.Record> action) {
    try (InputStream in = source.open(file.path(), file.name())) {
      CsvRecordReader reader = new CsvRecordReader(in, file.name(), CsvRecordReader.Limits.INPUT);
      reader.next();
      for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
        action.accept(r);
      }
    } catch (IOException e) {
      throw new InputRefusedException(file.name() + " cannot be read: " + e.getMessage() + ".");
    }
  }

  private static HeaderMap resolve(InputFile file, CsvRecordReader reader, List<String> required,
      List<String> optional, Function<String, List<String>> aliases) {
    CsvRecordReader.Record header = reader.next();
    if (header == null) {
      throw new InputRefusedException(file.name() + " is empty: it has no header row.");
    }
    if (header.lineNumber() != 1) {
      throw new InputRefusedException(file.name() + " starts with an empty line: line 1 should be the header.");
    }
    if (header.malformed()) {
      throw new InputRefusedException(file.name() + ", line 1: the header cannot be read (" + header.problem() + ").");
    }
    return HeaderMap.resolve(file.name(), header.fields(), required, optional, aliases);
  }
}
