package eyfsp.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One Parquet file of flat rows (text, whole numbers, doubles, true/false), written with the
 * Parquet library itself, on the driver (the tables), in a Spark task (the children) or without
 * Spark at all (the drafts of ./eyfsp trajectories and targets), never with a Spark query per
 * file. The file carries the Spark schema as Spark's own writer does, so Spark reads it back with
 * the same column types.
 */
public final class ParquetRows implements Closeable {

  /** The key under which Spark keeps a file's Spark schema (ParquetReadSupport.SPARK_METADATA_KEY). */
  private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

  private final ParquetWriter<Object[]> writer;
  private final TrackedFile file;

  private ParquetRows(ParquetWriter<Object[]> writer, TrackedFile file) {
    this.writer = writer;
    this.file = file;
  }

  /** A new file at a path or URI (replacing one left there by an earlier attempt of the same task). */
  public static ParquetRows create(FileSource source, String path, StructType schema) {
    return create(source, path, schema, Set.of());
  }

  /**
   * The same, with columns whose values are nearly all different (a pseudonym) written without a
   * dictionary: looking each value up in a dictionary that only grows costs more than it saves.
   */
  public static ParquetRows create(FileSource source, String path, StructType schema, Set<String> distinctColumns) {
    Configuration conf = source.configuration();
    try {
      // A local file is written with java.nio: no Hadoop checksum file beside it.
      java.nio.file.Path local = FileSource.localPath(path);
      if (local != null) {
        java.nio.file.Files.createDirectories(local.toAbsolutePath().getParent());
      }
      return create(local != null ? new LocalOutputFile(local) : HadoopOutputFile.fromPath(new Path(path), conf), conf,
          schema, distinctColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ParquetRows create(OutputFile target, Configuration conf, StructType schema,
      Set<String> distinctColumns) throws IOException {
    TrackedFile file = new TrackedFile(target);
    Builder builder = new Builder(file, schema)
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    distinctColumns.forEach(column -> builder.withDictionaryEncoding(column, false));
    return new ParquetRows(builder.build(), file);
  }

  /** A small table as one file, part-00000.snappy.parquet, in a folder of its own. */
  public static void writeTable(FileSource source, String folder, StructType schema, List<Row> rows) {
    try (ParquetRows file = create(source, folder + "/part-00000.snappy.parquet", schema)) {
      file.writeAll(rows, schema.size());
    }
  }

  /**
   * A small table as one file written to a stream, which the caller closes once the file is whole
   * (a file written whole or not at all, as ./eyfsp trajectories and targets write theirs).
   */
  public static void writeTable(OutputStream out, StructType schema, List<Row> rows) {
    try (ParquetRows file = create(new StreamFile(out), new Configuration(), schema, Set.of())) {
      file.writeAll(rows, schema.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeAll(List<Row> rows, int columns) {
    Object[] values = new Object[columns];
    for (Row row : rows) {
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(i);
      }
      write(values);
    }
  }

  /** One row: a value per column of the schema, null where empty. */
  public void write(Object[] values) {
    try {
      writer.write(values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finishes the file; one that cannot be finished (a full disk) still lets go of it. */
  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException | RuntimeException e) {
      file.release();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** A file whose stream is kept, to be let go of when writing it fails half-way. */
  private static final class TrackedFile implements OutputFile {
    private final OutputFile file;
    private PositionOutputStream stream;

    TrackedFile(OutputFile file) {
      this.file = file;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
      stream = file.create(blockSizeHint);
      return stream;
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
      stream = file.createOrOverwrite(blockSizeHint);
      return stream;
    }

    @Override
    public boolean supportsBlockSize() {
      return file.supportsBlockSize();
    }

    @Override
    public long defaultBlockSize() {
      return file.defaultBlockSize();
    }

    @Override
    public String getPath() {
      return file.getPath();
    }

    void release() {
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException | RuntimeException ignored) {
          // The write has failed already; that failure is the one reported.
        }
      }
    }
  }

  /** Parquet's file, over a stream that is written from its start and never sought. */
  private record StreamFile(OutputStream out) implements OutputFile {
    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() {
          // The caller closes the stream it handed in, once the file is whole.
        }
      };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return "stream";
    }
  }

  /** The Parquet type of a Spark column, as Spark's writer makes it. */
  static MessageType messageType(StructType schema) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : schema.fields()) {
      Repetition repetition = field.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
      DataType type = field.dataType();
      if (type.equals(DataTypes.StringType)) {
        message.primitive(PrimitiveTypeName.BINARY, repetition).as(LogicalTypeAnnotation.stringType())
            .named(field.name());
      } else if (type.equals(DataTypes.IntegerType)) {
        message.primitive(PrimitiveTypeName.INT32, repetition).named(field.name());
      } else if (type.equals(DataTypes.LongType)) {
        message.primitive(PrimitiveTypeName.INT64, repetition).named(field.name());
      } else if (type.equals(DataTypes.DoubleType)) {
        message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(field.name());
      } else if (type.equals(DataTypes.BooleanType)) {
        message.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(field.name());
      } else {
        throw new IllegalArgumentException("column " + field.name() + " is of type " + type + ", not a flat type");
      }
    }
    return message.named("spark_schema");
  }

  private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
    private final StructType schema;

    Builder(OutputFile file, StructType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
      return new Support(schema);
    }
  }

  /** Writes each row's values as the fields of one record, leaving out the empty ones. */
  private static final class Support extends WriteSupport<Object[]> {
    private enum Kind { STRING, INTEGER, LONG, DOUBLE, BOOLEAN }

    private final StructType schema;
    private final String[] names;
    /** Each column's type, looked up once: a value is written as its column's kind says. */
    private final Kind[] kinds;
    private RecordConsumer consumer;

    Support(StructType schema) {
      this.schema = schema;
      this.names = schema.fieldNames();
      this.kinds = java.util.Arrays.stream(schema.fields()).map(f -> kind(f.dataType())).toArray(Kind[]::new);
    }

    private static Kind kind(DataType type) {
      return type.equals(DataTypes.StringType) ? Kind.STRING
          : type.equals(DataTypes.IntegerType) ? Kind.INTEGER
          : type.equals(DataTypes.LongType) ? Kind.LONG
          : type.equals(DataTypes.DoubleType) ? Kind.DOUBLE
          : Kind.BOOLEAN;
    }

    @Override
    public WriteContext init(Configuration configuration) {
      return new WriteContext(messageType(schema), Map.of(SPARK_SCHEMA, schema.json()));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.consumer = recordConsumer;
    }

    @Override
    public void write(Object[] values) {
      consumer.startMessage();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) {
          continue;
        }
        consumer.startField(names[i], i);
        switch (kinds[i]) {
          case STRING -> consumer.addBinary(Binary.fromString((String) v));
          case INTEGER -> consumer.addInteger((Integer) v);
          case LONG -> consumer.addLong((Long) v);
          case DOUBLE -> consumer.addDouble((Double) v);
          case BOOLEAN -> consumer.addBoolean((Boolean) v);
        }
        consumer.endField(names[i], i);
      }
      consumer.endMessage();
    }
  }
}
