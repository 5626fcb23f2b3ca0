package eyfsp.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import eyfsp.domain.Settings;
import eyfsp.enrich.Pseudonym;
import eyfsp.io.SettingsFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What makes two runs the same run: the code version, the settings, the pseudonym key, the slice
 * asked for, every input's checksum and the checksums of the drafts the report is drawn from.
 * Recorded in the manifest, compared by --if-changed, and checked before a slice is merged into an
 * earlier output.
 */
final class Fingerprints {

  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Fingerprints() {}

  static String settings(Settings settings) {
    try {
      return sha256(CANONICAL.writeValueAsString(CANONICAL.treeToValue(SettingsFile.tree(settings), Object.class)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tells keys apart without revealing them: the pseudonym of a fixed text under the key. */
  static String key(PseudonymKey key) {
    return new Pseudonym(key.key()).of("eyfsp key check");
  }

  /** @param drafts the drafts the report reads, by file name: new or changed drafts redraw the report */
  static String run(String version, String settings, String key, RunOptions options, Map<String, String> inputs,
      Map<String, String> drafts) {
    StringBuilder text = new StringBuilder()
        .append(version).append('\n').append(settings).append('\n').append(key).append('\n')
        .append("years=").append(options.years()).append('\n').append("la=").append(options.las()).append('\n');
    new java.util.TreeMap<>(inputs).forEach((file, sha) -> text.append(file).append('=').append(sha).append('\n'));
    new java.util.TreeMap<>(drafts).forEach((file, sha) -> text.append("drafts/").append(file).append('=')
        .append(sha).append('\n'));
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
