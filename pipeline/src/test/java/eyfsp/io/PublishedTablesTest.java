package eyfsp.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eyfsp.domain.InputRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading what a report is drawn from: published tables cell for cell, and whichever drafts are there. */
class PublishedTablesTest {

  @TempDir
  Path dir;

  @Test
  void readsEveryPublishedTableButTheMetadataCellForCell() throws Exception {
    Path published = Files.createDirectories(dir.resolve("published"));
    Files.writeString(published.resolve("attainment.csv"), "time_period,la_name,gld_percent\n"
        + "201011,\"O'Neill, & Sons\",c\n201011,Barnsley,48.60\n");
    Files.writeString(published.resolve("attainment.meta.csv"), "col_name,col_type\ngld_percent,Indicator\n");
    Map<String, CsvTable> tables = PublishedTables.read(FileSource.local(), published.toUri().toString());
    assertThat(tables).containsOnlyKeys("attainment");
    CsvTable attainment = tables.get("attainment");
    assertThat(attainment.rows()).containsExactly(List.of("201011", "O'Neill, & Sons", "c"),
        List.of("201011", "Barnsley", "48.60"));
    assertThat(attainment.cell(attainment.rows().get(1), "gld_percent")).isEqualTo("48.60");
    assertThat(attainment.cell(attainment.rows().get(1), "no_such_column")).isEmpty();
    assertThat(attainment.source()).isEqualTo("published/attainment.csv");
    assertThat(attainment.sha256()).isEqualTo(TidyCsv.sha256(published.resolve("attainment.csv")));
  }

  @Test
  void aRowThatCannotBeReadRefusesTheTableNamingTheLine() throws Exception {
    Path published = Files.createDirectories(dir.resolve("published"));
    Files.writeString(published.resolve("gaps.csv"), "a,b\n1,2\n3\n");
    assertThatThrownBy(() -> PublishedTables.read(FileSource.local(), published.toString()))
        .isInstanceOf(InputRefusedException.class)
        .hasMessage("published/gaps.csv, line 3: the row cannot be read (1 fields where the header has 2).");
  }

  @Test
  void draftsAreWhicheverOfTrajectoriesTargetsAndNeighboursAreThere() throws Exception {
    assertThat(PublishedTables.drafts(dir.resolve("absent"))).isEmpty();
    Files.writeString(dir.resolve("targets.csv"), "measure,draft_value\ngld_percent,51.7\n");
    Files.writeString(dir.resolve("negotiation_record.csv"), "old_la_code\n370\n");
    assertThat(PublishedTables.drafts(dir)).containsOnlyKeys("targets");
  }
}
