package eyfsp.targets;

import eyfsp.domain.HistorySettings.Better;
import java.util.Collection;
import java.util.List;

/** Quantiles, ranks and quartile bands of a few LAs' results. */
public final class Quantiles {

  private Quantiles() {}

  /**
   * The q-quantile by linear interpolation between order statistics: with the values sorted
   * v[0] <= ... <= v[n-1] and h = (n - 1) q, v[floor h] + (h - floor h)(v[floor h + 1] - v[floor h])
   * (Hyndman and Fan 1996, type 7; the default of R and of spreadsheets' QUARTILE.INC).
   */
  public static double quantile(Collection<Double> values, double q) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a quantile of no values");
    }
    List<Double> sorted = values.stream().sorted().toList();
    double h = (sorted.size() - 1) * q;
    int below = (int) Math.floor(h);
    if (below + 1 >= sorted.size()) {
      return sorted.get(sorted.size() - 1);
    }
    return sorted.get(below) + (h - below) * (sorted.get(below + 1) - sorted.get(below));
  }

  /** 1 + the number of values strictly better: ties share the best rank ("1224" ranking). */
  public static int rank(double value, Collection<Double> all, Better better) {
    return 1 + (int) all.stream().filter(v -> isBetter(v, value, better)).count();
  }

  /**
   * The quarter of the LAs compared that a value falls in, 1 the best: 1 + floor(4 x (LAs strictly
   * better) / LAs compared), so tied LAs share a band.
   */
  public static int quartileBand(double value, Collection<Double> all, Better better) {
    long ahead = all.stream().filter(v -> isBetter(v, value, better)).count();
    return 1 + (int) (4 * ahead / all.size());
  }

  static boolean isBetter(double candidate, double than, Better better) {
    return better == Better.LOWER ? candidate < than : candidate > than;
  }
}
