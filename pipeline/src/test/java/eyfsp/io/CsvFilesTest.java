package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.InputRefusedException;
import eyfsp.io.InputFiles.InputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that opens but cannot be read refuses the input, naming the file, wherever reading stops. */
class CsvFilesTest {

  @TempDir
  Path dir;

  @Test
  void aHeaderThatCannotBeReadRefusesTheFile() throws IOException {
    // On Linux a folder opens like a file; reading it fails ("Is a directory").
    Path folder = Files.createDirectories(dir.resolve("returns.csv"));
    InputFile file = new InputFile(folder.toString(), "eyfsp/returns.csv", 0);
    assertThatThrownBy(() -> CsvFiles.header(FileSource.local(), file, List.of("upn"), List.of(), c -> List.of()))
        .isInstanceOf(InputRefusedException.class)
        .hasMessage("eyfsp/returns.csv cannot be read: Is a directory.");
    assertThatThrownBy(() -> CsvFiles.forEachRecord(FileSource.local(), file, r -> { }))
        .isInstanceOf(InputRefusedException.class)
        .hasMessage("eyfsp/returns.csv cannot be read: Is a directory.");
  }

  @Test
  void aReadThatFailsHalfWayThroughRefusesTheFile() {
    InputStream failing = new SequenceInputStream(new ByteArrayInputStream("upn,sex\nA,F\n".getBytes()),
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Input/output error");
          }
        });
    CsvRecordReader reader = new CsvRecordReader(failing, "census/census_2009.csv", CsvRecordReader.Limits.INPUT);
    assertThatThrownBy(() -> {
      while (reader.next() != null) {
        // read to the failure
      }
    }).isInstanceOf(InputRefusedException.class)
        .hasMessage("census/census_2009.csv cannot be read: Input/output error.");
  }
}
