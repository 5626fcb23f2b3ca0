package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRecordReader.Record> read(byte[] bytes, CsvRecordReader.Limits limits) {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(bytes), limits);
    List<CsvRecordReader.Record> records = new ArrayList<>();
    for (CsvRecordReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  private static List<CsvRecordReader.Record> read(String text) {
    return read(text.getBytes(StandardCharsets.UTF_8), CsvRecordReader.Limits.DEFAULT);
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
  void aQuotedFieldMaySpanLinesAndKeepsItsFirstLineNumber() {
    List<CsvRecordReader.Record> records = read("a,b\n1,\"two\nlines\"\n3,4\n");
    assertThat(records.get(1).fields()).containsExactly("1", "two\nlines");
    assertThat(records.get(1).lineNumber()).isEqualTo(2);
    assertThat(records.get(2).lineNumber()).isEqualTo(4);
    assertThat(records.get(2).fields()).containsExactly("3", "4");
  }

  @Test
  void anUnterminatedQuoteSpoilsOnlyItsOwnLine() {
    List<CsvRecordReader.Record> records = read("a,b\n1,\"oops\n3,4\n5,6\n");
    assertThat(records).hasSize(4);
    assertThat(records.get(1).malformed()).isTrue();
    assertThat(records.get(1).problem()).isEqualTo("unterminated quote");
    assertThat(records.get(1).raw()).isEqualTo("1,\"oops");
    assertThat(records.get(2).fields()).containsExactly("3", "4");
    assertThat(records.get(3).fields()).containsExactly("5", "6");
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
    List<CsvRecordReader.Record> records = read(latin1, CsvRecordReader.Limits.DEFAULT);
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
        new CsvRecordReader.Limits(1000, 50));
    assertThat(records.get(1).problem()).isEqualTo("line longer than 1000 bytes");
    assertThat(records.get(1).raw()).endsWith("... (5000 bytes)");
    assertThat(records.get(2).fields()).containsExactly("b");
    assertThat(records.get(2).lineNumber()).isEqualTo(3);
  }

  @Test
  void emptyLinesAreNotRecordsButCountInLineNumbers() {
    CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream("a\n\n1\r\n\r\n2\n\n".getBytes()));
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
