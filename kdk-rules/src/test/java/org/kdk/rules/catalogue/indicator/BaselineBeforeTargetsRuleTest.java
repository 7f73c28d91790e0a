package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
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
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class BaselineBeforeTargetsRuleTest {
  private final BaselineBeforeTargetsRule rule = new BaselineBeforeTargetsRule();

  private static Indicator withBaselineOn(LocalDate day) {
    return indicator("g1", count()).baseline(Baseline.of(day, n(10)))
        .addTarget(TargetValue.of(Y2014, n(30)))
        .addTarget(TargetValue.of(Y2013, n(20)))
        .build();
  }

  @Nested
  class Passing {
    @Test
    void accepts_a_baseline_dated_before_the_first_target_period() {
      assertThat(run(rule, withBaselineOn(BASELINE_DAY))).isEmpty();
    }

    @Test
    void skips_an_indicator_without_baseline_or_without_targets() {
      Indicator noBaseline = indicator("g1", count()).addTarget(TargetValue.of(Y2013, n(20))).build();
      Indicator noTargets = indicator("g2", count()).baseline(Baseline.of(LocalDate.of(2014, 6, 1), n(3))).build();
      assertThat(run(rule, noBaseline, noTargets)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_baseline_dated_inside_the_first_target_period_even_when_that_target_is_listed_second() {
      var findings = run(rule, withBaselineOn(LocalDate.of(2013, 3, 31)));
      assertOnly(findings, "KDK-IND-001", Severity.ERROR, "plans[0].indicators[0].baseline.date",
          "g1", "2013-03-31", "2013-01-01");
    }

    @Test
    void reports_a_baseline_dated_on_the_day_the_first_target_period_starts() {
      var findings = run(rule, withBaselineOn(LocalDate.of(2013, 1, 1)));
      assertOnly(findings, "KDK-IND-001", Severity.ERROR, "plans[0].indicators[0].baseline.date",
          "g1", "2013-01-01");
    }

    @Test
    void names_the_second_indicator_by_its_index() {
      Indicator good = withBaselineOn(BASELINE_DAY);
      Indicator late = indicator("g2", count()).baseline(Baseline.of(LocalDate.of(2015, 1, 1), n(1)))
          .addTarget(TargetValue.of(Y2014, n(2))).build();
      assertOnly(run(rule, good, late), "KDK-IND-001", Severity.ERROR, "plans[0].indicators[1].baseline.date",
          "g2", "2015-01-01", "2014-01-01");
    }
  }
}
