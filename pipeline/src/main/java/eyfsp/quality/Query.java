package eyfsp.quality;

/** A doubt about a row that keeps it (contract: queries are counted in the data-quality output). */
public enum Query {
  SEX_NOT_M_OR_F("sex other than M or F: reported as Unknown"),
  BIRTH_DATE_OUTSIDE_COHORT("date of birth outside the cohort's age window"),
  NO_CENSUS_MATCH("no School Census row for the child's UPN and year"),
  LSOA_NOT_IN_DEPRIVATION_FILE("home LSOA not in the deprivation file");

  private final String meaning;

  Query(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }
}
