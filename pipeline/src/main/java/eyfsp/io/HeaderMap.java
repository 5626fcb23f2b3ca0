package eyfsp.io;

import eyfsp.domain.InputRefusedException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each contract column sits in one file's header. Names match case-insensitively after
 * trimming, in any order; unknown columns are ignored; aliases from conf map other names onto
 * contract names (contract, Inputs).
 */
public record HeaderMap(String file, int fieldCount, Map<String, Integer> positions) implements Serializable {

  /**
   * Resolves a header, refusing the file when a required column is missing or a used column
   * appears twice.
   */
  public static HeaderMap resolve(String file, List<String> header, List<String> required, List<String> optional,
      Function<String, List<String>> aliases) {
    Map<String, String> nameToColumn = new HashMap<>();
    for (List<String> columns : List.of(required, optional)) {
      for (String column : columns) {
        nameToColumn.put(normalise(column), column);
        for (String alias : aliases.apply(column)) {
          nameToColumn.putIfAbsent(normalise(alias), column);
        }
      }
    }
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = nameToColumn.get(normalise(header.get(i)));
      if (column == null) {
        continue;
      }
      Integer earlier = positions.putIfAbsent(column, i);
      if (earlier != null) {
        throw new InputRefusedException(String.format(
            "%s, line 1: column '%s' appears twice in the header (columns %d and %d).",
            file, column, earlier + 1, i + 1));
      }
    }
    for (String column : required) {
      if (!positions.containsKey(column)) {
        throw new InputRefusedException(missingColumn(file, header, column));
      }
    }
    return new HeaderMap(file, header.size(), Map.copyOf(positions));
  }

  /** The sentence refusing a file whose header lacks a column it needs. */
  public static String noColumn(String file, String column) {
    return String.format("%s, line 1: the header has no column '%s'.", file, column);
  }

  private static String missingColumn(String file, List<String> header, String column) {
    String sentence = noColumn(file, column).substring(0, noColumn(file, column).length() - 1);
    if (header.size() == 1 && header.get(0).contains(";")) {
      return sentence + " (the file looks separated by semicolons; the contract asks for commas).";
    }
    if (header.size() == 1 && header.get(0).contains("\t")) {
      return sentence + " (the file looks separated by tabs; the contract asks for commas).";
    }
    return sentence + ".";
  }

  static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** The position of a column, or -1 when this file does not have it. */
  public int indexOf(String column) {
    return positions.getOrDefault(column, -1);
  }

  public boolean has(String column) {
    return positions.containsKey(column);
  }

  /** The trimmed value of a column in a record, or "" when the file does not have the column. */
  public String value(List<String> fields, String column) {
    int i = indexOf(column);
    return i < 0 ? "" : fields.get(i).strip();
  }
}
