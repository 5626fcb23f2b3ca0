package eyfsp.jobs;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The rules of DfE's open-data screener (the R package eesyscreener, v0.3.1, which screens every
 * file uploaded to Explore Education Statistics) that need no R, in plain Java: each problem found
 * is one sentence naming the eesyscreener check it stands for. Every check the screener fails a
 * file on, and every warning but the data dictionary's (whose names a table may lack), is here but
 * the geography lookups (LA, region and country codes against DfE's lists). Where the screener reads
 * an empty CSV cell as missing (DuckDB's NULL) and so lets a blank indicator through, this is
 * stricter, as the screener's own message means: no indicator cell is blank.
 */
final class OpenDataScreener {

  static final List<String> REQUIRED_META = List.of("col_name", "col_type", "label", "indicator_grouping",
      "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column");
  static final List<String> OPTIONAL_META = List.of("filter_default", "parent_filter");
  static final List<String> REQUIRED_DATA = List.of("geographic_level", "time_period", "time_identifier",
      "country_code", "country_name");
  static final List<String> UNITS = List.of("%", "pp", "£", "£m", "numberstring");

  /** The levels the tables use, with the columns each needs: code, name, secondary code (eesyscreener geography_df). */
  static final Map<String, List<String>> LEVELS = Map.of(
      "National", List.of("country_code", "country_name"),
      "Regional", List.of("region_code", "region_name"),
      "Local authority", List.of("new_la_code", "la_name", "old_la_code"),
      "School", List.of("school_urn", "school_name", "school_laestab"));

  /** Which levels' rows may fill a level's columns (check_geog_overcompleted_cols). */
  static final Map<String, List<String>> COMPATIBLE = Map.of(
      "Regional", List.of("Regional", "Local authority", "School"),
      "Local authority", List.of("Local authority", "School"),
      "School", List.of("School"));

  /** Every observational unit of geography_df the tables could hold, and the time columns. */
  static final Set<String> OBSERVATIONAL_UNITS = Set.of("time_period", "time_identifier", "geographic_level",
      "country_code", "country_name", "region_code", "region_name", "new_la_code", "la_name", "old_la_code",
      "school_urn", "school_name", "school_laestab", "lad_code", "lad_name", "pcon_code", "pcon_name", "ward_code",
      "ward_name", "provider_ukprn", "provider_name", "trust_id", "trust_name", "institution_id", "institution_name");

  /** potential_ob_units_regex: a column looking like geography must not be a filter (check_meta_geog_catch). */
  static final Pattern GEOGRAPHY_LIKE = Pattern.compile("(^(country|sch|prov|inst|estab|reg|la|local|rsc|pfa|pcon"
      + "|lep|mca|oa|ward|mat).*(name|code|urn|ukprn|number|upin|id)$)|(^(laestab|estab|sch|school|schools|prov"
      + "|provider|providers|inst|institution|institutions|name|code|urn|ukprn|number|upin|id|region|la|lad|rsc"
      + "|pcon|lep|mca|oa|ward|mat)$)", Pattern.CASE_INSENSITIVE);

  /** harmonised_col_names: a column whose name has one of these in it must be one of the harmonised names. */
  static final List<String> HARMONISED_SEARCH = List.of("sen_", "primary_need", "secondary_need",
      "establishment_type", "provider_type", "school_type", "ethnic");
  static final Set<String> HARMONISED = Set.of("sen_status", "sen_primary_need", "sen_secondary_need",
      "sen_provision", "establishment_type", "establishment_type_group", "provider_type", "ethnicity_major",
      "ethnicity_minor", "ethnicity_detailed", "minority_ethnic");

  private OpenDataScreener() {}

  /** Every problem the screener's rules find in a data file and its metadata file. */
  static List<String> problems(Path data, Path meta) throws IOException {
    List<String> problems = new ArrayList<>();
    String name = data.getFileName().toString();
    if (!meta.getFileName().toString().equals(name.replaceFirst("\\.csv$", ".meta.csv"))
        || !name.replaceFirst("\\.csv$", "").matches("[A-Za-z0-9_-]+")) {
      problems.add("filenames_match, filename_special: " + name + " and " + meta.getFileName());
    }
    List<List<String>> d = read(data);
    List<List<String>> m = read(meta);
    List<String> columns = d.get(0);
    List<List<String>> rows = d.subList(1, d.size());
    List<String> metaColumns = m.get(0);
    problems.addAll(screen(columns, rows, metaColumns, m.subList(1, m.size())));
    return problems;
  }

  static List<String> screen(List<String> columns, List<List<String>> rows, List<String> metaColumns,
      List<List<String>> meta) {
    List<String> problems = new ArrayList<>();
    // Precheck columns.
    if (!metaColumns.containsAll(REQUIRED_META)) {
      problems.add("col_req_meta: the metadata lacks a required column of " + REQUIRED_META);
    }
    for (String c : metaColumns) {
      if (!REQUIRED_META.contains(c) && !OPTIONAL_META.contains(c)) {
        problems.add("col_invalid_meta: " + c + " is not a metadata column");
      }
    }
    for (String c : REQUIRED_DATA) {
      if (!columns.contains(c)) {
        problems.add("col_req_data: no column " + c);
      }
    }
    if (columns.size() - 5 < meta.size()) {
      problems.add("col_to_rows: more metadata rows than columns beyond the five required");
    }
    Map<String, Map<String, String>> described = new LinkedHashMap<>();
    for (List<String> row : meta) {
      Map<String, String> r = new LinkedHashMap<>();
      for (int i = 0; i < metaColumns.size(); i++) {
        r.put(metaColumns.get(i), i < row.size() ? row.get(i) : "");
      }
      if (described.put(r.get("col_name"), r) != null) {
        problems.add("meta_col_name_dupe: " + r.get("col_name"));
      }
    }
    List<String> filters = described.values().stream().filter(r -> r.get("col_type").equals("Filter"))
        .map(r -> r.get("col_name")).toList();
    List<String> indicators = described.values().stream().filter(r -> r.get("col_type").equals("Indicator"))
        .map(r -> r.get("col_name")).toList();
    Set<String> groups = new LinkedHashSet<>();
    described.values().forEach(r -> {
      if (!r.get("filter_grouping_column").isEmpty()) {
        groups.add(r.get("filter_grouping_column"));
      }
    });
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (String c : columns) {
      int i = columns.indexOf(c);
      Set<String> v = new LinkedHashSet<>();
      rows.forEach(r -> v.add(r.get(i)));
      values.put(c, v);
    }
    // Cross-file.
    for (String c : described.keySet()) {
      if (!columns.contains(c)) {
        problems.add("cross_meta_to_data: " + c + " is in the metadata, not the data");
      }
    }
    for (String c : columns) {
      if (!OBSERVATIONAL_UNITS.contains(c) && values.get(c).size() > 1 && !described.containsKey(c)
          && !groups.contains(c)) {
        problems.add("cross_data_to_meta: " + c + " has several values and is not in the metadata");
      }
    }
    // Columns.
    for (String c : columns) {
      if (!c.matches("[a-z][a-z0-9_]*")) {
        problems.add("col_snake_case, col_var_start, col_names_spaces: " + c);
      }
      if (c.length() > 50) {
        problems.add("api_char_col_name: " + c + " is over 50 characters");
      }
    }
    // Meta.
    Set<String> labels = new HashSet<>();
    for (Map<String, String> r : described.values()) {
      String c = r.get("col_name");
      if (!r.get("col_type").equals("Filter") && !r.get("col_type").equals("Indicator")) {
        problems.add("meta_col_type: " + c);
      }
      if (OBSERVATIONAL_UNITS.contains(c) && !c.equals("school_name") && !c.equals("provider_name")
          || r.get("col_type").equals("Filter") && GEOGRAPHY_LIKE.matcher(c).find()) {
        problems.add("meta_ob_unit, meta_geog_catch: " + c + " is time or geography, never in the metadata");
      }
      String label = r.get("label");
      if (label.isBlank()) {
        problems.add("meta_label: " + c + " has no label");
      } else if (!labels.add(label)) {
        problems.add("meta_dupe_label: " + label);
      }
      if (label.length() > 100) {
        problems.add("api_char_col_label: the label of " + c + " is over 100 characters");
      }
      if (HARMONISED_SEARCH.stream().anyMatch(c.toLowerCase()::contains) && !HARMONISED.contains(c)) {
        problems.add("harmonised_variables: " + c + " is not a harmonised name");
      }
      if (r.get("col_type").equals("Indicator")) {
        if (!r.get("indicator_dp").matches("\\d+")) {
          problems.add("meta_ind_dp_set, meta_ind_dp_values: " + c + " has no decimal places set");
        }
        if (!r.get("indicator_unit").isEmpty() && !UNITS.contains(r.get("indicator_unit"))) {
          problems.add("meta_ind_unit_validation: " + c);
        }
        if (!r.get("filter_hint").isEmpty() || !r.get("filter_grouping_column").isEmpty()) {
          problems.add("meta_filter_hint, meta_fil_grp: " + c + " is an indicator");
        }
      } else if (!r.get("indicator_dp").isEmpty() || !r.get("indicator_unit").isEmpty()
          || !r.get("indicator_grouping").isEmpty()) {
        problems.add("meta_indicator_dp, meta_ind_unit, meta_indicator_grouping: " + c + " is a filter");
      }
    }
    // Time.
    for (String period : values.getOrDefault("time_period", Set.of())) {
      if (!period.matches("\\d{6}")) {
        problems.add("time_period_num, time_period: '" + period + "' is not a six-digit academic year");
      } else if ((Integer.parseInt(period.substring(2, 4)) + 1) % 100 != Integer.parseInt(period.substring(4))) {
        problems.add("time_period_six: " + period + " is not two consecutive years");
      }
    }
    if (!values.getOrDefault("time_identifier", Set.of()).equals(Set.of("Academic year"))) {
      problems.add("time_id_valid, time_id_mix: " + values.get("time_identifier"));
    }
    // Filters.
    for (String f : filters) {
      if (!columns.contains(f)) {
        continue;
      }
      Set<String> v = values.get(f);
      if (v.size() < 2) {
        problems.add("filter_not_singular: " + f + " has fewer than two levels");
      }
      String fallback = described.get(f).getOrDefault("filter_default", "");
      if (!v.contains(fallback.isEmpty() ? "Total" : fallback)) {
        problems.add("filter_defaults: " + f + " has no Total and no filter_default among its values");
      }
    }
    for (String g : groups) {
      if (columns.contains(g) && !values.get(g).contains("Total")) {
        problems.add("filter_defaults: filter group " + g + " has no Total");
      }
    }
    List<String> filtersAndGroups = new ArrayList<>(filters);
    filtersAndGroups.addAll(groups);
    for (String f : filtersAndGroups) {
      if (!columns.contains(f)) {
        continue;
      }
      for (String v : values.get(f)) {
        if (v.isEmpty()) {
          problems.add("filter_blanks: " + f + " has a blank cell");
        } else if (!v.equals(v.strip())) {
          problems.add("filter_whitespace: '" + v + "' in " + f);
        }
        if (v.length() > 120) {
          problems.add("api_char_filter_items: '" + v + "' in " + f + " is over 120 characters");
        }
      }
    }
    // Geography.
    Set<String> levels = values.getOrDefault("geographic_level", Set.of());
    for (String level : levels) {
      List<String> needed = LEVELS.get(level);
      if (needed == null) {
        problems.add("geog_level: " + level + " is not a level these tables use");
        continue;
      }
      int l = columns.indexOf("geographic_level");
      for (String c : needed) {
        if (!columns.contains(c)) {
          problems.add("geog_level_present: " + level + " rows need a column " + c);
          continue;
        }
        int i = columns.indexOf(c);
        // new_la_code may be blank for an LA that has none (check_geog_level_completed).
        if (!c.equals("new_la_code") && rows.stream().anyMatch(r -> r.get(l).equals(level) && r.get(i).isEmpty())) {
          problems.add("geog_level_completed: " + c + " is blank on a " + level + " row");
        }
      }
      for (Map.Entry<String, List<String>> owner : COMPATIBLE.entrySet()) {
        for (String c : LEVELS.get(owner.getKey())) {
          int i = columns.indexOf(c);
          if (i >= 0 && !owner.getValue().contains(level)
              && rows.stream().anyMatch(r -> r.get(l).equals(level) && !r.get(i).isEmpty())) {
            problems.add("geog_overcompleted_cols: " + c + " is filled on a " + level + " row");
          }
        }
      }
    }
    int urn = columns.indexOf("school_urn");
    int schoolName = columns.indexOf("school_name");
    if (urn >= 0 && schoolName >= 0 && rows.stream().anyMatch(r -> r.get(urn).equals("x")
        != r.get(schoolName).equals("Not available") && !r.get(urn).isEmpty())) {
      problems.add("geog_na, geog_na_code: a school's code x and name Not available go together");
    }
    for (String c : columns) {
      if (c.endsWith("_code") || c.equals("school_urn") || c.equals("school_laestab")) {
        values.get(c).stream().filter(v -> v.length() > 30)
            .forEach(v -> problems.add("api_char_loc_code: " + v + " is over 30 characters"));
      }
      if (OBSERVATIONAL_UNITS.contains(c) && !c.equals("time_period")
          && (values.get(c).contains("Total") || values.get(c).contains("All"))) {
        problems.add("filter_ob_total: " + c + " has a Total or All row");
      }
    }
    // General.
    boolean schoolsOnly = levels.equals(Set.of("School"));
    int l = columns.indexOf("geographic_level");
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (OBSERVATIONAL_UNITS.contains(columns.get(i)) || filtersAndGroups.contains(columns.get(i))) {
        keys.add(i);
      }
    }
    Set<List<String>> seen = new HashSet<>();
    for (List<String> r : rows) {
      if (l >= 0 && r.get(l).equals("School") && !schoolsOnly) {
        continue;
      }
      if (!seen.add(keys.stream().map(r::get).toList())) {
        problems.add("general_dupes: two rows of " + keys.stream().map(r::get).toList());
        break;
      }
    }
    for (String c : indicators) {
      int i = columns.indexOf(c);
      if (i >= 0 && rows.stream().anyMatch(r -> r.get(i).isEmpty() || r.get(i).equals("~") || r.get(i).equals(":"))) {
        problems.add("ind_invalid_entry: " + c + " has a blank or a legacy symbol");
      }
    }
    Set<String> nulls = Set.of("NULL", "Null", "null", "NA", "na", "N/A", "n/a", ".", "..", "-");
    for (List<String> r : rows) {
      if (r.stream().anyMatch(nulls::contains)) {
        problems.add("general_null: a null or legacy no-data symbol in " + r);
        break;
      }
    }
    return problems;
  }

  private static List<List<String>> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
        List<String> cells = new ArrayList<>();
        r.forEach(cells::add);
        rows.add(cells);
      }
      return rows;
    }
  }
}
