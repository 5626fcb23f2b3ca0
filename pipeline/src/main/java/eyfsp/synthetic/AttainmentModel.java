package eyfsp.synthetic;

import eyfsp.domain.Framework;
import java.util.SplittableRandom;

/**
 * How a synthetic child's latent attainment becomes the results of one framework. The latent
 * attainment is the same in every framework (girls and autumn-born children ahead; FSM, EAL, SEN and
 * deprived areas behind; LA and setting effects): each framework adds its own trend over the years
 * and turns it into its scales or goals, calibrated to that framework's published national picture.
 */
interface AttainmentModel {

  /** The model of a framework of the default conf, with the framework's result columns in its order. */
  static AttainmentModel of(Framework framework) {
    return switch (framework.code()) {
      case "fsp13" -> new ScaleModel(framework);
      case "elg17" -> GoalModel.elg17(framework);
      case "elg21" -> GoalModel.elg21(framework);
      default -> throw new IllegalArgumentException("no synthetic attainment model for framework " + framework.code());
    };
  }

  /** The summer whose published national figures the model is fitted to. */
  int calibrationYear();

  /** What a year adds to the latent attainment: 0 in the calibration year. */
  double trend(int year);

  /** One child's results, one per result column: scores, or a not-assessed code on every one. */
  String[] results(double latent, SplittableRandom random);
}
