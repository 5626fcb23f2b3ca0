package eyfsp.quality;

import eyfsp.domain.Reject;
import eyfsp.domain.InputRefusedException;
import java.util.List;
import java.util.Map;

/** A file had more of its rows rejected than the settings allow; the rows are kept for whoever fixes it. */
public class TooManyRejectsException extends InputRefusedException {

  private final transient List<FileAccount> accounts;
  private final transient Map<String, List<Reject>> rejects;

  public TooManyRejectsException(String sentence, List<FileAccount> accounts, Map<String, List<Reject>> rejects) {
    super(sentence);
    this.accounts = accounts;
    this.rejects = rejects;
  }

  public List<FileAccount> accounts() {
    return accounts;
  }

  public Map<String, List<Reject>> rejects() {
    return rejects;
  }
}
