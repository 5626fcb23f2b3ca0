package eyfsp.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import eyfsp.domain.InvalidSettingsException;
import eyfsp.domain.Settings;
import eyfsp.domain.SettingsRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads settings: the defaults that travel in the jar (a copy of {@code conf/eyfsp.yaml}), then a
 * settings file over them, which need only name what it changes. Unknown settings, wrong types and
 * impossible values stop the run with one sentence naming the setting.
 */
public final class SettingsFile {

  public static final String DEFAULTS = "eyfsp/eyfsp.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private SettingsFile() {}

  /** The defaults alone. */
  public static Settings defaults() {
    return convert(defaultTree(), DEFAULTS);
  }

  /** The defaults with a settings file over them. */
  public static Settings load(Path file) {
    return load(file, Map.of());
  }

  /**
   * The defaults, a settings file over them (none when null), then overrides by dotted name
   * ({@code targets.ambition.share} = 0.5) from a command line: each changes only what it names.
   */
  public static Settings load(Path file, Map<String, Object> overrides) {
    ObjectNode tree = defaultTree();
    if (file != null) {
      merge(tree, overlay(file));
    }
    if (overrides.isEmpty()) {
      return convert(tree, file == null ? DEFAULTS : file.toString());
    }
    ObjectNode overlay = YAML.createObjectNode();
    overrides.forEach((name, value) -> {
      ObjectNode parent = overlay;
      String[] parts = name.split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      parent.set(parts[parts.length - 1], YAML.valueToTree(value));
    });
    merge(tree, overlay);
    return convert(tree, (file == null ? DEFAULTS : file.toString()) + " with the command line's overrides");
  }

  private static ObjectNode overlay(Path file) {
    JsonNode overlay;
    try {
      overlay = YAML.readTree(Files.readAllBytes(file));
    } catch (JsonProcessingException e) {
      throw new InvalidSettingsException(file + " is not valid YAML (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + "): "
          + e.getOriginalMessage().lines().findFirst().orElse("").strip() + ".");
    } catch (IOException e) {
      throw new InvalidSettingsException("The settings file " + file + " cannot be read: " + e.getMessage() + ".");
    }
    if (overlay == null || overlay.isMissingNode() || overlay.isNull()) {
      return YAML.createObjectNode();
    }
    if (!overlay.isObject()) {
      throw new InvalidSettingsException(file + " should hold settings by name (a YAML mapping).");
    }
    return (ObjectNode) overlay;
  }

  /** The settings as a tree with the names used in the files, for the manifest. */
  public static JsonNode tree(Settings settings) {
    return YAML.valueToTree(settings);
  }

  private static ObjectNode defaultTree() {
    try (InputStream in = SettingsFile.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("the default settings " + DEFAULTS + " are not on the classpath");
      }
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("the default settings cannot be read", e);
    }
  }

  /** Objects merge key by key; anything else (a list, a value) replaces what was there. */
  private static void merge(ObjectNode base, ObjectNode overlay) {
    Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode existing = base.get(field.getKey());
      if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source
          && !field.getKey().equals("header_aliases")) {
        merge(target, source);
      } else {
        base.set(field.getKey(), field.getValue());
      }
    }
  }

  private static Settings convert(JsonNode tree, String source) {
    Settings settings;
    try {
      settings = YAML.treeToValue(tree, Settings.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidSettingsException(source + ": unknown setting '" + path(e) + "'.");
    } catch (InvalidFormatException e) {
      throw new InvalidSettingsException(source + ": setting '" + path(e) + "' cannot be '" + e.getValue() + "'"
          + (e.getTargetType() != null && e.getTargetType().isEnum()
              ? " (allowed: " + java.util.Arrays.toString(e.getTargetType().getEnumConstants()) + ")" : "")
          + ".");
    } catch (MismatchedInputException e) {
      throw new InvalidSettingsException(source + ": setting '" + path(e) + "' is missing or of the wrong kind.");
    } catch (JsonProcessingException e) {
      throw new InvalidSettingsException(source + ": " + e.getOriginalMessage() + ".");
    }
    try {
      SettingsRules.check(settings);
    } catch (InvalidSettingsException e) {
      throw new InvalidSettingsException(source + ": " + e.getMessage());
    }
    return settings;
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
