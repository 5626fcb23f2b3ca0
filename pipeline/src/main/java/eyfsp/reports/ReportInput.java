package eyfsp.reports;

import eyfsp.domain.Settings;
import eyfsp.io.CsvTable;
import java.util.Map;

/**
 * Everything a report is drawn from, handed to it whole: a run's published tables (by name, as
 * published, cell for cell), the drafts found (trajectories, targets, neighbours; possibly none),
 * the settings (measure labels, the framework of each year, which gap is which), and names for the
 * provenance line.
 *
 * @param runId the run whose published tables these are
 * @param draftsFolder where the drafts were looked for, as the user named it
 * @param madeBy the program and version that drew the report
 * @param synthetic the run's input was synthetic (a SYNTHETIC marker): every page says so
 */
public record ReportInput(Map<String, CsvTable> published, Map<String, CsvTable> drafts, Settings settings,
    String runId, String draftsFolder, String madeBy, boolean synthetic) {

  public ReportInput {
    published = Map.copyOf(published);
    drafts = Map.copyOf(drafts);
  }

  /** An input not known to be synthetic. */
  public ReportInput(Map<String, CsvTable> published, Map<String, CsvTable> drafts, Settings settings,
      String runId, String draftsFolder, String madeBy) {
    this(published, drafts, settings, runId, draftsFolder, madeBy, false);
  }
}
