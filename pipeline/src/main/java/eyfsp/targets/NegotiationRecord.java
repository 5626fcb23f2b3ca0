package eyfsp.targets;

import eyfsp.domain.AcademicYear;
import eyfsp.domain.InputRefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The negotiation of each target (SI 2007/1415; domain page §4): the drafts sent, the LA's
 * proposals and the figure agreed, each with its date and reasons, kept as an append-only record
 * so that every version stays. The versions of one LA's target are its entries in date order.
 *
 * @param source the file the record was read from, for sentences
 */
public record NegotiationRecord(List<Entry> entries, String source) {

  /** Who said what: the draft from the national side, the LA's proposal, the figure agreed. */
  public enum Stage {
    DRAFT, PROPOSED, AGREED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One entry: a line of the record file. */
  public record Entry(long line, String laCode, String laName, int targetYear, String measure, Stage stage,
      double value, LocalDate date, String reason) {
    public Key key() {
      return new Key(laCode, targetYear, measure);
    }
  }

  /** One target under negotiation. */
  public record Key(String laCode, int targetYear, String measure) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      return Comparator.comparing(Key::laCode).thenComparingInt(Key::targetYear).thenComparing(Key::measure)
          .compare(this, o);
    }
  }

  /** An entry as the n-th version of its target, with the value of the version before (null for the first). */
  public record Version(Entry entry, int number, Double previousValue) {}

  public static NegotiationRecord empty(String source) {
    return new NegotiationRecord(List.of(), source);
  }

  public Set<Key> keys() {
    Set<Key> keys = new TreeSet<>();
    entries.forEach(e -> keys.add(e.key()));
    return keys;
  }

  /** The entries of one target in date order (record order within a day), numbered from 1. */
  public List<Version> versions(Key key) {
    List<Entry> ordered = entries.stream().filter(e -> e.key().equals(key))
        .sorted(Comparator.comparing(Entry::date).thenComparingLong(Entry::line)).toList();
    List<Version> versions = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      versions.add(new Version(ordered.get(i), i + 1, i == 0 ? null : ordered.get(i - 1).value()));
    }
    return versions;
  }

  /** The latest entry of a stage for a target. */
  public Optional<Entry> latest(Key key, Stage stage) {
    List<Version> versions = versions(key);
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).entry().stage() == stage) {
        return Optional.of(versions.get(i).entry());
      }
    }
    return Optional.empty();
  }

  /**
   * SI 2007/1415: where the target set differs from the LA's proposal, reasons are given. Refuses
   * the record, naming the line, when an agreed figure differs from the latest proposal before it
   * and gives no reason.
   */
  public void requireReasons() {
    for (Key key : keys()) {
      Entry proposal = null;
      for (Version v : versions(key)) {
        Entry e = v.entry();
        if (e.stage() == Stage.PROPOSED) {
          proposal = e;
        } else if (e.stage() == Stage.AGREED && proposal != null && proposal.value() != e.value()
            && e.reason().isBlank()) {
          throw new InputRefusedException(String.format(Locale.ROOT,
              "%s, line %d: the figure agreed for %s %s in %s (%s) differs from the LA's proposal (%s, line %d) "
                  + "but gives no reason; SI 2007/1415 requires reasons where they differ.",
              source, e.line(), e.laCode(), e.measure(), AcademicYear.label(e.targetYear()), TargetRule.f(e.value()),
              TargetRule.f(proposal.value()), proposal.line()));
        }
      }
    }
  }
}
