package eyfsp.quality;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import eyfsp.domain.BirthDates;
import eyfsp.io.FileSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The EYFSP returns read and checked in Spark: one row per record, with its reasons. The date of
 * birth is checked and turned into the term of birth here; the rows carry no date, which no later
 * stage needs and which is personal data.
 */
public final class Returns {

  private Returns() {}

  /** Columns every checked-rows dataset starts with, whatever the input. */
  static List<StructField> provenanceFields() {
    return List.of(
        DataTypes.createStructField("source_file", StringType, false),
        DataTypes.createStructField("line_number", LongType, false),
        DataTypes.createStructField("raw", StringType, true),
        DataTypes.createStructField("reasons", DataTypes.createArrayType(StringType, false), false),
        DataTypes.createStructField("detail", StringType, false));
  }

  public static StructType schema(List<String> scaleCodes) {
    List<StructField> fields = new ArrayList<>(provenanceFields());
    fields.add(DataTypes.createStructField("academic_year", IntegerType, true));
    fields.add(DataTypes.createStructField("la_code", StringType, true));
    fields.add(DataTypes.createStructField("estab", StringType, true));
    fields.add(DataTypes.createStructField("upn", StringType, true));
    fields.add(DataTypes.createStructField("sex", StringType, true));
    fields.add(DataTypes.createStructField("term_of_birth", StringType, true));
    for (String scale : scaleCodes) {
      fields.add(DataTypes.createStructField(scale, IntegerType, true));
    }
    fields.add(DataTypes.createStructField("assessed", BooleanType, false));
    fields.add(DataTypes.createStructField("total_points", IntegerType, true));
    fields.add(DataTypes.createStructField("gld", BooleanType, true));
    fields.add(DataTypes.createStructField("points78", BooleanType, true));
    fields.add(DataTypes.createStructField("psed_cll_secure", BooleanType, true));
    fields.add(DataTypes.createStructField("sex_queried", BooleanType, false));
    fields.add(DataTypes.createStructField("birth_date_queried", BooleanType, false));
    return DataTypes.createStructType(fields);
  }

  public static Row toRow(String file, ReturnRowCheck.Result r) {
    boolean accepted = r.check().accepted();
    List<Object> values = new ArrayList<>();
    values.add(file);
    values.add(r.lineNumber());
    // Accepted rows travel without their text: only rejects need it (duplicates read it again).
    values.add(accepted ? null : r.raw());
    values.add(r.check().reasonCodes().toArray(new String[0]));
    values.add(r.check().detail());
    values.add(r.year());
    values.add(r.laCode());
    values.add(r.estab());
    values.add(r.upn());
    values.add(r.sex());
    values.add(r.dateOfBirth() == null ? null : BirthDates.termOfBirth(r.dateOfBirth()));
    for (int score : r.scores()) {
      values.add(score >= 0 ? score : null);
    }
    var outcome = r.outcome();
    values.add(outcome != null);
    values.add(outcome == null ? null : outcome.total());
    values.add(outcome == null ? null : outcome.goodLevel());
    values.add(outcome == null ? null : outcome.points78());
    values.add(outcome == null ? null : outcome.secureInGoodLevelAreas());
    values.add(r.sexQueried());
    values.add(r.birthDateQueried());
    return RowFactory.create(values.toArray());
  }

  public static Dataset<Row> read(SparkSession spark, FileSource source, List<FileRows.Part> parts,
      ReturnRowCheck check) {
    return FileRows.read(spark, source, parts, schema(check.scaleCodes()),
        (file, header, record) -> toRow(file, check.check(header, record)));
  }

  /** Reads again the rows whose key repeats, for the duplicate check. */
  public static Duplicates.Contents contents(FileSource source, List<FileRows.Part> parts, ReturnRowCheck check) {
    return FileRows.contents(source, parts, (header, record) -> check.check(header, record).content());
  }
}
