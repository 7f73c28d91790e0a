package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.AS_OF;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.dataset;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class ValueAgreesWithRatioRuleTest {
  private final ValueAgreesWithRatioRule rule = new ValueAgreesWithRatioRule();

  private static Indicator observed(IndicatorDefinition definition, String value, long numerator, long denominator) {
    Measurement both = Measurement.builder().value(new BigDecimal(value))
        .numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator)).build();
    return indicator("g1", definition).addObservation(Observation.of(Y2013, both)).build();
  }

  private static IndicatorDefinition ratioMeasure() {
    return definition(Measure.RATIO, "oran", Direction.INCREASE);
  }

  @Nested
  class Passing {
    @Test
    void accepts_a_rounded_percentage() {
      assertThat(run(rule, observed(percentage(), "66", 31, 47))).isEmpty();
    }

    @Test
    void accepts_a_difference_of_exactly_half_a_point() {
      assertThat(run(rule, observed(percentage(), "13", 1, 8))).isEmpty();
    }

    @Test
    void accepts_a_ratio_within_its_tolerance() {
      assertThat(run(rule, observed(ratioMeasure(), "0.754", 3, 4))).isEmpty();
    }

    @Test
    void leaves_counts_alone() {
      assertThat(run(rule, observed(count(), "99", 3, 4))).isEmpty();
    }

    @Test
    void uses_the_tolerance_a_profile_sets() {
      var findings = RuleHarness.run(rule, dataset(observed(percentage(), "70", 31, 47)), AS_OF,
          Map.of("percentagePoints", BigDecimal.valueOf(5)));
      assertThat(findings).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_percentage_that_disagrees_with_its_numerator_and_denominator() {
      assertOnly(run(rule, observed(percentage(), "70", 31, 47)), "KDK-IND-011", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total.value", "g1", "70", "31/47", "65.96", "0.5");
    }

    @Test
    void reports_just_beyond_half_a_point() {
      assertOnly(run(rule, observed(percentage(), "13.01", 1, 8)), "KDK-IND-011", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total.value", "13.01", "12.5");
    }

    @Test
    void reports_a_ratio_beyond_its_tolerance() {
      assertOnly(run(rule, observed(ratioMeasure(), "0.76", 3, 4)), "KDK-IND-011", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total.value", "0.76", "3/4", "0.75", "0.005");
    }
  }
}
