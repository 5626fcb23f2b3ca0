package eyfsp.store;

import eyfsp.io.CsvRecordReader;
import eyfsp.io.TidyCsv;
import eyfsp.measures.GeographicLevel;
import eyfsp.trajectories.Place;
import java.util.Optional;

/** A tidy row's place, read from DfE's geography columns (geographic_level, region_code, old_la_code ...). */
final class PlaceCells {

  private PlaceCells() {}

  /** A row's place, or empty when its level is not National, Regional or Local authority (School ...). */
  static Optional<Place> of(TidyCsv csv, CsvRecordReader.Record r) {
    String level = csv.cell(r, "geographic_level");
    String regionCode = blankToNull(csv.cell(r, "region_code"));
    String regionName = blankToNull(csv.cell(r, "region_name"));
    if (level.equalsIgnoreCase(GeographicLevel.NATIONAL.label())) {
      return Optional.of(Place.national());
    }
    if (level.equalsIgnoreCase(GeographicLevel.REGIONAL.label())) {
      if (regionCode == null) {
        throw csv.refusal(r, "a Regional row has no region_code");
      }
      return Optional.of(new Place(GeographicLevel.REGIONAL, regionCode, regionName, null, null, null));
    }
    if (level.equalsIgnoreCase(GeographicLevel.LOCAL_AUTHORITY.label())) {
      String la = csv.cell(r, "old_la_code");
      if (!la.matches("\\d{3}")) {
        throw csv.refusal(r, "old_la_code '" + la + "' is not a 3-digit DfE LA number");
      }
      return Optional.of(Place.localAuthority(la, blankToNull(csv.cell(r, "new_la_code")),
          blankToNull(csv.cell(r, "la_name")), regionCode, regionName));
    }
    return Optional.empty();
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
