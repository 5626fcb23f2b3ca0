package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Reads RFC 4180 CSV records from UTF-8 bytes, one record at a time, keeping for each its first
 * line number and its original text. Unlike a general CSV library it never gives up on a file: a
 * record it cannot read (broken quoting, invalid UTF-8, a NUL byte, a line too long) comes back
 * as a malformed record with the reason, and reading goes on at the next line, so that a bad row
 * is quarantined rather than taking the rest of its file with it.
 *
 * <p>A byte-order mark is skipped; LF and CRLF both end a line; empty lines are not records (they
 * are counted in {@link #blankLines()}). Whether a quoted field may go on over a line break is set
 * by the {@link Limits}: never in the pipeline's inputs ({@link Limits#INPUT}), where each line is
 * one record; over a few lines in the project's own tables and records ({@link Limits#TABLES}).
 */
public final class CsvRecordReader implements Closeable {

  /** A record: its line number (1 is the header), original text, and fields or what is wrong. */
  public record Record(long lineNumber, String raw, List<String> fields, String problem) {
    public boolean malformed() {
      return problem != null;
    }
  }

  /** Limits that keep a hostile file from exhausting memory, or one bad quote from hiding lines. */
  public record Limits(int maxLineBytes, int maxLinesPerRecord) {
    /**
     * The inputs (returns, census, deprivation, LA lookup, schools): no field of theirs can hold a
     * line break, so a stray quote spoils its own line only. Were quoted fields let run on, two
     * stray quotes a few lines apart would join those lines into one record, and the lines between
     * would vanish inside a field of it.
     */
    public static final Limits INPUT = new Limits(1 << 20, 1);
    /** The project's own tables, drafts and hand-kept records, where a quoted reason may span lines. */
    public static final Limits TABLES = new Limits(1 << 20, 50);
  }

  private static final int RAW_KEPT_CHARS = 4000;

  private final InputStream in;
  private final String name;
  private final Limits limits;
  private final Deque<Line> pending = new ArrayDeque<>();
  private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private long nextLineNumber = 1;
  private long blankLines;
  private boolean atStart = true;
  private boolean eof;
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkEnd;
  private byte[] lineBuffer = new byte[256];

  /** @param name the file as the user knows it, for the sentence that refuses it if it cannot be read */
  public CsvRecordReader(InputStream in, String name, Limits limits) {
    this.in = in;
    this.name = name;
    this.limits = limits;
  }

  /** Empty lines seen so far; they are not records. */
  public long blankLines() {
    return blankLines;
  }

  /** The next record, or null at the end of the input. */
  public Record next() {
    Line first = nextNonBlankLine();
    if (first == null) {
      return null;
    }
    if (first.tooLong) {
      return malformed(first, "line longer than " + limits.maxLineBytes() + " bytes");
    }
    if (first.number == 1 && isUtf16(first.bytes)) {
      return malformed(first, "UTF-16 text; the contract asks for UTF-8");
    }
    if (first.quotes % 2 == 0) {
      return parse(first, List.of(first));
    }
    if (limits.maxLinesPerRecord() == 1) {
      // An odd number of quotes never splits into fields: the record is malformed, on its line alone.
      Record record = parse(first, List.of(first));
      return record.problem().startsWith("unterminated quote")
          ? malformed(first, record.problem() + " (a field may not run over a line break)")
          : record;
    }
    // An odd number of quotes: a quoted field goes on over the next lines, or the quoting is broken.
    List<Line> lines = new ArrayList<>(List.of(first));
    long quotes = first.quotes;
    while (quotes % 2 != 0 && lines.size() < limits.maxLinesPerRecord()) {
      Line more = nextLine();
      if (more == null || more.tooLong) {
        if (more != null) {
          pending.addFirst(more);
        }
        break;
      }
      lines.add(more);
      quotes += more.quotes;
    }
    if (quotes % 2 == 0) {
      Record record = parse(first, lines);
      if (!record.malformed()) {
        return record;
      }
    }
    // Unterminated quote: only the first line is the bad record; the others are read again.
    for (int i = lines.size() - 1; i >= 1; i--) {
      pending.addFirst(lines.get(i));
    }
    return malformed(first, "unterminated quote");
  }

  private Record parse(Line first, List<Line> lines) {
    byte[] bytes = lines.size() == 1 ? first.bytes : join(lines);
    for (byte b : bytes) {
      if (b == 0) {
        return malformed(first, "contains a NUL byte");
      }
    }
    String text;
    try {
      text = strictUtf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return malformed(first, "not valid UTF-8");
    }
    List<String> fields = new ArrayList<>();
    String problem = split(text, fields);
    return problem == null
        ? new Record(first.number, text, List.copyOf(fields), null)
        : new Record(first.number, text, null, problem);
  }

  /**
   * A record read again from its original text (a line this reader gave before, as a record that
   * was not malformed): the same fields, without going back to the file.
   */
  public static Record line(long lineNumber, String text) {
    List<String> fields = new ArrayList<>();
    String problem = split(text, fields);
    return problem == null ? new Record(lineNumber, text, List.copyOf(fields), null)
        : new Record(lineNumber, text, null, problem);
  }

  /** Splits one record's text into fields by RFC 4180; returns what is wrong, or null. */
  static String split(String text, List<String> fields) {
    int n = text.length();
    int i = 0;
    while (true) {
      int fieldNumber = fields.size() + 1;
      if (i < n && text.charAt(i) == '"') {
        StringBuilder value = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return "unterminated quote in field " + fieldNumber;
          }
          char c = text.charAt(i);
          if (c == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              value.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            value.append(c);
            i++;
          }
        }
        fields.add(value.toString());
        if (i == n) {
          return null;
        }
        if (text.charAt(i) != ',') {
          return "text after the closing quote of field " + fieldNumber;
        }
        i++;
      } else {
        int end = text.indexOf(',', i);
        String value = end < 0 ? text.substring(i) : text.substring(i, end);
        if (value.indexOf('"') >= 0) {
          return "a quote inside unquoted field " + fieldNumber;
        }
        fields.add(value);
        if (end < 0) {
          return null;
        }
        i = end + 1;
      }
    }
  }

  /** A UTF-16 byte-order mark, either way round. */
  private static boolean isUtf16(byte[] bytes) {
    return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
  }

  private Record malformed(Line line, String problem) {
    return new Record(line.number, lenientText(line), null, problem);
  }

  /** The line as text for the rejects file: invalid bytes and NULs as U+FFFD, very long lines cut. */
  private static String lenientText(Line line) {
    String text = new String(line.bytes, StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    if (text.length() > RAW_KEPT_CHARS || line.tooLong) {
      return text.substring(0, Math.min(text.length(), RAW_KEPT_CHARS)) + "... (" + line.length + " bytes)";
    }
    return text;
  }

  private static byte[] join(List<Line> lines) {
    int size = lines.size() - 1;
    for (Line l : lines) {
      size += l.bytes.length;
    }
    ByteBuffer joined = ByteBuffer.allocate(size);
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        joined.put((byte) '\n');
      }
      joined.put(lines.get(i).bytes);
    }
    return joined.array();
  }

  private Line nextNonBlankLine() {
    while (true) {
      Line line = nextLine();
      if (line == null || line.length > 0) {
        return line;
      }
      blankLines++;
    }
  }

  private Line nextLine() {
    if (!pending.isEmpty()) {
      return pending.removeFirst();
    }
    return eof ? null : readLine();
  }

  /** One physical line without its terminator; bytes past the limit are counted, not kept. */
  private Line readLine() {
    int size = 0;
    long length = 0;
    int quotes = 0;
    boolean ended = false;
    while (!ended) {
      if (chunkPos == chunkEnd && !fill()) {
        eof = true;
        if (length == 0) {
          return null;
        }
        break;
      }
      int from = chunkPos;
      int to = from;
      while (to < chunkEnd && chunk[to] != '\n') {
        if (chunk[to] == '"') {
          quotes++;
        }
        to++;
      }
      int count = to - from;
      length += count;
      int keep = Math.min(count, limits.maxLineBytes() - size);
      if (keep > 0) {
        if (size + keep > lineBuffer.length) {
          lineBuffer = Arrays.copyOf(lineBuffer, Math.min(Math.max(lineBuffer.length * 2, size + keep), limits.maxLineBytes()));
        }
        System.arraycopy(chunk, from, lineBuffer, size, keep);
        size += keep;
      }
      ended = to < chunkEnd;
      chunkPos = ended ? to + 1 : to;
    }
    int start = 0;
    if (atStart) {
      atStart = false;
      if (size >= 3 && (lineBuffer[0] & 0xFF) == 0xEF && (lineBuffer[1] & 0xFF) == 0xBB && (lineBuffer[2] & 0xFF) == 0xBF) {
        start = 3;
        length -= 3;
      }
    }
    boolean tooLong = length > limits.maxLineBytes();
    int end = size;
    if (!tooLong && end > start && lineBuffer[end - 1] == '\r') {
      end--;
      length--;
    }
    return new Line(nextLineNumber++, Arrays.copyOfRange(lineBuffer, start, end), length, quotes, tooLong);
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(chunk);
      } while (n == 0);
      chunkPos = 0;
      chunkEnd = Math.max(n, 0);
      return n > 0;
    } catch (IOException e) {
      // A file that cannot be read to its end (a failing disk or network share) is refused whole:
      // reading on would leave its rows uncounted.
      throw new InputRefusedException(name + " cannot be read: " + e.getMessage() + ".");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private record Line(long number, byte[] bytes, long length, long quotes, boolean tooLong) {}
}
