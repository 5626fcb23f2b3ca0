package eyfsp.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PseudonymTest {

  private static final byte[] KEY = "a test key of 32 characters long".getBytes(StandardCharsets.US_ASCII);

  /** HMAC-SHA256 of the UPN under the key, its first 16 bytes in hex, as openssl gives it. */
  @Test
  void isTheFirstHalfOfTheHmac() {
    // printf A123456789012 | openssl dgst -sha256 -hmac "a test key of 32 characters long"
    assertThat(new Pseudonym(KEY).of("A123456789012")).isEqualTo("7017752cf759741642d5d6434dfcaefd");
  }

  /** The tasks of an executor share one pseudonym (a broadcast lookup): each must get its own children's. */
  @Test
  void threadsSharingOnePseudonymGetTheirOwnChildrens() throws Exception {
    Pseudonym shared = roundTrip(new Pseudonym(KEY));
    Pseudonym alone = new Pseudonym(KEY);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        tasks.add(pool.submit(() -> {
          boolean same = true;
          for (int i = 0; i < 20_000; i++) {
            String upn = "A" + thread + String.format("%011d", i);
            same &= shared.of(upn).equals(new Pseudonym(KEY).of(upn));
          }
          return same;
        }));
      }
      for (Future<Boolean> task : tasks) {
        assertThat(task.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared.of("A123456789012")).isEqualTo(alone.of("A123456789012"));
  }

  private static Pseudonym roundTrip(Pseudonym p) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (Pseudonym) in.readObject();
    }
  }
}
