package eyfsp.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the checks found in one row: the reasons to quarantine it (none to accept) and why, in words. */
public final class CheckedRow {

  private final Set<RejectReason> reasons = EnumSet.noneOf(RejectReason.class);
  private final List<String> details = new ArrayList<>();

  public void reject(RejectReason reason, String detail) {
    reasons.add(reason);
    details.add(detail);
  }

  public boolean accepted() {
    return reasons.isEmpty();
  }

  /** Reason codes in the enum's order. */
  public List<String> reasonCodes() {
    return reasons.stream().map(Enum::name).toList();
  }

  public String detail() {
    return String.join("; ", details);
  }
}
