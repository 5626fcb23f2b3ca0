package eyfsp.quality;

import eyfsp.domain.InputRefusedException;
import eyfsp.domain.LocalAuthority;
import eyfsp.domain.Settings;
import eyfsp.io.CsvFiles;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE LA lookup ({@code region_code, region_name, old_la_code, la_name, new_la_code}). Rows
 * whose old code is not three digits are not LAs and are passed over; rows sharing an LA number
 * that agree on region and name are one LA with the first-listed ONS code; rows that disagree,
 * or a region code listed with two names, stop the run (contract, LA lookup).
 */
public final class LocalAuthorityLookup {

  public static final List<String> COLUMNS = List.of("region_code", "region_name", "old_la_code", "la_name", "new_la_code");

  private LocalAuthorityLookup() {}

  /** The checked file and its LAs by 3-digit number, in the file's order. */
  public record Result(SmallFileCheck<Optional<LocalAuthority>> check, Map<String, LocalAuthority> byCode) {}

  public static Result read(FileSource source, InputFile file, Settings settings) {
    HeaderMap header = CsvFiles.header(source, file, COLUMNS, List.of(), settings::aliasesOf).map();
    SmallFileCheck<Optional<LocalAuthority>> check =
        SmallFileCheck.run(source, file, header, LocalAuthorityLookup::checkRow, null);
    Map<String, LocalAuthority> byCode = new LinkedHashMap<>();
    Map<String, String> regionNames = new LinkedHashMap<>();
    for (Optional<LocalAuthority> row : check.accepted()) {
      row.ifPresent(la -> {
        LocalAuthority first = byCode.putIfAbsent(la.laCode(), la);
        if (first != null && !(first.name().equals(la.name()) && first.regionCode().equals(la.regionCode()))) {
          throw new InputRefusedException(String.format(
              "%s lists LA %s twice with a different name or region (%s in %s, %s in %s).",
              file.name(), la.laCode(), first.name(), first.regionCode(), la.name(), la.regionCode()));
        }
        String regionName = regionNames.putIfAbsent(la.regionCode(), la.regionName());
        if (regionName != null && !regionName.equals(la.regionName())) {
          throw new InputRefusedException(String.format(
              "%s gives region %s two names (%s; %s for LA %s): a region's LAs must agree on its name.",
              file.name(), la.regionCode(), regionName, la.regionName(), la.laCode()));
        }
      });
    }
    if (byCode.isEmpty()) {
      throw new InputRefusedException(file.name() + " lists no local authority with a 3-digit number.");
    }
    return new Result(check, byCode);
  }

  static SmallFileCheck.Outcome<Optional<LocalAuthority>> checkRow(HeaderMap header, CsvRecordReader.Record record) {
    List<String> f = record.fields();
    CheckedRow check = new CheckedRow();
    String laCode = header.value(f, "old_la_code");
    if (!laCode.matches("\\d{3}")) {
      return new SmallFileCheck.Outcome<>(Optional.empty(), check);
    }
    for (String column : List.of("region_code", "region_name", "la_name", "new_la_code")) {
      if (header.value(f, column).isEmpty()) {
        check.reject(RejectReason.MISSING_FIELD, column + " is blank");
      }
    }
    String ons = header.value(f, "new_la_code");
    if (!ons.isEmpty() && ons.length() != 9) {
      check.reject(RejectReason.BAD_LA_CODE, "new_la_code '" + ons + "' is not 9 characters");
    }
    LocalAuthority la = new LocalAuthority(laCode, ons, header.value(f, "la_name"), header.value(f, "region_code"),
        header.value(f, "region_name"));
    return new SmallFileCheck.Outcome<>(check.accepted() ? Optional.of(la) : null, check);
  }
}
