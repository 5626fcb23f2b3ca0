package eyfsp.quality;

import eyfsp.domain.School;
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
 * The optional schools file ({@code schools.csv}): Get Information About Schools (GIAS) as DfE
 * publishes it, of which {@code laestab}, {@code establishment_name} and, if present,
 * {@code establishment_type} and {@code urn} (the unique reference number a published school row
 * is known by on Explore Education Statistics) are used. Rows with a blank LAESTAB are establishments outside any
 * English LA (offshore schools) and are passed over; rows sharing a LAESTAB are duplicates as the
 * contract says.
 */
public final class SchoolDirectory {

  public static final List<String> REQUIRED = List.of("laestab", "establishment_name");
  public static final List<String> OPTIONAL = List.of("establishment_type", "urn");

  /** The checked file and its schools by LAESTAB. */
  public record Result(SmallFileCheck<Optional<School>> check, Map<String, School> byLaestab) {}

  private SchoolDirectory() {}

  public static Result read(FileSource source, InputFile file, Settings settings) {
    HeaderMap header = CsvFiles.header(source, file, REQUIRED, OPTIONAL, settings::aliasesOf).map();
    SmallFileCheck<Optional<School>> check = SmallFileCheck.run(source, file, header, SchoolDirectory::checkRow,
        school -> school.map(School::laestab).orElse(null));
    Map<String, School> byLaestab = new LinkedHashMap<>();
    check.accepted().forEach(row -> row.ifPresent(s -> byLaestab.put(s.laestab(), s)));
    return new Result(check, byLaestab);
  }

  static SmallFileCheck.Outcome<Optional<School>> checkRow(HeaderMap header, CsvRecordReader.Record record) {
    List<String> f = record.fields();
    CheckedRow check = new CheckedRow();
    String laestab = header.value(f, "laestab");
    if (laestab.isEmpty()) {
      return new SmallFileCheck.Outcome<>(Optional.empty(), check);
    }
    if (!laestab.matches("\\d{7}")) {
      check.reject(RejectReason.BAD_LAESTAB, "laestab '" + laestab + "' is not 7 digits");
    }
    String name = header.value(f, "establishment_name");
    if (name.isEmpty()) {
      check.reject(RejectReason.MISSING_FIELD, "establishment_name is blank");
    }
    String type = header.value(f, "establishment_type");
    String urn = header.value(f, "urn");
    School school = new School(laestab, name, type.isEmpty() ? null : type, urn.isEmpty() ? null : urn);
    return new SmallFileCheck.Outcome<>(check.accepted() ? Optional.of(school) : null, check);
  }
}
