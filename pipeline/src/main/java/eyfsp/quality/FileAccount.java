package eyfsp.quality;

import java.util.Map;

/**
 * One input file's rows: read, accepted and rejected, with rejections by reason (a row counts
 * once under each of its reasons). Every run proves read = accepted + rejected for every file.
 */
public record FileAccount(String kind, String file, long read, long accepted, long rejected,
    Map<String, Long> rejectedByReason) {

  public boolean balances() {
    return read == accepted + rejected;
  }
}
