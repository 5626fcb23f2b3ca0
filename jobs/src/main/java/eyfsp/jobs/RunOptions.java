package eyfsp.jobs;

import java.nio.file.Path;
import java.util.Set;

/** What a run was asked to do. Empty years or LAs mean all of them. */
record RunOptions(Path conf, String input, String output, Set<Integer> years, Set<String> las, String master,
    Path keyFile) {

  boolean isSlice() {
    return !years.isEmpty() || !las.isEmpty();
  }
}
