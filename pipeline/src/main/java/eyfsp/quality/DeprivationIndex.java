package eyfsp.quality;

import eyfsp.domain.Settings;
import eyfsp.io.CsvFiles;
import eyfsp.io.CsvRecordReader;
import eyfsp.io.FileSource;
import eyfsp.io.HeaderMap;
import eyfsp.io.InputFiles.InputFile;
import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IDACI by LSOA: the MHCLG File 3 layout as published (through the header aliases in conf) or
 * {@code lsoa_code, idaci_rank, idaci_decile[, idaci_score]}. Rank 1 is the most deprived.
 */
public final class DeprivationIndex {

  public static final List<String> REQUIRED = List.of("lsoa_code", "idaci_rank", "idaci_decile");
  public static final List<String> OPTIONAL = List.of("idaci_score");

  private static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");

  /** One LSOA's deprivation. */
  public record Area(String lsoaCode, int idaciRank, int idaciDecile, Double idaciScore) implements Serializable {}

  private DeprivationIndex() {}

  public static SmallFileCheck<Area> read(FileSource source, InputFile file, Settings settings) {
    HeaderMap header = CsvFiles.header(source, file, REQUIRED, OPTIONAL, settings::aliasesOf).map();
    return SmallFileCheck.run(source, file, header, DeprivationIndex::checkRow, Area::lsoaCode);
  }

  static SmallFileCheck.Outcome<Area> checkRow(HeaderMap header, CsvRecordReader.Record record) {
    List<String> f = record.fields();
    CheckedRow check = new CheckedRow();
    String lsoa = header.value(f, "lsoa_code");
    if (lsoa.isEmpty()) {
      check.reject(RejectReason.MISSING_FIELD, "lsoa_code is blank");
    } else if (!LSOA.matcher(lsoa).matches()) {
      check.reject(RejectReason.BAD_LSOA, "lsoa_code '" + lsoa + "' is not an LSOA code");
    }
    String rankText = header.value(f, "idaci_rank");
    Integer rank = positiveInt(rankText);
    if (rank == null) {
      check.reject(RejectReason.BAD_RANK, "idaci_rank '" + rankText + "' is not a whole number from 1");
    }
    String decileText = header.value(f, "idaci_decile");
    Integer decile = positiveInt(decileText);
    if (decile == null || decile > 10) {
      check.reject(RejectReason.BAD_DECILE, "idaci_decile '" + decileText + "' is not a whole number 1 to 10");
    }
    Double score = null;
    String scoreText = header.value(f, "idaci_score");
    if (!scoreText.isEmpty()) {
      try {
        score = Double.valueOf(scoreText);
      } catch (NumberFormatException e) {
        check.reject(RejectReason.BAD_RANK, "idaci_score '" + scoreText + "' is not a number");
      }
    }
    return new SmallFileCheck.Outcome<>(check.accepted() ? new Area(lsoa, rank, decile, score) : null, check);
  }

  private static Integer positiveInt(String text) {
    if (!text.matches("\\d{1,9}")) {
      return null;
    }
    int value = Integer.parseInt(text);
    return value >= 1 ? value : null;
  }
}
