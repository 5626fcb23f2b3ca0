package eyfsp.quality;

import eyfsp.domain.Reject;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.TestPause;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The row checks of the large inputs (returns and census), streaming through a file inside a Spark
 * task: every record after the header becomes exactly one {@link Checked} value (the row, or its
 * reject), and the file's count of rows follows the last, so that nothing is dropped on the way
 * and every file can be accounted for. Rows that pass are read again where their copies and census
 * row meet them ({@link #returnRow}, {@link #censusRow}); duplicates are judged there.
 */
public final class RowChecks implements Serializable {

  private final ReturnRowCheck returns;
  private final CensusRowCheck census;
  private final FlagRowCheck flags;
  private final List<InputPart> parts;
  /** Each returns file's check, its header resolved once (null for the other inputs' files). */
  private final ReturnRowCheck.FileCheck[] returnFiles;

  public RowChecks(ReturnRowCheck returns, CensusRowCheck census, FlagRowCheck flags, List<InputPart> parts) {
    this.returns = returns;
    this.census = census;
    this.flags = flags;
    this.parts = List.copyOf(parts);
    this.returnFiles = new ReturnRowCheck.FileCheck[parts.size()];
    for (InputPart part : parts) {
      if (part.kind() == InputPart.Kind.RETURNS) {
        returnFiles[part.index()] = returns.forFile(part.header());
      }
    }
  }

  private ReturnRowCheck.FileCheck returnFile(InputPart part) {
    return returnFiles[part.index()];
  }

  public List<InputPart> parts() {
    return parts;
  }

  /** Every row of a file, checked, then the file's count. */
  public Iterator<Checked.Keyed> check(FileSource source, InputPart part) {
    TestPause.at("read");
    InputStream in = source.open(part.file().path(), part.file().name());
    CsvRecordReader reader = new CsvRecordReader(in, part.file().name(), CsvRecordReader.Limits.INPUT);
    reader.next();
    return new Iterator<>() {
      private long rows;
      private boolean counted;

      @Override
      public boolean hasNext() {
        return !counted;
      }

      @Override
      public Checked.Keyed next() {
        if (counted) {
          throw new NoSuchElementException();
        }
        CsvRecordReader.Record record = reader.next();
        if (record == null) {
          close();
          counted = true;
          return new Checked.Keyed("\u0000" + part.index(), new Checked.Counted(part.index(), rows));
        }
        rows++;
        return keyed(part, record);
      }

      private void close() {
        try {
          reader.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private Checked.Keyed keyed(InputPart part, CsvRecordReader.Record record) {
    String file = part.file().name();
    if (part.kind() == InputPart.Kind.RETURNS) {
      ReturnRowCheck.Result r = returnFile(part).check(record);
      return r.check().accepted()
          ? line(part, record, Checked.childKey(r.upn(), r.year()))
          : rejected(part, record, new Reject(file, r.lineNumber(), r.check().reasonCodes(), r.raw(),
              r.check().detail(), r.year(), blankToNull(r.laCode()), blankToNull(r.estab())));
    }
    if (part.kind() == InputPart.Kind.FLAGS) {
      FlagRowCheck.Result r = flags.check(part.header(), record);
      return r.check().accepted()
          ? line(part, record, Checked.childKey(r.upn(), r.year()))
          : rejected(part, record, new Reject(file, r.lineNumber(), r.check().reasonCodes(), r.raw(),
              r.check().detail(), r.year(), null, null));
    }
    CensusRowCheck.Result r = census.check(part.header(), record);
    return r.check().accepted()
        ? line(part, record, Checked.childKey(r.upn(), r.year()))
        : rejected(part, record, new Reject(file, r.lineNumber(), r.check().reasonCodes(), r.raw(),
            r.check().detail(), r.year(), null, null));
  }

  private static Checked.Keyed line(InputPart part, CsvRecordReader.Record record, String key) {
    return new Checked.Keyed(key, new Checked.Line(part.index(), record.lineNumber(), record.raw()));
  }

  private static Checked.Keyed rejected(InputPart part, CsvRecordReader.Record record, Reject reject) {
    return new Checked.Keyed("\u0000" + part.index() + ":" + record.lineNumber(), new Checked.Rejected(reject));
  }

  /** The kind of file a row came from. */
  public InputPart.Kind kindOf(Checked.Line line) {
    return parts.get(line.file()).kind();
  }

  /** A returns row that passed its checks, read again. */
  public ReturnRowCheck.Result returnRow(Checked.Line line) {
    return returnFile(parts.get(line.file())).check(CsvRecordReader.line(line.number(), line.raw()));
  }

  /** A census row that passed its checks, read again. */
  public CensusRowCheck.Result censusRow(Checked.Line line) {
    return census.check(parts.get(line.file()).header(), CsvRecordReader.line(line.number(), line.raw()));
  }

  /** A children's flag row that passed its checks, read again. */
  public FlagRowCheck.Result flagRow(Checked.Line line) {
    return flags.check(parts.get(line.file()).header(), CsvRecordReader.line(line.number(), line.raw()));
  }

  /** The file a row came from, by the name the user knows it by. */
  public String fileName(int file) {
    return parts.get(file).file().name();
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
