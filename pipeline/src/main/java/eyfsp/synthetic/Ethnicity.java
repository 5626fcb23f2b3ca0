package eyfsp.synthetic;

import java.util.SplittableRandom;

/** DfE minor ethnicity codes drawn in rough national proportions, and a first language to go with them. */
record Ethnicity(String code) {

  private static final String[] ENGLISH_FIRST = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI",
      "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WIRI", "MWBC", "MWBA", "MOTH", "BCRB", "AIND",
      "WOTH", "REFU"};
  private static final String[] OTHER_FIRST = {"APKN", "APKN", "AIND", "ABAN", "AOTH", "BAFR", "BAFR", "BOTH", "WOTH",
      "WOTH", "WROM", "MOTH", "CHNE", "OOTH", "OOTH", "NOBT"};
  private static final String[] LANGUAGES = {"URD", "PNJ", "BNG", "POL", "SOM", "ARA", "GUJ", "TUR", "PRS", "LIT"};

  static Ethnicity draw(boolean otherLanguage, SplittableRandom random) {
    String[] codes = otherLanguage ? OTHER_FIRST : ENGLISH_FIRST;
    return new Ethnicity(codes[random.nextInt(codes.length)]);
  }

  String language(SplittableRandom random) {
    return LANGUAGES[random.nextInt(LANGUAGES.length)];
  }
}
