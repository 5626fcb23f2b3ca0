package eyfsp.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eyfsp.synthetic.SyntheticInput;
import eyfsp.synthetic.Universe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic children on the real LA lookup, LSOAs and IDACI 2019 from ../shared/reference-data,
 * with the real GIAS extract as the schools file: the same invariants as on the synthetic
 * universe, on 151 real LAs (City of London and the Isles of Scilly among them) and few children
 * each, so that much is small and suppressed.
 */
class ReferenceDataRunTest {

  @TempDir
  Path dir;

  /** ../shared/reference-data from the project root (the folder holding conf/eyfsp.yaml). */
  static Path reference() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.isRegularFile(here.resolve("conf/eyfsp.yaml"))) {
      here = here.getParent();
    }
    return here == null ? Path.of("../shared/reference-data") : here.resolve("../shared/reference-data").normalize();
  }

  @Test
  void realLasAreasAndSchoolsWithSyntheticChildren() throws Exception {
    Path reference = reference();
    assumeTrue(Files.isRegularFile(reference.resolve("idaci2019_lsoa11.csv")),
        reference + " is absent: this run needs the real IDACI file, LA lookup and GIAS extract");
    Path input = dir.resolve("input");
    new SyntheticInput(new SyntheticInput.Spec(3, 2009, 1, 4000, 400, false, false),
        Universe.real(3, reference, 4000, 400)).write(input);
    Files.copy(reference.resolve("gias_open_establishments_20250524.csv"), input.resolve("schools.csv"));
    Path out = dir.resolve("out");
    // About 26 children an LA: nearly every cell is suppressed and all are linked, and the
    // audit's linear programs over them take many minutes, so the audit is off here (sums alone)
    // and what is published is not attacked: SafePublishingTest and GoldenSampleTest audit it.
    Path noAudit = Files.writeString(dir.resolve("no-audit.yaml"), TestRuns.NO_AUDIT);
    SafePublishingTest.run(input, out, List.of("--conf", noAudit.toString()));
    TableInvariants.publishedTablesHaveMetadata(out);
    TableInvariants.breakdownsAddUpToTheTotals(out);
    TableInvariants.schoolsAddUpToTheirLa(out);
    TableInvariants.relativeRisksAverageToOne(out);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("rows_balance").asBoolean()).isTrue();
    JsonNode schools = null;
    for (JsonNode file : manifest.get("inputs")) {
      if (file.get("file").asText().equals("schools.csv")) {
        schools = file;
      }
    }
    // GIAS as published: 27,153 establishments, none refused (offshore ones without a LAESTAB are passed over).
    assertThat(schools).isNotNull();
    assertThat(schools.get("rows_read").asLong()).isEqualTo(27_153);
    assertThat(schools.get("rows_rejected").asLong()).isZero();
    assertThat(manifest.get("measured").get("local_authorities").asInt()).isGreaterThan(140);
    // The real IDACI file knows every synthetic child's area: only children without a census row (so
    // without a home LSOA; about 1.5%) are of unknown decile.
    List<Map<String, String>> national = TableInvariants.internal(out, "attainment_by_characteristic").stream()
        .filter(r -> r.get("geographic_level").equals("National") && r.get("breakdown_topic").equals("IDACI decile"))
        .toList();
    assertThat(national).hasSize(11);
    long all = national.stream().mapToLong(r -> Long.parseLong(r.get("children_number"))).sum();
    long unknown = Long.parseLong(national.stream().filter(r -> r.get("breakdown").equals("Unknown")).findFirst()
        .orElseThrow().get("children_number"));
    assertThat(unknown).isLessThan(all / 20);
  }
}
