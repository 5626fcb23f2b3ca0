package eyfsp.jobs;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import eyfsp.measures.LocalCohorts;
import eyfsp.quality.Checked;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * How values cross Spark's shuffle and come back from tasks under Kryo (spark.kryo.registrator).
 * The rows of the pass, over a million a national year, are written field by field by hand; every
 * other record (a rare reject, a task's counts) in Java's own serialization, as Kryo's field
 * serializer cannot set a record's final fields.
 */
public final class PassKryo implements KryoRegistrator {

  @Override
  public void registerClasses(Kryo kryo) {
    kryo.addDefaultSerializer(Record.class, JavaSerializer.class);
    kryo.register(Checked.Line.class, new Serializer<Checked.Line>() {
      @Override
      public void write(Kryo k, Output out, Checked.Line line) {
        out.writeInt(line.file(), true);
        out.writeLong(line.number(), true);
        out.writeString(line.raw());
      }

      @Override
      public Checked.Line read(Kryo k, Input in, Class<Checked.Line> type) {
        return new Checked.Line(in.readInt(true), in.readLong(true), in.readString());
      }
    });
    kryo.register(Checked.Counted.class, new Serializer<Checked.Counted>() {
      @Override
      public void write(Kryo k, Output out, Checked.Counted counted) {
        out.writeInt(counted.file(), true);
        out.writeLong(counted.rows(), true);
      }

      @Override
      public Checked.Counted read(Kryo k, Input in, Class<Checked.Counted> type) {
        return new Checked.Counted(in.readInt(true), in.readLong(true));
      }
    });
    // What tasks send back: counts in maps keyed by immutable lists, which Kryo cannot rebuild.
    kryo.register(ChildPass.Result.class, new JavaSerializer());
    kryo.register(LocalCohorts.Counter.class, new JavaSerializer());
    // The broadcast lookups: immutable maps too.
    kryo.register(eyfsp.enrich.ChildMerge.class, new JavaSerializer());
  }
}
