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
 * run with the same key, and nobody without the key can go back to the UPN.
 */
public final class Pseudonym implements Serializable {

  private final byte[] key;
  private transient Mac mac;

  public Pseudonym(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
    }
    this.key = key.clone();
  }

  public String of(String upn) {
    try {
      if (mac == null) {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
      }
      byte[] digest = mac.doFinal(upn.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
