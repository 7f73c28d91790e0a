package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.AgeGroup;
import org.kdk.core.indicator.AgeGroupMeasurement;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class PercentageRangeRuleTest {
  private final PercentageRangeRule rule = new PercentageRangeRule();

  @Nested
  class Passing {
    @Test
    void accepts_percentages_from_0_to_100_inclusive_and_numerator_over_denominator() {
      Indicator share = indicator("g1", percentage())
          .baseline(Baseline.of(BASELINE_DAY, n(0)))
          .addTarget(TargetValue.of(Y2014, n(100)))
          .addObservation(Observation.builder().period(Y2013).total(n("55.5")).women(ratio(31, 47)).build())
          .build();
      assertThat(run(rule, share)).isEmpty();
    }

    @Test
    void leaves_counts_alone() {
      Indicator people = indicator("g1", count()).addTarget(TargetValue.of(Y2014, n(150))).build();
      assertThat(run(rule, people)).isEmpty();
    }

    @Test
    void leaves_a_numerator_above_its_denominator_to_KDK_IND_004() {
      Indicator share = indicator("g1", percentage()).addObservation(Observation.of(Y2013, ratio(60, 50))).build();
      assertThat(run(rule, share)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_target_above_100() {
      Indicator share = indicator("g1", percentage()).addTarget(TargetValue.of(Y2014, n(120))).build();
      assertOnly(run(rule, share), "KDK-IND-003", Severity.ERROR, "plans[0].indicators[0].targets[0].value.value",
          "g1", "120", "2014");
    }

    @Test
    void reports_a_negative_value_for_women() {
      Indicator share = indicator("g1", percentage())
          .addObservation(Observation.builder().period(Y2013).total(n(40)).women(n(-5)).build()).build();
      assertOnly(run(rule, share), "KDK-IND-003", Severity.ERROR, "plans[0].indicators[0].observations[0].women.value",
          "g1", "-5");
    }

    @Test
    void reports_an_age_group_just_above_100() {
      Indicator share = indicator("g1", percentage())
          .addObservation(Observation.builder().period(Y2013).total(n(40))
              .addAgeGroup(AgeGroupMeasurement.of(AgeGroup.of(15, 24), n("100.01"))).build()).build();
      assertOnly(run(rule, share), "KDK-IND-003", Severity.ERROR,
          "plans[0].indicators[0].observations[0].ageGroups[0].value.value", "100.01", "15-24");
    }
  }
}
