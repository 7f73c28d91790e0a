package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2016;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.dataset;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class FutureObservationRuleTest {
  private final FutureObservationRule rule = new FutureObservationRule();

  @Nested
  class Passing {
    @Test
    void accepts_actual_values_for_past_and_running_periods_and_targets_for_later_ones() {
      Indicator indicator = indicator("g1", count())
          .addObservation(Observation.of(Y2014, n(3)))
          .addObservation(Observation.of(Y2015, n(4)))
          .addTarget(TargetValue.of(Y2016, n(9)))
          .build();
      assertThat(run(rule, indicator)).isEmpty();
    }

    @Test
    void accepts_a_period_that_starts_on_the_validation_date() {
      Dataset dataset = dataset(indicator("g1", count()).addObservation(Observation.of(Y2016, n(3))).build());
      assertThat(RuleHarness.run(rule, dataset, LocalDate.of(2016, 1, 1))).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_an_actual_value_for_a_period_not_yet_begun() {
      Indicator indicator = indicator("g1", count())
          .addObservation(Observation.of(Y2014, n(3)))
          .addObservation(Observation.of(Y2016, n(5)))
          .build();
      assertOnly(run(rule, indicator), "KDK-IND-013", Severity.WARNING,
          "plans[0].indicators[0].observations[1].period", "g1", "2016", "2016-01-01", "2015-06-30");
    }

    @Test
    void reports_the_day_before_the_period_starts() {
      Dataset dataset = dataset(indicator("g1", count()).addObservation(Observation.of(Y2016, n(3))).build());
      assertOnly(RuleHarness.run(rule, dataset, LocalDate.of(2015, 12, 31)), "KDK-IND-013", Severity.WARNING,
          "plans[0].indicators[0].observations[0].period", "2016", "2015-12-31");
    }
  }
}
