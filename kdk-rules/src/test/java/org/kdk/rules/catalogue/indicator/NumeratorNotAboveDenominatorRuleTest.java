package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Observation;
import org.kdk.rules.finding.Severity;

class NumeratorNotAboveDenominatorRuleTest {
  private final NumeratorNotAboveDenominatorRule rule = new NumeratorNotAboveDenominatorRule();

  @Nested
  class Passing {
    @Test
    void accepts_a_numerator_below_or_equal_to_its_denominator() {
      Indicator seats = indicator("g1", percentage())
          .baseline(Baseline.of(BASELINE_DAY, ratio(2, 31)))
          .addObservation(Observation.of(Y2013, ratio(47, 47)))
          .build();
      assertThat(run(rule, seats)).isEmpty();
    }

    @Test
    void lets_a_ratio_exceed_one() {
      Indicator ratio = indicator("g1", definition(Measure.RATIO, "oran", Direction.INCREASE))
          .addObservation(Observation.of(Y2013, ratio(60, 50))).build();
      assertThat(run(rule, ratio)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_numerator_above_its_denominator_with_the_percentage_it_makes() {
      Indicator seats = indicator("g1", percentage()).addObservation(Observation.of(Y2013, ratio(60, 50))).build();
      assertOnly(run(rule, seats), "KDK-IND-004", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total.numerator", "g1", "60", "50", "120", "2013");
    }

    @Test
    void reports_a_part_of_the_baseline() {
      Indicator seats = indicator("g1", percentage())
          .baseline(Baseline.builder().date(BASELINE_DAY).value(ratio(30, 40)).men(ratio(12, 10)).build())
          .build();
      assertOnly(run(rule, seats), "KDK-IND-004", Severity.ERROR, "plans[0].indicators[0].baseline.men.numerator",
          "12", "10", "2012-12-31");
    }
  }
}
