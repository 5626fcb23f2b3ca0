package eyfsp.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How School Census codes map onto the groups the tables report (contract, School Census). */
public record CensusCodes(
    List<String> fsmYes,
    List<String> fsmNo,
    List<String> englishLanguageCodes,
    List<String> unknownLanguageCodes,
    Map<String, List<String>> senProvision,
    Map<String, List<String>> ethnicity,
    Map<String, String> ethnicityPrefixes,
    Map<String, List<String>> ethnicityMinor) implements java.io.Serializable {

  /** Codes compare in upper case, whatever case conf gives them in. */
  public CensusCodes {
    fsmYes = upper(fsmYes);
    fsmNo = upper(fsmNo);
    englishLanguageCodes = upper(englishLanguageCodes);
    unknownLanguageCodes = upper(unknownLanguageCodes);
    senProvision = upper(senProvision);
    ethnicity = upper(ethnicity);
    ethnicityMinor = upper(ethnicityMinor);
  }

  private static List<String> upper(List<String> codes) {
    return codes == null ? List.of() : codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
  }

  private static Map<String, List<String>> upper(Map<String, List<String>> groups) {
    Map<String, List<String>> upper = new java.util.LinkedHashMap<>();
    if (groups != null) {
      groups.forEach((group, codes) -> upper.put(group, upper(codes)));
    }
    return upper;
  }

  public static final String UNKNOWN = "Unknown";
  public static final String UNCLASSIFIED = "Unclassified";
  public static final String FSM_ELIGIBLE = "FSM eligible";
  public static final String NOT_FSM_ELIGIBLE = "Not FSM eligible";
  public static final String ENGLISH = "English";
  public static final String OTHER_THAN_ENGLISH = "Other than English";
  /** The SEN provision group of children with no special educational needs (census.sen_provision). */
  public static final String NO_SEN = "No SEN";

  /** FSM eligibility: Optional.empty() for an unrecognised value, "Unknown" for a blank. */
  public Optional<String> fsm(String value) {
    if (value.isEmpty()) {
      return Optional.of(UNKNOWN);
    }
    String v = value.toUpperCase(Locale.ROOT);
    if (fsmYes.contains(v)) {
      return Optional.of(FSM_ELIGIBLE);
    }
    if (fsmNo.contains(v)) {
      return Optional.of(NOT_FSM_ELIGIBLE);
    }
    return Optional.empty();
  }

  /** First language: English, Other than English, or Unknown (blank and the unknown codes). */
  public String firstLanguage(String value) {
    String v = value.toUpperCase(Locale.ROOT);
    if (v.isEmpty() || unknownLanguageCodes.contains(v)) {
      return UNKNOWN;
    }
    return englishLanguageCodes.contains(v) ? ENGLISH : OTHER_THAN_ENGLISH;
  }

  /** SEN provision group: Optional.empty() for an unrecognised code, "Unknown" for a blank. */
  public Optional<String> senProvision(String value) {
    if (value.isEmpty()) {
      return Optional.of(UNKNOWN);
    }
    String v = value.toUpperCase(Locale.ROOT);
    return senProvision.entrySet().stream()
        .filter(e -> e.getValue().contains(v))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** Major ethnic group of a minor code, by the listed codes then by prefix; "Unclassified" for a blank. */
  public Optional<String> ethnicityMajor(String value) {
    if (value.isEmpty()) {
      return Optional.of(UNCLASSIFIED);
    }
    String v = value.toUpperCase(Locale.ROOT);
    Optional<String> listed = ethnicity.entrySet().stream()
        .filter(e -> e.getValue().contains(v))
        .map(Map.Entry::getKey)
        .findFirst();
    if (listed.isPresent() || v.length() != 4) {
      return listed;
    }
    return Optional.ofNullable(ethnicityPrefixes.get(v.substring(0, 1)));
  }

  /**
   * DfE's minor ethnic group of a code (census.ethnicity_minor), given the code's major group: a
   * code listed under no minor group is counted under its major group's name.
   */
  public String ethnicityMinor(String code, String major) {
    if (code != null && !code.isEmpty()) {
      String v = code.toUpperCase(Locale.ROOT);
      for (Map.Entry<String, List<String>> group : ethnicityMinor.entrySet()) {
        if (group.getValue().contains(v)) {
          return group.getKey();
        }
      }
    }
    return major;
  }

  /** The minor groups in order, then the major groups' names for codes listed under none. */
  public List<String> ethnicityMinorGroups() {
    java.util.LinkedHashSet<String> groups = new java.util.LinkedHashSet<>(ethnicityMinor.keySet());
    groups.addAll(ethnicity.keySet());
    groups.add(UNCLASSIFIED);
    return List.copyOf(groups);
  }
}
