package eyfsp.quality;

import static org.assertj.core.api.Assertions.assertThat;

import eyfsp.domain.School;
import eyfsp.io.FileSource;
import eyfsp.io.InputFiles.InputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schools file in the GIAS layout as published: row checks, rejects, duplicates and the account. */
class SchoolDirectoryTest {

  @TempDir
  Path dir;

  @Test
  void readsTheGiasLayoutAndQuarantinesBadRows() throws Exception {
    Path file = dir.resolve("schools.csv");
    Files.writeString(file, String.join("\n",
        "\"urn\",\"la_code\",\"la_name\",\"establishment_number\",\"laestab\",\"establishment_name\","
            + "\"establishment_type\",\"education_phase\"",
        "\"100000\",\"201\",\"City of London\",\"3614\",\"2013614\",\"The Aldgate School\",\"Voluntary aided school\",\"Primary\"",
        "\"100001\",\"873\",\"Cambridgeshire\",\"2001\",\"8732001\",\"Fen Ditton Primary\",\"Community school\",\"Primary\"",
        "\"100002\",\"\",\"\",\"\",\"\",\"Offshore school\",\"Offshore schools\",\"Not applicable\"",   // line 4: passed over
        "\"100003\",\"873\",\"Cambridgeshire\",\"201\",\"873201\",\"Short LAESTAB\",\"Community school\",\"Primary\"",
        "\"100004\",\"873\",\"Cambridgeshire\",\"2002\",\"8732002\",\"\",\"Community school\",\"Primary\"",
        "\"100001\",\"873\",\"Cambridgeshire\",\"2001\",\"8732001\",\"Fen Ditton Primary\",\"Community school\",\"Primary\"",
        "\"100005\",\"874\",\"Peterborough\",\"3001\",\"8743001\",\"One name\",\"Academy converter\",\"Primary\"",
        "\"100006\",\"874\",\"Peterborough\",\"3001\",\"8743001\",\"Another name\",\"Academy converter\",\"Primary\"",
        "\"100007\",\"874\",\"Peterborough\"") + "\n");
    SchoolDirectory.Result result = SchoolDirectory.read(FileSource.local(),
        new InputFile(file.toString(), "schools.csv", Files.size(file)), eyfsp.io.SettingsFile.defaults());

    assertThat(result.byLaestab()).containsOnlyKeys("2013614", "8732001");
    assertThat(result.byLaestab().get("8732001"))
        .as("the URN GIAS gives is kept: published school rows are known by it")
        .isEqualTo(new School("8732001", "Fen Ditton Primary", "Community school", "100001"));
    assertThat(result.check().rejects()).extracting(r -> r.lineNumber() + " " + String.join(";", r.reasons()))
        .containsExactly("5 BAD_LAESTAB", "6 MISSING_FIELD", "7 DUPLICATE", "8 DUPLICATE_CONFLICT",
            "9 DUPLICATE_CONFLICT", "10 MALFORMED_ROW");
    // 9 rows: 3 accepted (two schools and the offshore row passed over), 6 rejected.
    assertThat(result.check().account("schools").read()).isEqualTo(9);
    assertThat(result.check().account("schools").accepted()).isEqualTo(3);
    assertThat(result.check().account("schools").balances()).isTrue();
  }
}
