package eyfsp.jobs;

import eyfsp.domain.Settings;
import eyfsp.io.InputFiles;
import eyfsp.io.InputFiles.InputFile;
import eyfsp.io.SettingsFile;
import eyfsp.quality.FileAccount;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * manifest.json: what the run read (with checksums and row accounts), what it wrote, the settings
 * in force, the code version, its fingerprints and the time each stage took (contract, Outputs).
 */
final class Manifest {

  private Manifest() {}

  static Map<String, Object> of(RunCommand.RunIdentity identity, String fingerprint, RunOptions options,
      String master, Settings settings, PseudonymKey key, InputFiles inputs, Run.Result r, Map<String, Long> outputs,
      Map<String, Double> seconds, Optional<PublishedRun> base) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("eyfsp_version", version());
    m.put("run_id", identity.runId());
    m.put("started", identity.started().toString());
    m.put("finished", Instant.now().toString());

    Map<String, Object> command = new LinkedHashMap<>();
    command.put("input", options.input());
    command.put("output", options.output());
    command.put("conf", options.conf() == null ? "defaults" : options.conf().toString());
    command.put("years", List.copyOf(options.years()));
    command.put("la", List.copyOf(options.las()));
    command.put("master", master);
    m.put("command", command);
    m.put("fingerprint", fingerprint);
    m.put("settings_fingerprint", identity.settings());
    m.put("synthetic_input", inputs.synthetic());
    m.put("pseudonym_key", key.source());
    m.put("pseudonym_key_check", identity.key());
    m.put("complete", r.complete());
    m.put("merged_into_run", options.isSlice() ? base.map(b -> b.text("run_id")).orElse(null) : null);

    Map<String, InputFile> files = new LinkedHashMap<>();
    inputs.all().forEach(f -> files.put(f.name(), f));
    List<Map<String, Object>> read = r.accounts().stream()
        .map(a -> input(a, files.get(a.file()), identity.checksums().get(a.file())))
        .toList();
    m.put("inputs", read);
    m.put("report_drafts", identity.drafts());
    m.put("rows_balance", r.accounts().stream().allMatch(FileAccount::balances));
    m.put("rejected_by_reason", totalsByReason(r.accounts()));
    m.put("queries", r.queries());

    Map<String, Object> census = new LinkedHashMap<>();
    census.put("children", r.children());
    census.put("matched", r.censusMatched());
    census.put("match_percent", r.children() == 0 ? null : 100.0 * r.censusMatched() / r.children());
    m.put("census_match", census);

    Map<String, Object> measured = new LinkedHashMap<>();
    measured.put("children_this_run", r.children());
    measured.put("children_in_output", r.childrenInOutput());
    measured.put("time_periods", r.timePeriods());
    measured.put("local_authorities", r.measuredLas().size());
    m.put("measured", measured);

    List<Map<String, Object>> written = outputs.entrySet().stream().map(e -> {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("path", e.getKey());
      o.put("rows", e.getValue());
      return o;
    }).toList();
    m.put("outputs", written);
    m.put("settings", SettingsFile.tree(settings));
    m.put("timings_seconds", seconds);
    return m;
  }

  private static Map<String, Object> input(FileAccount a, InputFile file, String sha256) {
    Map<String, Object> i = new LinkedHashMap<>();
    i.put("kind", a.kind());
    i.put("file", a.file());
    i.put("bytes", file.bytes());
    i.put("sha256", sha256);
    i.put("rows_read", a.read());
    i.put("rows_accepted", a.accepted());
    i.put("rows_rejected", a.rejected());
    i.put("rejected_by_reason", new TreeMap<>(a.rejectedByReason()));
    return i;
  }

  private static Map<String, Map<String, Long>> totalsByReason(List<FileAccount> accounts) {
    Map<String, Map<String, Long>> totals = new TreeMap<>();
    for (FileAccount a : accounts) {
      Map<String, Long> kind = totals.computeIfAbsent(a.kind(), k -> new TreeMap<>());
      a.rejectedByReason().forEach((reason, n) -> kind.merge(reason, n, Long::sum));
    }
    return totals;
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = Manifest.class.getClassLoader().getResourceAsStream("eyfsp/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String commit = System.getProperty("eyfsp.commit");
    return p.getProperty("version", "unknown") + (commit == null ? "" : " (" + commit + ")");
  }
}
