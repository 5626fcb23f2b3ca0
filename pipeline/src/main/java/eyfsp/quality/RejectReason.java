package eyfsp.quality;

/** Why a row is quarantined (contract, "Checks on every row"). Every reject carries all that apply. */
public enum RejectReason {
  MALFORMED_ROW("wrong number of fields, broken quoting, or bytes that are not UTF-8 text"),
  MISSING_FIELD("a required field is blank"),
  BAD_YEAR("academic year not in a contract form, or not a year of a framework whose columns the file holds"),
  BAD_DATE("date of birth blank or not a real date in YYYY-MM-DD or DD/MM/YYYY"),
  BAD_ESTAB("establishment neither a 4-digit number nor a 6-digit early years URN (500000-799999)"),
  BAD_LAESTAB("LAESTAB not 7 digits (the 3-digit LA number, then the 4-digit establishment number)"),
  BAD_UPN("not 13 characters of the UPN form, or wrong check letter"),
  UNKNOWN_LA("LA number not in the LA lookup"),
  BAD_SCALE("a scale or goal blank, not an integer, or outside its framework's values (and not a not-assessed code)"),
  BAD_FSM("FSM eligibility not Y/N, true/false, 1/0 or blank"),
  BAD_SEN("SEN provision not a known code or blank"),
  BAD_ETHNICITY("ethnicity not a known DfE code or blank"),
  BAD_LSOA("LSOA code not of the form E01nnnnnn or W01nnnnnn"),
  BAD_RANK("deprivation rank not a whole number from 1, or score not a number"),
  BAD_DECILE("deprivation decile not a whole number 1 to 10"),
  UNKNOWN_FLAG("a children's flag not named in conf (children_flags)"),
  BAD_LA_CODE("LA lookup row with an ONS code that is not 9 characters"),
  DUPLICATE("same key as an accepted row and identical in every field: one copy is kept"),
  DUPLICATE_CONFLICT("same key, different content: every copy is quarantined");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
