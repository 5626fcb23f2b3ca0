package eyfsp.trajectories;

import eyfsp.domain.AcademicYear;
import eyfsp.measures.GeographicLevel;
import eyfsp.measures.Geography;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a result belongs: a geographic level and its geography, as the filter columns of a DfE
 * table give it. A series is keyed by {@link #key()}: for an LA its 3-digit DfE number, so a
 * retired number (Dorset 835 before 2019) stays its own series and is never merged into a new one.
 */
public record Place(GeographicLevel level, String regionCode, String regionName, String laCode, String onsCode,
    String name) {

  /** A series key: the level and the code that names the place at that level. */
  public record Key(GeographicLevel level, String code) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::level).thenComparing(Key::code, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return level == GeographicLevel.NATIONAL ? "England" : level.label() + " " + code;
    }
  }

  public static Place national() {
    return new Place(GeographicLevel.NATIONAL, null, null, null, null, null);
  }

  public static Place localAuthority(String laCode, String onsCode, String name, String regionCode, String regionName) {
    return new Place(GeographicLevel.LOCAL_AUTHORITY, regionCode, regionName, laCode, onsCode, name);
  }

  public Key key() {
    return new Key(level, switch (level) {
      case NATIONAL -> Geography.ENGLAND_CODE;
      case REGIONAL -> regionCode;
      default -> laCode;
    });
  }

  public boolean isLocalAuthority() {
    return level == GeographicLevel.LOCAL_AUTHORITY;
  }

  /** A short name for sentences: "873 Cambridgeshire", "England". */
  public String label() {
    return switch (level) {
      case NATIONAL -> Geography.ENGLAND_NAME;
      case REGIONAL -> regionName == null ? regionCode : regionName;
      default -> laCode + (name == null || name.isBlank() ? "" : " " + name);
    };
  }

  /** The DfE filter columns (Geography.COLUMNS) of this place in a summer year. */
  public List<Object> filterCells(int year) {
    List<Object> cells = new ArrayList<>(Geography.COLUMNS.size());
    cells.add(AcademicYear.timePeriod(year));
    cells.add("Academic year");
    cells.add(level.label());
    cells.add(Geography.ENGLAND_CODE);
    cells.add(Geography.ENGLAND_NAME);
    boolean region = level != GeographicLevel.NATIONAL;
    cells.add(region ? regionCode : null);
    cells.add(region ? regionName : null);
    cells.add(isLocalAuthority() ? laCode : null);
    cells.add(isLocalAuthority() ? onsCode : null);
    cells.add(isLocalAuthority() ? name : null);
    return cells;
  }
}
