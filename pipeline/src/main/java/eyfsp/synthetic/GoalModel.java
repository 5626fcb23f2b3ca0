package eyfsp.synthetic;

import eyfsp.domain.Framework;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 17 early learning goals (elg17, elg21): a child is at least expected on a goal when the latent
 * attainment, plus a little noise of the goal's own, passes the goal's cut, and exceeding (elg17) past
 * a higher one; now and then a child slips to emerging on one goal whatever the attainment. The cuts
 * are set from each goal's national shares in the calibration year through the normal quantile of the
 * latent attainment's national distribution. The noise is small because DfE's figures leave little
 * room: GLD (12 goals) is hardly below its hardest goal, writing, and all 17 goals hardly below GLD.
 */
final class GoalModel implements AttainmentModel {

  /** A goal's national shares (%) in the calibration year: at least expected, and exceeding (0 where there is none). */
  private record Goal(String code, double expected, double exceeding) {}

  /**
   * elg17, calibrated to DfE's 2018/19 figures (explore-education-statistics, "APS - Good level of
   * development and early learning goals 2013-2019" and the headline time series): GLD 71.8%, average
   * point score 34.6, all goals at least expected 70.7%, 14.6 goals at least expected on average,
   * communication, language and literacy 72.6%. The goals' own shares are this project's estimates
   * in the published order (reading, writing and numbers lowest, writing lowest of all; physical
   * development, technology and PSED highest), adding up to 14.6 goals at least expected and 3.0
   * exceeding (34.6 = 17 + 14.6 + 3.0). GLD rose every year from 2012/13 to 2018/19 (71.5% in
   * 2017/18), fast at first: the trend here is a steady 2 points or so a year.
   */
  static GoalModel elg17(Framework framework) {
    return new GoalModel(framework, 2019, 0.06, 0.10, 0.0022, List.of(
        new Goal("COM_G01", 87.0, 18), new Goal("COM_G02", 87.0, 17), new Goal("COM_G03", 85.0, 18),
        new Goal("PHY_G04", 90.5, 17), new Goal("PHY_G05", 92.0, 20),
        new Goal("PSE_G06", 90.0, 21), new Goal("PSE_G07", 88.5, 18), new Goal("PSE_G08", 90.0, 20),
        new Goal("LIT_G09", 77.5, 21), new Goal("LIT_G10", 74.0, 15),
        new Goal("MAT_G11", 79.0, 20), new Goal("MAT_G12", 82.0, 17),
        new Goal("UTW_G13", 86.5, 17), new Goal("UTW_G14", 86.0, 17), new Goal("UTW_G15", 92.0, 16),
        new Goal("EXP_G16", 89.5, 15), new Goal("EXP_G17", 88.0, 15)));
  }

  /**
   * elg21, calibrated to DfE's 2022/23 figures (explore-education-statistics, "Headline measures
   * timeseries"): GLD 67.2%, 14.1 goals at expected on average, all goals at expected 65.6%,
   * communication, language and literacy 68.8%; writing the lowest goal (71.0%) and gross motor skills
   * the highest (92.1%). The other goals' shares are this project's estimates, adding up to 14.1.
   * GLD was 65.2% in 2021/22 and 67.7% in 2023/24: about 1.5 points a year.
   */
  static GoalModel elg21(Framework framework) {
    return new GoalModel(framework, 2023, 0.05, 0.10, 0.004, List.of(
        new Goal("COM_G01", 83.3, 0), new Goal("COM_G02", 83.6, 0),
        new Goal("PSE_G03", 83.9, 0), new Goal("PSE_G04", 86.4, 0), new Goal("PSE_G05", 87.8, 0),
        new Goal("PHY_G06", 92.1, 0), new Goal("PHY_G07", 86.2, 0),
        new Goal("LIT_G08", 81.0, 0), new Goal("LIT_G09", 75.1, 0), new Goal("LIT_G10", 71.0, 0),
        new Goal("MAT_G11", 78.6, 0), new Goal("MAT_G12", 78.3, 0),
        new Goal("UTW_G13", 83.3, 0), new Goal("UTW_G14", 83.0, 0), new Goal("UTW_G15", 84.3, 0),
        new Goal("EXP_G16", 86.4, 0), new Goal("EXP_G17", 86.4, 0)));
  }

  /**
   * The latent attainment of a national cohort in a calibration year (./eyfsp sample's national
   * universe), as a normal distribution fitted to its lower part (where the cuts at expected lie) and
   * to its upper part (the cuts at exceeding): SEN makes the lower tail longer than a normal's.
   */
  private static final double LOWER_MEAN = 0.321;
  private static final double LOWER_SD = 1.173;
  private static final double UPPER_MEAN = 0.267;
  private static final double UPPER_SD = 0.979;

  private final int calibrationYear;
  private final double trendPerYear;
  private final double noise;
  private final double slip;
  private final double[] expectedCut;
  private final double[] exceedingCut;
  private final int min;
  private final String notAssessed;

  /**
   * @param noise the standard deviation of a goal's own noise, in latent units
   * @param slip the chance that a goal is emerging whatever the child's attainment: a child at expected
   *     everywhere else now and then is not on one goal (DfE: all 17 goals 1.1 points below GLD in
   *     2018/19, though the goals outside GLD are the easiest)
   */
  private GoalModel(Framework framework, int calibrationYear, double trendPerYear, double noise, double slip,
      List<Goal> goals) {
    Map<String, Goal> byCode = new LinkedHashMap<>();
    goals.forEach(g -> byCode.put(g.code(), g));
    List<String> codes = framework.scaleCodes();
    if (!byCode.keySet().equals(new java.util.HashSet<>(codes))) {
      throw new IllegalArgumentException("the synthetic " + framework.code() + " model has goals " + byCode.keySet()
          + ", the framework " + codes);
    }
    boolean exceeding = framework.maxScore() - framework.minScore() == 2;
    if (!exceeding && framework.maxScore() - framework.minScore() != 1) {
      throw new IllegalArgumentException("the synthetic goal model knows two or three values, not "
          + framework.code() + "'s " + framework.minScore() + "-" + framework.maxScore());
    }
    this.calibrationYear = calibrationYear;
    this.trendPerYear = trendPerYear;
    this.noise = noise;
    this.slip = slip;
    this.min = framework.minScore();
    this.notAssessed = framework.notAssessedCodes().get(0);
    // A goal's share is that of the children who do not slip on it.
    double lower = Math.hypot(LOWER_SD, noise);
    double upper = Math.hypot(UPPER_SD, noise);
    this.expectedCut = new double[codes.size()];
    this.exceedingCut = new double[codes.size()];
    for (int g = 0; g < codes.size(); g++) {
      Goal goal = byCode.get(codes.get(g));
      expectedCut[g] = LOWER_MEAN + lower * normalQuantile(1 - goal.expected() / 100 / (1 - slip));
      exceedingCut[g] = exceeding ? UPPER_MEAN + upper * normalQuantile(1 - goal.exceeding() / 100 / (1 - slip))
          : Double.POSITIVE_INFINITY;
    }
  }

  @Override
  public int calibrationYear() {
    return calibrationYear;
  }

  @Override
  public double trend(int year) {
    return trendPerYear * (year - calibrationYear);
  }

  @Override
  public String[] results(double latent, SplittableRandom random) {
    String[] values = new String[expectedCut.length];
    double roll = random.nextDouble();
    for (int g = 0; g < values.length; g++) {
      if (roll < 0.004) {
        values[g] = notAssessed;
      } else {
        double attainment = latent + noise * SyntheticInput.gaussian(random);
        boolean slipped = random.nextDouble() < slip;
        int above = slipped ? 0 : (attainment >= expectedCut[g] ? 1 : 0) + (attainment >= exceedingCut[g] ? 1 : 0);
        values[g] = Integer.toString(min + above);
      }
    }
    return values;
  }

  /**
   * The standard normal quantile, by Acklam's rational approximation (relative error below 1.2e-9),
   * far finer than the calibration needs.
   */
  static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a quantile needs 0 < p < 1, not " + p);
    }
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double low = 0.02425;
    if (p < low || p > 1 - low) {
      double q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
      double x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
      return p < low ? x : -x;
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
        / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
}
