package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./eyfsp audit on hand-made published folders: the exposed cells listed with status 7, or 0. */
class AuditCommandTest {

  @TempDir
  Path dir;

  private static final String META = """
      col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column
      breakdown_topic,Filter,Breakdown topic,,,,,
      breakdown,Filter,Breakdown,,,,,
      children_number,Indicator,Children,,,0,,
      """;

  private int audit(Path published, StringWriter out) {
    return Main.execute(new String[] {"audit", published.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));
  }

  /**
   * An LA of 6 children, all 6 of unknown sex: boys + girls = 0 and neither is negative, so both are
   * 0 (status 7, both listed). With the unknown-sex count suppressed too, each is 0 to 6 (status 0).
   */
  @Test
  void listsWhatCountsNeverBeingNegativeGivesAway() throws Exception {
    Path published = Files.createDirectories(dir.resolve("out/published"));
    Files.writeString(published.resolve("attainment.csv"), """
        time_period,geographic_level,region_code,old_la_code,children_number
        200809,Local authority,E12000006,873,6
        """);
    Files.writeString(published.resolve("attainment.meta.csv"), META.lines().filter(l -> !l.startsWith("breakdown"))
        .reduce("", (a, b) -> a + b + "\n"));
    Files.writeString(published.resolve("attainment_by_characteristic.meta.csv"), META);
    Files.writeString(published.resolve("attainment_by_characteristic.csv"), """
        time_period,geographic_level,region_code,old_la_code,breakdown_topic,breakdown,children_number
        200809,Local authority,E12000006,873,Sex,Boys,c
        200809,Local authority,E12000006,873,Sex,Girls,c
        200809,Local authority,E12000006,873,Sex,Unknown,6
        """);
    StringWriter out = new StringWriter();
    assertThat(audit(dir.resolve("out"), out)).as(out.toString()).isEqualTo(ExitStatus.EXPOSED);
    assertThat(out.toString()).contains("2 exposed")
        .contains("attainment_by_characteristic row 1 (200809, Local authority, E12000006, 873, Sex, Boys) "
            + "children_number: [0, 0], the count is recovered exactly")
        .contains("row 2 (200809, Local authority, E12000006, 873, Sex, Girls) children_number: [0, 0]");

    Files.writeString(published.resolve("attainment_by_characteristic.csv"), """
        time_period,geographic_level,region_code,old_la_code,breakdown_topic,breakdown,children_number
        200809,Local authority,E12000006,873,Sex,Boys,c
        200809,Local authority,E12000006,873,Sex,Girls,c
        200809,Local authority,E12000006,873,Sex,Unknown,c
        """);
    StringWriter safe = new StringWriter();
    assertThat(audit(published, safe)).as(safe.toString()).isEqualTo(ExitStatus.OK);
    // Sex Unknown says nothing about a child (conf disclosure.not_sensitive): not a count to protect.
    assertThat(safe.toString()).contains("2 suppressed counts").contains("no suppressed count can be narrowed");
  }
}
