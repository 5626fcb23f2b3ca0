package eyfsp.synthetic;

import eyfsp.domain.Framework;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 13-scale profile (fsp13): each scale a rounded linear score in the latent attainment. Calibrated
 * (by simulation) to the domain page's 2008/09 picture: GLD about 51%, gap about 35%, girls 60% and
 * boys 42%, FSM 33% and others 54%, EAL 42% and English 54%, SEN 14% and none 58%, writing 63% secure
 * and PD 88%, LAs spread about 40% to 60%; later years rise about 3-4 points.
 */
final class ScaleModel implements AttainmentModel {

  /** Mean score of a child of average attainment on each scale: Writing lowest, PD highest (2008). */
  private static final Map<String, Double> BASE = Map.ofEntries(
      Map.entry("DA", 6.9), Map.entry("SD", 6.9), Map.entry("ED", 6.7), Map.entry("LCT", 6.6), Map.entry("LSL", 6.1),
      Map.entry("R", 6.2), Map.entry("W", 5.7), Map.entry("NLC", 6.9), Map.entry("C", 6.1), Map.entry("SSM", 6.5),
      Map.entry("KUW", 6.5), Map.entry("PD", 7.3), Map.entry("CD", 6.6));

  private final double[] base;
  private final int min;
  private final int max;
  private final String notAssessed;

  ScaleModel(Framework framework) {
    this.base = framework.scaleCodes().stream().mapToDouble(code -> {
      Double b = BASE.get(code);
      if (b == null) {
        throw new IllegalArgumentException("the synthetic " + framework.code() + " model has no scale " + code);
      }
      return b;
    }).toArray();
    this.min = framework.minScore();
    this.max = framework.maxScore();
    this.notAssessed = framework.notAssessedCodes().get(0);
  }

  @Override
  public int calibrationYear() {
    return 2009;
  }

  @Override
  public double trend(int year) {
    return 0.085 * (year - calibrationYear());
  }

  @Override
  public String[] results(double latent, SplittableRandom random) {
    String[] scores = new String[base.length];
    double roll = random.nextDouble();
    for (int s = 0; s < base.length; s++) {
      if (roll < 0.004) {
        scores[s] = notAssessed;
      } else if (roll < 0.005) {
        scores[s] = Integer.toString(min);   // an all-zero profile, which the gap conventions may leave out
      } else {
        long score = Math.round(base[s] + 1.55 * latent + 0.85 * SyntheticInput.gaussian(random));
        scores[s] = Long.toString(Math.max(min, Math.min(max, score)));
      }
    }
    return scores;
  }
}
