package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.AS_OF;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.dataset;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class MissingObservationRuleTest {
  private final MissingObservationRule rule = new MissingObservationRule();

  /** Targets for 2013, 2014 and 2015; an actual value for 2013 only. */
  private static Dataset observedOnlyIn2013() {
    return dataset(indicator("g1", count())
        .addTarget(TargetValue.of(Y2013, n(10)))
        .addTarget(TargetValue.of(Y2014, n(20)))
        .addTarget(TargetValue.of(Y2015, n(30)))
        .addObservation(Observation.of(Y2013, n(12)))
        .build());
  }

  @Nested
  class Passing {
    @Test
    void accepts_a_period_that_has_not_yet_elapsed_on_its_last_day() {
      assertThat(RuleHarness.run(rule, observedOnlyIn2013(), LocalDate.of(2014, 12, 31))).isEmpty();
    }

    @Test
    void allows_the_grace_months_a_profile_sets() {
      var findings = RuleHarness.run(rule, observedOnlyIn2013(), LocalDate.of(2015, 3, 31),
          Map.of("graceMonths", BigDecimal.valueOf(3)));
      assertThat(findings).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_an_elapsed_period_without_an_actual_value_but_not_the_running_one() {
      var findings = RuleHarness.run(rule, observedOnlyIn2013(), AS_OF);
      assertOnly(findings, "KDK-IND-007", Severity.WARNING, "plans[0].indicators[0].targets[1]",
          "g1", "2014", "2014-12-31", "2015-06-30");
    }

    @Test
    void reports_the_period_on_the_first_day_after_it() {
      assertOnly(RuleHarness.run(rule, observedOnlyIn2013(), LocalDate.of(2015, 1, 1)), "KDK-IND-007",
          Severity.WARNING, "plans[0].indicators[0].targets[1]", "2014", "2015-01-01");
    }

    @Test
    void reports_after_the_grace_months() {
      var findings = RuleHarness.run(rule, observedOnlyIn2013(), LocalDate.of(2015, 4, 1),
          Map.of("graceMonths", BigDecimal.valueOf(3)));
      assertOnly(findings, "KDK-IND-007", Severity.WARNING, "plans[0].indicators[0].targets[1]", "2014");
    }

    @Test
    void does_not_count_an_actual_value_for_another_period() {
      Dataset quarterOnly = dataset(indicator("g1", count())
          .addTarget(TargetValue.of(Y2014, n(20)))
          .addObservation(Observation.of(ReportingPeriod.ofQuarter(2014, 4), n(18)))
          .build());
      assertOnly(RuleHarness.run(rule, quarterOnly, AS_OF), "KDK-IND-007", Severity.WARNING,
          "plans[0].indicators[0].targets[0]", "2014");
    }
  }
}
