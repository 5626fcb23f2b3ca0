package eyfsp.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Duplicates as the contract says, judged among rows that pass the other checks: rows sharing a key
 * (UPN and year) and identical in every field keep the first copy (by file and line) and quarantine
 * the others as DUPLICATE; rows sharing a key with different content are all DUPLICATE_CONFLICT.
 */
public final class Duplicates {

  /** One accepted row whose key repeats: where it is, its original text and its normalised content. */
  public record Copy(String key, String sourceFile, long lineNumber, String raw, String content) {}

  /** What to do with a copy. */
  public record Verdict(Copy copy, RejectReason reason, String detail) {}

  private Duplicates() {}

  /** The contract's rule on the copies of each key, in file and line order; plain Java. */
  public static List<Verdict> judge(List<Copy> copies) {
    Map<String, List<Copy>> byKey = new LinkedHashMap<>();
    copies.stream()
        .sorted(Comparator.comparing(Copy::sourceFile).thenComparingLong(Copy::lineNumber))
        .forEach(c -> byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c));
    List<Verdict> verdicts = new ArrayList<>();
    for (List<Copy> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      Copy first = group.get(0);
      boolean conflict = group.stream().anyMatch(c -> !Objects.equals(c.content(), first.content()));
      for (int i = conflict ? 0 : 1; i < group.size(); i++) {
        Copy c = group.get(i);
        Copy other = i == 0 ? group.get(1) : first;
        String where = other.sourceFile() + " line " + other.lineNumber();
        verdicts.add(conflict
            ? new Verdict(c, RejectReason.DUPLICATE_CONFLICT,
                "same key as " + (group.size() - 1) + " other row(s) with different content, e.g. " + where)
            : new Verdict(c, RejectReason.DUPLICATE, "identical to " + where + ", which is kept"));
      }
    }
    return verdicts;
  }
}
