package eyfsp.jobs;

import eyfsp.io.OutputLock;

/** Holds an output's lock until killed: stands for a run that dies while it holds the lock. */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (OutputLock lock = OutputLock.acquire(args[0])) {
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
