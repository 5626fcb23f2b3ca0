package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRecordReader.Record> read(byte[] bytes, CsvRecordReader.Limits limits) {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), "test.csv", limits);
    List<CsvRecordReader.Record> records = new ArrayList<>();
    for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  private static List<CsvRecordReader.Record> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), CsvRecordReader.Limits.INPUT);
  }

  private static List<CsvRecordReader.Record> readTable(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), CsvRecordReader.Limits.TABLES);
  }

  @Test
  void skipsAByteOrderMarkAndReadsCrLf() {
    List<CsvRecordReader.Record> records = read("\uFEFFa,b\r\n1,2\r\n3,4");
    assertThat(records).extracting(CsvRecordReader.Record::fields)
        .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
    assertThat(records).extracting(CsvRecordReader.Record::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(records.get(1).raw()).isEqualTo("1,2");
  }

  @Test
  void unquotesRfc4180Fields() {
    List<CsvRecordReader.Record> records = read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"\"\n");
    assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "");
    assertThat(records.get(1).raw()).isEqualTo("\"x, y\",\"say \"\"hi\"\"\",\"\"");
  }

  @Test
  void inATableAQuotedFieldMaySpanLinesAndKeepsItsFirstLineNumber() {
    List<CsvRecordReader.Record> records = readTable("a,b\n1,\"two\nlines\"\n3,4\n");
    assertThat(records.get(1).fields()).containsExactly("1", "two\nlines");
    assertThat(records.get(1).lineNumber()).isEqualTo(2);
    assertThat(records.get(2).lineNumber()).isEqualTo(4);
    assertThat(records.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void inATableAnUnterminatedQuoteSpoilsOnlyItsOwnLine() {
    List<CsvRecordReader.Record> records = readTable("a,b\n1,\"oops\n3,4\n5,6\n");
    assertThat(records).hasSize(4);
    assertThat(records.get(1).malformed()).isTrue();
    assertThat(records.get(1).problem()).isEqualTo("unterminated quote");
    assertThat(records.get(1).raw()).isEqualTo("1,\"oops");
    assertThat(records.get(2).fields()).containsExactly("3", "4");
    assertThat(records.get(3).fields()).containsExactly("5", "6");
  }

  @Test
  void inAnInputAQuoteOpenAtTheEndOfALineSpoilsThatLineAlone() {
    // Two stray quotes three lines apart: joined, the four lines would make one record of the right
    // number of fields, and the two lines between would vanish inside its third field.
    List<CsvRecordReader.Record> records = read("upn,year,sex,scale\n"
        + "UPN1,2009,\"F,5\n"
        + "UPN2,2009,M,6\n"
        + "UPN3,2009,F,7\n"
        + "UPN4,2009,M\",8\n");
    assertThat(records).as("one record per physical line").hasSize(5);
    assertThat(records).extracting(CsvRecordReader.Record::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(records.get(1).problem())
        .isEqualTo("unterminated quote in field 3 (a field may not run over a line break)");
    assertThat(records.get(1).raw()).isEqualTo("UPN1,2009,\"F,5");
    assertThat(records.get(2).fields()).containsExactly("UPN2", "2009", "M", "6");
    assertThat(records.get(3).fields()).containsExactly("UPN3", "2009", "F", "7");
    assertThat(records.get(4).problem()).isEqualTo("a quote inside unquoted field 3");
    assertThat(records.get(4).raw()).isEqualTo("UPN4,2009,M\",8");
  }

  @Test
  void inAnInputAQuotedFieldGoingOverALineIsMalformedAndTheNextLineIsReadAgain() {
    List<CsvRecordReader.Record> records = read("a,b\n1,\"two\nlines\"\n3,4\n");
    assertThat(records).hasSize(4);
    assertThat(records.get(1).problem()).startsWith("unterminated quote in field 2 (a field may not run over");
    assertThat(records.get(2).problem()).isEqualTo("a quote inside unquoted field 1");
    assertThat(records.get(2).lineNumber()).isEqualTo(3);
    assertThat(records.get(3).fields()).containsExactly("3", "4");
  }

  @Test
  void brokenQuotingIsMalformed() {
    List<CsvRecordReader.Record> records = read("a,b\n\"1\"x,2\n1,2\"3\n");
    assertThat(records.get(1).problem()).isEqualTo("text after the closing quote of field 1");
    assertThat(records.get(2).malformed()).isTrue();
    assertThat(records.get(2).raw()).isEqualTo("1,2\"3");
  }

  @Test
  void invalidUtf8AndNulBytesSpoilOnlyTheirLine() {
    byte[] latin1 = "a,b\ncaf\u00e9,1\n2,3\n".getBytes(StandardCharsets.ISO_8859_1);
    List<CsvRecordReader.Record> records = read(latin1, CsvRecordReader.Limits.INPUT);
    assertThat(records.get(1).problem()).isEqualTo("not valid UTF-8");
    assertThat(records.get(1).raw()).isEqualTo("caf\uFFFD,1");
    assertThat(records.get(2).fields()).containsExactly("2", "3");

    List<CsvRecordReader.Record> nul = read("a,b\n1\u0000,2\n3,4\n");
    assertThat(nul.get(1).problem()).isEqualTo("contains a NUL byte");
    assertThat(nul.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void aLineLongerThanTheLimitIsMalformedAndCutInItsRawText() {
    String longLine = "x".repeat(5000);
    List<CsvRecordReader.Record> records = read(("a\n" + longLine + "\nb\n").getBytes(StandardCharsets.UTF_8),
        new CsvRecordReader.Limits(1000, 1));
    assertThat(records.get(1).problem()).isEqualTo("line longer than 1000 bytes");
    assertThat(records.get(1).raw()).endsWith("... (5000 bytes)");
    assertThat(records.get(2).fields()).containsExactly("b");
    assertThat(records.get(2).lineNumber()).isEqualTo(3);
  }

  @Test
  void emptyLinesAreNotRecordsButCountInLineNumbers() {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream("a\n\n1\r\n\r\n2\n\n".getBytes()),
        "test.csv", CsvRecordReader.Limits.INPUT);
    assertThat(reader.next().lineNumber()).isEqualTo(1);
    assertThat(reader.next().lineNumber()).isEqualTo(3);
    assertThat(reader.next().lineNumber()).isEqualTo(5);
    assertThat(reader.next()).isNull();
    assertThat(reader.blankLines()).isEqualTo(3);
  }

  @Test
  void aTruncatedLastLineWithoutNewlineIsStillARecord() {
    List<CsvRecordReader.Record> records = read("a,b,c\n1,2,3\n4,5");
    assertThat(records.get(2).fields()).containsExactly("4", "5");
  }

  @Test
  void anEmptyInputHasNoRecords() {
    assertThat(read("")).isEmpty();
    assertThat(read("\uFEFF")).isEmpty();
  }
}
