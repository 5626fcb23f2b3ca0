package eyfsp.jobs;

import eyfsp.measures.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A small table as one Parquet file, written without Spark (./eyfsp trajectories and targets run
 * in a second): the columns typed as the run's Parquet tables are (text as UTF-8 strings, whole
 * numbers as int32 or int64, others as double, every column optional), so Spark, DuckDB or pandas
 * read a what-if's drafts as they read a run's.
 */
final class ParquetFile {

  private ParquetFile() {}

  /** Writes the table to a stream (a file being written whole or not at all). */
  static void write(Table table, OutputStream out) {
    MessageType schema = schema(table);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamFile(out)).withType(schema).build()) {
      SimpleGroupFactory groups = new SimpleGroupFactory(schema);
      for (Row row : table.rows()) {
        Group group = groups.newGroup();
        for (int i = 0; i < row.size(); i++) {
          if (row.isNullAt(i)) {
            continue;
          }
          Object value = row.get(i);
          String name = table.schema().fields()[i].name();
          if (value instanceof String s) {
            group.append(name, s);
          } else if (value instanceof Integer n) {
            group.append(name, n);
          } else if (value instanceof Long n) {
            group.append(name, n);
          } else {
            group.append(name, ((Number) value).doubleValue());
          }
        }
        writer.write(group);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MessageType schema(Table table) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (StructField field : table.schema().fields()) {
      if (field.dataType().equals(DataTypes.StringType)) {
        message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(field.name());
      } else if (field.dataType().equals(DataTypes.IntegerType)) {
        message.optional(PrimitiveTypeName.INT32).named(field.name());
      } else if (field.dataType().equals(DataTypes.LongType)) {
        message.optional(PrimitiveTypeName.INT64).named(field.name());
      } else {
        message.optional(PrimitiveTypeName.DOUBLE).named(field.name());
      }
    }
    return message.named("spark_schema");
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
}
