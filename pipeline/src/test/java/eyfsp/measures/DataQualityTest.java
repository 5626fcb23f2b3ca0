package eyfsp.measures;

import static eyfsp.measures.TestChildren.value;
import static org.assertj.core.api.Assertions.assertThat;

import static eyfsp.measures.TestChildren.child;

import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Reject;
import eyfsp.domain.School;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class DataQualityTest {

  @Test
  void countsChildrenMatchesAndQueriesDownToSchools() {
    // School 8732001: three children, two matched, one queried on sex; school 8732002: one child, matched.
    // LA (and region and nation): four children, three matched = 75%, one sex query.
    // A child not assessed is accepted and counted like the others.
    TestChildren children = new TestChildren()
        .add(child().estab("2001"))
        .add(child().estab("2001").sexQueried())
        .add(child().estab("2001").unmatched().notAssessed())
        .add(child().estab("2002"));
    // The schools file names 8732001 with its URN; 8732002 is not in it: its URN is not available (x).
    Table t = DataQuality.quality(children.cohorts(),
        List.of(GeographicLevel.NATIONAL, GeographicLevel.REGIONAL, GeographicLevel.LOCAL_AUTHORITY),
        Map.of("8732001", new School("8732001", "Fen Ditton Primary", "Community school", "110645")));
    assertThat(t.rows()).extracting(r -> value(t, r, "geographic_level") + " " + value(t, r, "school_laestab") + " "
            + value(t, r, "school_urn") + " " + value(t, r, "school_name") + " " + value(t, r, "setting_type") + " "
            + value(t, r, "children_accepted_number") + " " + value(t, r, "census_matched_number") + " "
            + value(t, r, "census_matched_percent") + " " + value(t, r, "sex_queried_number"))
        .containsExactly("National null null null Total 4 3 75.0 1", "Regional null null null Total 4 3 75.0 1",
            "Local authority null null null Total 4 3 75.0 1",
            "School 8732001 110645 Fen Ditton Primary School 3 2 66.66666666666667 1",
            "School 8732002 x Not available School 1 1 100.0 0");
  }

  @Test
  void countsRejectsWhereTheyBelongAsFarAsTheySay() {
    LocalAuthority cambs = new LocalAuthority("873", "E10000003", "Cambridgeshire", "E12000006", "East of England");
    // Two rejects in school 8732001 (one with two reasons), one naming an unknown LA, one from the census.
    Map<String, List<Reject>> rejects = Map.of(
        "eyfsp", List.of(
            new Reject("eyfsp/a.csv", 2, List.of("BAD_UPN", "BAD_SCALE"), "raw", "d", 2009, "873", "2001"),
            new Reject("eyfsp/a.csv", 3, List.of("BAD_UPN"), "raw", "d", 2009, "873", "2001"),
            new Reject("eyfsp/a.csv", 4, List.of("UNKNOWN_LA"), "raw", "d", 2009, "999", "2001")),
        "census", List.of(new Reject("census/c.csv", 5, List.of("BAD_FSM"), "raw", "d", null, null, null)));
    Table t = DataQuality.rejects(rejects, Map.of("873", cambs), Map.of());
    List<String> shown = new ArrayList<>();
    for (Row r : t.rows()) {
      shown.add(value(t, r, "time_period") + " " + value(t, r, "geographic_level") + " " + value(t, r, "old_la_code")
          + " " + value(t, r, "school_laestab") + " " + value(t, r, "school_urn") + " " + value(t, r, "input") + " "
          + value(t, r, "reason") + " " + value(t, r, "rows_number"));
    }
    assertThat(shown).containsExactly(
        "null National null null null census BAD_FSM 1",
        "200809 National null null null eyfsp BAD_SCALE 1",
        "200809 National null null null eyfsp BAD_UPN 2",
        "200809 National null null null eyfsp UNKNOWN_LA 1",
        "200809 Local authority 873 null null eyfsp BAD_SCALE 1",
        "200809 Local authority 873 null null eyfsp BAD_UPN 2",
        "200809 School 873 8732001 x eyfsp BAD_SCALE 1",
        "200809 School 873 8732001 x eyfsp BAD_UPN 2");
  }
}
