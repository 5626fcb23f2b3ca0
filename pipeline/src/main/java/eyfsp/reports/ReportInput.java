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
 */
public record ReportInput(Map<String, CsvTable> published, Map<String, CsvTable> drafts, Settings settings,
    String runId, String draftsFolder, String madeBy) {

  public ReportInput {
    published = Map.copyOf(published);
    drafts = Map.copyOf(drafts);
  }
}
