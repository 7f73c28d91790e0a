package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2012;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2016;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.finding.Severity;

class PeriodsInsidePlanRuleTest {
  private final PeriodsInsidePlanRule rule = new PeriodsInsidePlanRule();

  @Nested
  class Passing {
    @Test
    void accepts_periods_from_the_first_to_the_last_year_of_the_plan_and_a_baseline_before_it() {
      Indicator inside = indicator("g1", count())
          .baseline(Baseline.of(LocalDate.of(2012, 6, 30), n(1)))
          .addTarget(TargetValue.of(Y2013, n(2)))
          .addTarget(TargetValue.of(Y2015, n(3)))
          .addObservation(Observation.of(Y2014, n(2)))
          .build();
      assertThat(run(rule, inside)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_target_after_the_plan_period() {
      Indicator late = indicator("g1", count())
          .addTarget(TargetValue.of(Y2015, n(3)))
          .addTarget(TargetValue.of(Y2016, n(4)))
          .build();
      assertOnly(run(rule, late), "KDK-IND-006", Severity.WARNING, "plans[0].indicators[0].targets[1].period",
          "g1", "2016", "2013-01-01", "2015-12-31");
    }

    @Test
    void reports_an_observation_before_the_plan_period() {
      Indicator early = indicator("g1", count()).addObservation(Observation.of(Y2012, n(3))).build();
      assertOnly(run(rule, early), "KDK-IND-006", Severity.WARNING, "plans[0].indicators[0].observations[0].period",
          "2012", "2013-01-01");
    }

    @Test
    void reports_a_period_that_only_partly_overlaps_the_plan() {
      ReportingPeriod straddling =
          ReportingPeriod.of(DateRange.of(LocalDate.of(2015, 7, 1), LocalDate.of(2016, 6, 30)));
      Indicator indicator = indicator("g1", count()).addTarget(TargetValue.of(straddling, n(3))).build();
      assertOnly(run(rule, indicator), "KDK-IND-006", Severity.WARNING, "plans[0].indicators[0].targets[0].period",
          "2015-07-01/2016-06-30");
    }
  }
}
