package eyfsp.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The places synthetic children live and learn: LAs in regions, their schools, and small areas
 * (LSOAs) with a deprivation rank. Either wholly synthetic, or built on the real LA lookup and
 * IDACI 2019 from {@code ../shared/reference-data} when that folder is given.
 */
public final class Universe {

  /**
   * An LA, how it shifts attainment, how many of its children speak another language, its schools and
   * its PVI settings.
   */
  public record LocalAuthority(String code, List<String> onsCodes, String name, String regionCode, String regionName,
      double effect, double ealShare, List<School> schools, List<PviSetting> pviSettings) {}

  public record School(String estab, double size, double effect, List<Lsoa> catchment) {}

  /**
   * A private, voluntary or independent setting funded for early education (contract, "Settings other
   * than schools"): its 6-digit early years URN, the 4-digit number its LA issues its children's UPNs
   * under (1000-1999, which no school here has), and like a school a size, an effect and a catchment.
   */
  public record PviSetting(String urn, String upnEstab, double size, double effect, List<Lsoa> catchment) {}

  /** The share of children assessed in PVI settings (issue #14: about 2%), 5 to 20 a setting a year. */
  static final double PVI_SHARE = 0.02;
  static final int PVI_MIN_CHILDREN = 5;
  static final int PVI_MAX_CHILDREN = 20;

  /** A small area: its code, IDACI rank and decile, and deprivation from 0 (least) to 1 (most). */
  public record Lsoa(String code, int rank, int decile, double deprivation) {}

  static final String[][] REGIONS = {
      {"E12000001", "North East"}, {"E12000002", "North West"}, {"E12000003", "Yorkshire and The Humber"},
      {"E12000004", "East Midlands"}, {"E12000005", "West Midlands"}, {"E12000006", "East of England"},
      {"E12000007", "London"}, {"E12000008", "South East"}, {"E12000009", "South West"}};

  private final List<LocalAuthority> localAuthorities;
  private final List<Lsoa> lsoas;
  private final Path realDeprivationFile;

  private Universe(List<LocalAuthority> localAuthorities, List<Lsoa> lsoas, Path realDeprivationFile) {
    this.localAuthorities = localAuthorities;
    this.lsoas = lsoas;
    this.realDeprivationFile = realDeprivationFile;
  }

  public List<LocalAuthority> localAuthorities() {
    return localAuthorities;
  }

  public int schoolCount() {
    return localAuthorities.stream().mapToInt(la -> la.schools().size()).sum();
  }

  public int pviSettingCount() {
    return localAuthorities.stream().mapToInt(la -> la.pviSettings().size()).sum();
  }

  public int lsoaCount() {
    return lsoas.size();
  }

  /**
   * The small universe of sample-data/: eight real LA numbers and names in two regions (public
   * facts), synthetic areas and schools. Sheffield carries both its ONS codes, as DfE's file does.
   */
  public static Universe sample(long seed, int childrenPerYear, int schools) {
    String[][] las = {
        {"873", "E10000003", "Cambridgeshire", "E12000006", "East of England", "0.15", "0.25"},
        {"874", "E06000031", "Peterborough", "E12000006", "East of England", "-0.25", "0.25"},
        {"821", "E06000032", "Luton", "E12000006", "East of England", "-0.2", "0.45"},
        {"919", "E10000015", "Hertfordshire", "E12000006", "East of England", "0.25", "0.35"},
        {"373", "E08000019;E08000039", "Sheffield", "E12000003", "Yorkshire and The Humber", "-0.05", "0.30"},
        {"370", "E08000016;E08000038", "Barnsley", "E12000003", "Yorkshire and The Humber", "-0.15", "0.50"},
        {"380", "E08000032", "Bradford", "E12000003", "Yorkshire and The Humber", "-0.35", "0.40"},
        {"383", "E08000035", "Leeds", "E12000003", "Yorkshire and The Humber", "0.0", "0.35"}};
    SplittableRandom random = new SplittableRandom(seed);
    List<Draft> drafts = new ArrayList<>();
    for (String[] la : las) {
      drafts.add(new Draft(la[0], List.of(la[1].split(";")), la[2], la[3], la[4], Double.parseDouble(la[5]),
          Double.parseDouble(la[6]), 1.0, null));
    }
    return synthetic(drafts, 60, childrenPerYear, schools, random);
  }

  /** About {@code las} synthetic LAs in the nine English regions. */
  public static Universe national(long seed, int las, int childrenPerYear, int schools) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < las; i++) {
      String[] region = REGIONS[i % REGIONS.length];
      String code = Integer.toString(300 + i * 4 % 600 + i / 150);
      drafts.add(new Draft(code, List.of(String.format(Locale.ROOT, "E06%06d", 900 + i)),
          "Synthetic LA " + code, region[0], region[1], 0.12 * SyntheticInput.gaussian(random),
          region[0].equals("E12000007") ? 0.75 : 0.22 + 0.15 * random.nextDouble(),
          Math.exp(0.45 * SyntheticInput.gaussian(random)), null));
    }
    return synthetic(drafts, 32_844 / Math.max(1, las), childrenPerYear, schools, random);
  }

  /**
   * The real LAs and areas: every LSOA 2011 with its IDACI 2019 rank and decile, and the DfE LA it
   * lies in ({@code lsoa11_lad19_dfe_la_lookup.csv}, {@code idaci2019_lsoa11.csv},
   * {@code dfe_region_la_hierarchy.csv} in the reference folder).
   */
  public static Universe real(long seed, Path reference, int childrenPerYear, int schools) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, int[]> idaci = new LinkedHashMap<>();
    List<String[]> idaciRows = csv(reference.resolve("idaci2019_lsoa11.csv"));
    String[] header = idaciRows.get(0);
    int rankColumn = column(header, "Income Deprivation Affecting Children Index (IDACI) Rank");
    int decileColumn = column(header, "Income Deprivation Affecting Children Index (IDACI) Decile");
    for (String[] row : idaciRows.subList(1, idaciRows.size())) {
      idaci.put(row[0], new int[] {Integer.parseInt(row[rankColumn]), Integer.parseInt(row[decileColumn])});
    }
    Map<String, List<String>> onsCodes = new LinkedHashMap<>();
    for (String[] row : csv(reference.resolve("dfe_region_la_hierarchy.csv"))) {
      if (row[2].matches("\\d{3}")) {
        onsCodes.computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[4]);
      }
    }
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Map<String, List<Lsoa>> areas = new LinkedHashMap<>();
    int n = idaci.size();
    List<String[]> lookup = csv(reference.resolve("lsoa11_lad19_dfe_la_lookup.csv"));
    for (String[] row : lookup.subList(1, lookup.size())) {
      int[] rankDecile = idaci.get(row[0]);
      if (rankDecile == null || !row[5].matches("\\d{3}")) {
        continue;
      }
      String la = row[5];
      drafts.computeIfAbsent(la, k -> new Draft(la, onsCodes.getOrDefault(la, List.of(row[4])), row[6], row[7],
          row[8], 0.22 * SyntheticInput.gaussian(random),
          row[7].equals("E12000007") ? 0.75 : 0.22 + 0.15 * random.nextDouble(), 0, null));
      areas.computeIfAbsent(la, k -> new ArrayList<>()).add(
          new Lsoa(row[0], rankDecile[0], rankDecile[1], 1.0 - (rankDecile[0] - 1.0) / (n - 1)));
    }
    List<Draft> withAreas = new ArrayList<>();
    for (Draft d : drafts.values()) {
      List<Lsoa> own = areas.get(d.code());
      withAreas.add(new Draft(d.code(), d.onsCodes(), d.name(), d.regionCode(), d.regionName(), d.effect(),
          d.ealShare(), own.size(), own));
    }
    List<Lsoa> all = areas.values().stream().flatMap(List::stream).toList();
    return new Universe(build(withAreas, childrenPerYear, schools, random), all,
        reference.resolve("idaci2019_lsoa11.csv"));
  }

  /** An LA before its schools are drawn; size is its share of children, relative to the others. */
  private record Draft(String code, List<String> onsCodes, String name, String regionCode, String regionName,
      double effect, double ealShare, double size, List<Lsoa> areas) {}

  private static Universe synthetic(List<Draft> drafts, int areasPerLa, int childrenPerYear, int schools,
      SplittableRandom random) {
    // Each LA's areas are drawn around its own level of deprivation; ranks are over all areas.
    record Area(String la, double score) {}
    List<Area> areas = new ArrayList<>();
    for (Draft d : drafts) {
      double level = 0.5 - 0.6 * d.effect();
      for (int i = 0; i < areasPerLa; i++) {
        areas.add(new Area(d.code(), level + 0.22 * SyntheticInput.gaussian(random)));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -areas.get(i).score()));
    Map<String, List<Lsoa>> byLa = new LinkedHashMap<>();
    List<Lsoa> all = new ArrayList<>();
    int n = areas.size();
    for (int rank = 1; rank <= n; rank++) {
      int i = order.get(rank - 1);
      Lsoa lsoa = new Lsoa(String.format(Locale.ROOT, "E01%06d", 100_000 + i), rank,
          Math.min(10, 1 + (rank - 1) * 10 / n), 1.0 - (rank - 1.0) / Math.max(1, n - 1));
      byLa.computeIfAbsent(areas.get(i).la(), k -> new ArrayList<>()).add(lsoa);
      all.add(lsoa);
    }
    all.sort(Comparator.comparing(Lsoa::code));
    List<Draft> withAreas = drafts.stream().map(d -> new Draft(d.code(), d.onsCodes(), d.name(), d.regionCode(),
        d.regionName(), d.effect(), d.ealShare(), d.size(), byLa.get(d.code()))).toList();
    return new Universe(build(withAreas, childrenPerYear, schools, random), all, null);
  }

  /** Draws each LA's schools, each with a catchment of neighbouring areas (by deprivation). */
  private static List<LocalAuthority> build(List<Draft> drafts, int childrenPerYear, int schools,
      SplittableRandom random) {
    double totalSize = drafts.stream().mapToDouble(Draft::size).sum();
    double childrenPerSchool = (double) childrenPerYear / schools;
    List<LocalAuthority> las = new ArrayList<>();
    for (Draft d : drafts) {
      List<Lsoa> areas = new ArrayList<>(d.areas());
      areas.sort(Comparator.comparingInt(Lsoa::rank));
      double laChildren = childrenPerYear * d.size() / totalSize;
      int count = Math.max(2, (int) Math.round(laChildren / childrenPerSchool));
      TreeSet<String> estabs = new TreeSet<>();
      while (estabs.size() < count) {
        estabs.add(Integer.toString(2000 + random.nextInt(1999)));
      }
      List<School> list = new ArrayList<>();
      for (String estab : estabs) {
        int centre = random.nextInt(areas.size());
        int width = Math.max(1, Math.min(areas.size(), 2 + areas.size() / Math.max(1, count)));
        int from = Math.max(0, Math.min(centre - width / 2, areas.size() - width));
        double size = laChildren / count * Math.exp(0.35 * SyntheticInput.gaussian(random));
        list.add(new School(estab, size, 0.12 * SyntheticInput.gaussian(random),
            List.copyOf(areas.subList(from, from + width))));
      }
      las.add(new LocalAuthority(d.code(), d.onsCodes(), d.name(), d.regionCode(), d.regionName(), d.effect(),
          d.ealShare(), List.copyOf(list), List.of()));
    }
    // PVI settings are drawn after every school, so that the schools are those of a universe without them.
    TreeSet<String> urns = new TreeSet<>();
    List<LocalAuthority> withSettings = new ArrayList<>();
    for (LocalAuthority la : las) {
      // An LA too small for half a setting's fewest children has none (the tests' tiny universes).
      double pviChildren = PVI_SHARE * la.schools().stream().mapToDouble(School::size).sum();
      int count = pviChildren < PVI_MIN_CHILDREN / 2.0 ? 0
          : (int) Math.max(1, Math.min(999, Math.round(pviChildren / ((PVI_MIN_CHILDREN + PVI_MAX_CHILDREN) / 2.0))));
      double size = Math.max(PVI_MIN_CHILDREN, Math.min(PVI_MAX_CHILDREN, pviChildren / Math.max(1, count)));
      List<Lsoa> areas = la.schools().stream().flatMap(s -> s.catchment().stream()).distinct()
          .sorted(Comparator.comparingInt(Lsoa::rank)).toList();
      List<PviSetting> settings = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String urn;
        do {
          urn = Integer.toString(500_000 + random.nextInt(300_000));
        } while (!urns.add(urn));
        int centre = random.nextInt(areas.size());
        int width = Math.min(areas.size(), 3);
        int from = Math.max(0, Math.min(centre - 1, areas.size() - width));
        settings.add(new PviSetting(urn, Integer.toString(1000 + i), size, 0.12 * SyntheticInput.gaussian(random),
            List.copyOf(areas.subList(from, from + width))));
      }
      withSettings.add(new LocalAuthority(la.code(), la.onsCodes(), la.name(), la.regionCode(), la.regionName(),
          la.effect(), la.ealShare(), la.schools(), List.copyOf(settings)));
    }
    return List.copyOf(withSettings);
  }

  /** The DfE LA lookup layout, with rows that are not LAs as DfE's own file has. */
  void writeLookup(Path file, boolean extraRows) {
    List<String> rows = new ArrayList<>();
    for (LocalAuthority la : localAuthorities) {
      for (String ons : la.onsCodes()) {
        rows.add(String.join(",", la.regionCode(), la.regionName(), la.code(), quoted(la.name()), ons));
      }
    }
    if (extraRows) {
      rows.add("E12000006,East of England,x,Cambridgeshire and Peterborough (not an LA),E10000003");
      rows.add("z,Outside of England and unknown,z,Outside of England and unknown,z");
    }
    SyntheticInput.writeFile(file, "region_code,region_name,old_la_code,la_name,new_la_code", rows, false, false);
  }

  /** The deprivation index: the real File 3 as published, or the contract's short layout. */
  void writeDeprivation(Path file, boolean badRows) {
    try {
      if (realDeprivationFile != null) {
        Files.copy(realDeprivationFile, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> rows = new ArrayList<>();
    for (Lsoa l : lsoas) {
      rows.add(String.format(Locale.ROOT, "%s,%d,%d,%.3f", l.code(), l.rank(), l.decile(), 0.05 + 0.5 * l.deprivation()));
    }
    if (badRows && !lsoas.isEmpty()) {
      rows.add("E01999001,n/a,3,0.3");
      rows.add("E01999002,120,11,0.2");
      rows.add(rows.get(0));
    }
    SyntheticInput.writeFile(file, "lsoa_code,idaci_rank,idaci_decile,idaci_score", rows, false, false);
  }

  private static String quoted(String value) {
    return value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static int column(String[] header, String prefix) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + prefix);
  }

  private static List<String[]> csv(Path file) {
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(reader)) {
      return parser.stream().map(r -> r.values()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
