package eyfsp.enrich;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed pseudonym that stands in for a UPN in every child-level output: HMAC-SHA256 of the
 * UPN under a secret key, first 16 bytes in hex. The same child gets the same pseudonym in every
 * run with the same key, and nobody without the key can go back to the UPN. One pseudonym may be
 * shared by the tasks of an executor (a broadcast lookup): each thread has a MAC of its own, as a MAC
 * holds state while it digests.
 */
public final class Pseudonym implements Serializable {

  private final byte[] key;
  private final transient ThreadLocal<Mac> mac = ThreadLocal.withInitial(this::newMac);

  public Pseudonym(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  public String of(String upn) {
    byte[] digest = mac.get().doFinal(upn.getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** A deserialized pseudonym gets MACs of its own (the transient field is not restored). */
  private Object readResolve() {
    return new Pseudonym(key);
  }
}
