package eyfsp.quality;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

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

/** The School Census extracts read and checked in Spark: one row per record, with its reasons. */
public final class Census {

  private Census() {}

  public static final StructType SCHEMA = schema();

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(Returns.provenanceFields());
    fields.add(DataTypes.createStructField("academic_year", IntegerType, true));
    fields.add(DataTypes.createStructField("upn", StringType, true));
    fields.add(DataTypes.createStructField("fsm", StringType, true));
    fields.add(DataTypes.createStructField("first_language", StringType, true));
    fields.add(DataTypes.createStructField("ethnicity", StringType, true));
    fields.add(DataTypes.createStructField("ethnicity_major", StringType, true));
    fields.add(DataTypes.createStructField("sen_provision", StringType, true));
    fields.add(DataTypes.createStructField("home_lsoa", StringType, true));
    return DataTypes.createStructType(fields);
  }

  public static Row toRow(String file, CensusRowCheck.Result r) {
    boolean accepted = r.check().accepted();
    return RowFactory.create(file, r.lineNumber(), accepted ? null : r.raw(),
        r.check().reasonCodes().toArray(new String[0]), r.check().detail(), r.year(), r.upn(), r.fsm(), r.firstLanguage(),
        r.ethnicity(), r.ethnicityMajor(), r.senProvision(), r.homeLsoa());
  }

  public static Dataset<Row> read(SparkSession spark, FileSource source, List<FileRows.Part> parts,
      CensusRowCheck check) {
    return FileRows.read(spark, source, parts, SCHEMA, (file, header, record) -> toRow(file, check.check(header, record)));
  }

  /** Reads again the rows whose key repeats, for the duplicate check. */
  public static Duplicates.Contents contents(FileSource source, List<FileRows.Part> parts, CensusRowCheck check) {
    return FileRows.contents(source, parts, (header, record) -> check.check(header, record).content());
  }
}
