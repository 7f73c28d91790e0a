package org.kdk.rules.catalogue.indicator;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The indicator rules of the catalogue, in id order. */
public final class IndicatorRules {
  private IndicatorRules() {}

  /** New instances of every indicator rule, in id order. */
  public static List<Rule> all() {
    return List.of(
        new BaselineBeforeTargetsRule(),
        new TargetDirectionRule(),
        new PercentageRangeRule(),
        new NumeratorNotAboveDenominatorRule(),
        new PartsAddUpRule(),
        new PeriodsInsidePlanRule(),
        new MissingObservationRule(),
        new UnitFitsMeasureRule(),
        new ValueFitsMeasureRule(),
        new SexDisaggregationRule(),
        new ValueAgreesWithRatioRule(),
        new IndicatorUsedRule(),
        new FutureObservationRule());
  }
}
