package eyfsp.publish;

import eyfsp.domain.Settings;
import eyfsp.measures.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The published (disclosure-controlled, rounded) versions of a run's tables, with their metadata:
 * everything that goes into published/.
 */
public final class Publication {

  /** One published table: its cells under its columns, and its Explore Education Statistics metadata. */
  public record PublishedTable(String name, List<String> columns, List<List<String>> cells,
      List<List<String>> metadata) {}

  private Publication() {}

  public static List<PublishedTable> of(List<Table> tables, Settings.Disclosure settings) {
    DisclosureControl control = new DisclosureControl(settings);
    List<PublishedTable> published = new ArrayList<>();
    for (Table table : tables) {
      published.add(new PublishedTable(table.name(), table.columns(), control.cells(table),
          Metadata.rows(table, settings.decimals())));
    }
    return published;
  }
}
