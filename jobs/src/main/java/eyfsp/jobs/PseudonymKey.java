package eyfsp.jobs;

import eyfsp.domain.InvalidSettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The secret behind the child-level pseudonym: from an environment variable or a key file outside
 * the repository. Synthetic inputs (marked as such) may use a development key, which is named as
 * such wherever it is used; real inputs never do.
 */
record PseudonymKey(byte[] key, String source) {

  static final String DEVELOPMENT_KEY = "eyfsp development key: synthetic data only, not secret";

  static PseudonymKey resolve(Path keyFile, String variable, Map<String, String> environment, boolean synthetic) {
    if (keyFile != null) {
      try {
        byte[] key = Files.readString(keyFile, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        return checked(key, "key file " + keyFile);
      } catch (IOException e) {
        throw new InvalidSettingsException("The pseudonym key file " + keyFile + " cannot be read: " + e.getMessage() + ".");
      }
    }
    String value = environment.get(variable);
    if (value != null && !value.isBlank()) {
      return checked(value.strip().getBytes(StandardCharsets.UTF_8), "environment variable " + variable);
    }
    if (synthetic) {
      return new PseudonymKey(DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8),
          "development key (synthetic input; never use it for real children)");
    }
    throw new InvalidSettingsException("No pseudonym key: set " + variable
        + " or give --key-file (at least 16 characters, kept outside the repository).");
  }

  private static PseudonymKey checked(byte[] key, String source) {
    if (key.length < 16) {
      throw new InvalidSettingsException("The pseudonym key from the " + source + " is shorter than 16 characters.");
    }
    return new PseudonymKey(key, source);
  }

  boolean isDevelopment() {
    return source.startsWith("development");
  }
}
