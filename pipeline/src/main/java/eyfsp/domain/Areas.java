package eyfsp.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The areas children live in (the optional areas.csv: children's centre reach areas, wards,
 * localities), by type: for each LSOA the area of each type it lies in, and each area's name. A
 * child whose home LSOA lies in no area of a type (or who has no known home) lives outside every
 * area of that type, so that the areas of a type and the outside add up to the LA.
 *
 * @param types the area types, in the order first met
 * @param byLsoa for each LSOA, its area code of each type (null where it lies in none)
 * @param names each area's name, by type and code
 */
public record Areas(List<String> types, Map<String, String[]> byLsoa, Map<List<String>, String> names)
    implements Serializable {

  /** What the area columns say of a child living outside every area of a type. */
  public static final String OUTSIDE = "Outside every area";

  public static Areas none() {
    return new Areas(List.of(), Map.of(), Map.of());
  }

  /** The area code of each type a home LSOA lies in (null for none), in the order of {@link #types}. */
  public List<String> of(String lsoa) {
    String[] codes = lsoa == null ? null : byLsoa.get(lsoa);
    List<String> areas = new ArrayList<>(types.size());
    for (int t = 0; t < types.size(); t++) {
      areas.add(codes == null ? null : codes[t]);
    }
    return areas;
  }

  /** An area's name; "Outside every area" for none. */
  public String name(String type, String code) {
    return code == null ? OUTSIDE : names.get(List.of(type, code));
  }
}
