package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation manager's heaping flag end to end: ./eyfsp sample --plant-heaping nudges one setting's
 * borderline children up to the GLD threshold, and ./eyfsp run flags it, and no ordinary setting, as
 * heaping (sample-data's universe, its two fsp13 summers, where the heaping tests are defined).
 */
class ModerationFlagsEndToEndTest {

  @TempDir
  Path dir;

  private static TestRuns.Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new TestRuns.Outcome(status, out.toString(), err.toString());
  }

  @Test
  void thePlantedSettingIsFlaggedAsHeapingAndNoOrdinaryOneIs() throws Exception {
    Path input = dir.resolve("input");
    TestRuns.Outcome sample = execute("sample", "--small", "--summers", "2011-2012", "--no-bad-rows",
        "--plant-heaping", "--output", input.toString());
    assertThat(sample.status()).as(sample.err()).isZero();
    Matcher planted = Pattern.compile("planted heaping at the GLD threshold in setting (\\d+)").matcher(sample.out());
    assertThat(planted.find()).as(sample.out()).isTrue();
    String setting = planted.group(1);

    Path out = dir.resolve("out");
    TestRuns.Outcome run = execute("run", "--input", input.toString(), "--output", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(out.resolve("published/moderation_flags.csv")).as("internal only").doesNotExist();
    List<Map<String, String>> heaping = TableInvariants.internal(out, "moderation_flags").stream()
        .filter(r -> r.get("test").startsWith("heaping_")).toList();
    assertThat(heaping).as("heaping flags").isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("school_laestab")).as("%s", r).isEqualTo(setting))
        .allSatisfy(r -> assertThat(Double.parseDouble(r.get("p_value")))
            .isLessThan(Double.parseDouble(r.get("threshold"))));
    assertThat(heaping).extracting(r -> r.get("time_period")).as("flagged in both summers")
        .contains("201011", "201112");
    assertThat(Files.readString(out.resolve("internal/csv/moderation_flags.csv")).lines().findFirst())
        .hasValue("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
            + "old_la_code,new_la_code,la_name,school_laestab,setting_type,framework,test,tested_number,"
            + "observed_number,observed_percent,reference_percent,p_value,threshold");
  }
}
