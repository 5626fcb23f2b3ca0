package eyfsp.quality;

import eyfsp.domain.Areas;
import eyfsp.domain.InputRefusedException;
import eyfsp.domain.Settings;
import eyfsp.io.CsvFiles;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The optional areas file ({@code areas.csv}: {@code lsoa_code, area_code, area_name, area_type}),
 * checked like the other lookups: a blank field is MISSING_FIELD, an LSOA code not of the form
 * BAD_LSOA, an LSOA listed twice under one area type DUPLICATE (the same area) or
 * DUPLICATE_CONFLICT (two areas). An area code given two names stops the run, naming it.
 */
public final class AreaLookup {

  public static final List<String> REQUIRED = List.of("lsoa_code", "area_code", "area_name", "area_type");

  private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

  /** One row: an LSOA in an area of a type. */
  public record Row(String lsoa, String type, String code, String name) {}

  /** The checked file and the areas it gives. */
  public record Result(SmallFileCheck<Row> check, Areas areas) {}

  private AreaLookup() {}

  public static Result read(FileSource source, InputFile file, Settings settings) {
    HeaderMap header = CsvFiles.header(source, file, REQUIRED, List.of(), settings::aliasesOf).map();
    SmallFileCheck<Row> check = SmallFileCheck.run(source, file, header, AreaLookup::checkRow,
        row -> row.lsoa() + "\u001f" + row.type());
    List<String> types = new ArrayList<>();
    Map<List<String>, String> names = new LinkedHashMap<>();
    for (Row row : check.accepted()) {
      if (!types.contains(row.type())) {
        types.add(row.type());
      }
      String name = names.putIfAbsent(List.of(row.type(), row.code()), row.name());
      if (name != null && !name.equals(row.name())) {
        throw new InputRefusedException(String.format("%s gives %s %s two names (%s; %s): an area has one name.",
            file.name(), row.type(), row.code(), name, row.name()));
      }
    }
    Map<String, String[]> byLsoa = new HashMap<>();
    for (Row row : check.accepted()) {
      byLsoa.computeIfAbsent(row.lsoa(), l -> new String[types.size()])[types.indexOf(row.type())] = row.code();
    }
    return new Result(check, new Areas(List.copyOf(types), byLsoa, names));
  }

  static SmallFileCheck.Outcome<Row> checkRow(HeaderMap header, CsvRecordReader.Record record) {
    List<String> f = record.fields();
    CheckedRow check = new CheckedRow();
    for (String column : REQUIRED) {
      if (header.value(f, column).isEmpty()) {
        check.reject(RejectReason.MISSING_FIELD, column + " is blank");
      }
    }
    String lsoa = header.value(f, "lsoa_code").toUpperCase(java.util.Locale.ROOT);
    if (!lsoa.isEmpty() && !LSOA.matcher(lsoa).matches()) {
      check.reject(RejectReason.BAD_LSOA, "lsoa_code '" + lsoa + "' is not an LSOA code");
    }
    Row row = new Row(lsoa, header.value(f, "area_type"), header.value(f, "area_code"), header.value(f, "area_name"));
    return new SmallFileCheck.Outcome<>(check.accepted() ? row : null, check);
  }
}
