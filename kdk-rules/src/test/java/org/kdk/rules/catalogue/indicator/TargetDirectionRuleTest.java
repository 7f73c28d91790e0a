package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class TargetDirectionRuleTest {
  private final TargetDirectionRule rule = new TargetDirectionRule();

  private static Indicator decreasing(Measurement first, Measurement second) {
    return indicator("g1", percentage(Direction.DECREASE))
        .baseline(Baseline.of(BASELINE_DAY, n(40)))
        .addTarget(TargetValue.of(Y2014, first))
        .addTarget(TargetValue.of(Y2015, second))
        .build();
  }

  @Nested
  class Decrease {
    @Test
    void accepts_targets_falling_from_the_baseline() {
      assertThat(run(rule, decreasing(n(30), n(20)))).isEmpty();
    }

    @Test
    void accepts_a_target_held_at_the_one_before() {
      assertThat(run(rule, decreasing(n(30), n(30)))).isEmpty();
    }

    @Test
    void reports_a_target_above_the_baseline() {
      var findings = run(rule, decreasing(n(30), n(45)));
      var finding = assertOnly(findings, "KDK-IND-002", Severity.ERROR, "plans[0].indicators[0].targets[1].value",
          "g1", "45", "40", "2015", "2012-12-31");
      assertThat(finding.getMessage().get(Language.EN)).contains("should fall");
      assertThat(finding.getMessage().get(Language.TR)).contains("azalması gerekir");
    }

    @Test
    void reports_a_target_equal_to_the_baseline() {
      assertOnly(run(rule, decreasing(n(40), n(20))), "KDK-IND-002", Severity.ERROR,
          "plans[0].indicators[0].targets[0].value", "g1", "40");
    }

    @Test
    void reports_a_target_rising_above_the_target_before_it() {
      var findings = run(rule, decreasing(n(20), n(30)));
      assertOnly(findings, "KDK-IND-002", Severity.ERROR, "plans[0].indicators[0].targets[1].value",
          "g1", "30", "20", "2014");
    }

    @Test
    void takes_targets_in_period_order_not_in_list_order() {
      Indicator listedBackwards = indicator("g1", percentage(Direction.DECREASE))
          .baseline(Baseline.of(BASELINE_DAY, n(40)))
          .addTarget(TargetValue.of(Y2015, n(20)))
          .addTarget(TargetValue.of(Y2014, n(30)))
          .build();
      assertThat(run(rule, listedBackwards)).isEmpty();
    }
  }

  @Nested
  class Increase {
    @Test
    void compares_a_percentage_given_as_numerator_and_denominator_by_its_number() {
      Indicator seats = indicator("g1", percentage())
          .baseline(Baseline.of(BASELINE_DAY, ratio(2, 31)))
          .addTarget(TargetValue.of(Y2014, n(10)))
          .addTarget(TargetValue.of(Y2015, ratio(5, 31)))
          .build();
      assertThat(run(rule, seats)).isEmpty();
    }

    @Test
    void reports_a_numerator_and_denominator_target_below_the_target_before_it_with_both_shown() {
      Indicator seats = indicator("g1", percentage())
          .baseline(Baseline.of(BASELINE_DAY, ratio(2, 31)))
          .addTarget(TargetValue.of(Y2014, n(10)))
          .addTarget(TargetValue.of(Y2015, ratio(3, 31)))
          .build();
      assertOnly(run(rule, seats), "KDK-IND-002", Severity.ERROR, "plans[0].indicators[0].targets[1].value",
          "g1", "9.68 (3/31)", "10");
    }

    @Test
    void reports_the_women_series_on_its_own() {
      Indicator trained = indicator("g1", definition(Measure.COUNT, "kişi", Direction.INCREASE))
          .baseline(Baseline.builder().date(BASELINE_DAY).value(n(10)).women(n(4)).men(n(6)).build())
          .addTarget(TargetValue.builder().period(Y2014).value(n(20)).women(n(3)).men(n(17)).build())
          .build();
      assertOnly(run(rule, trained), "KDK-IND-002", Severity.ERROR, "plans[0].indicators[0].targets[0].women",
          "g1", "3", "4");
    }

    @Test
    void checks_the_order_of_targets_when_there_is_no_baseline() {
      Indicator noBaseline = indicator("g1", percentage())
          .addTarget(TargetValue.of(Y2013, n(30)))
          .addTarget(TargetValue.of(Y2014, n(25)))
          .build();
      assertOnly(run(rule, noBaseline), "KDK-IND-002", Severity.ERROR, "plans[0].indicators[0].targets[1].value",
          "25", "30");
    }

    @Test
    void ignores_observations_even_when_they_go_the_wrong_way() {
      Indicator fallen = indicator("g1", percentage())
          .baseline(Baseline.of(BASELINE_DAY, n(10)))
          .addTarget(TargetValue.of(Y2014, n(20)))
          .addObservation(Observation.of(Y2013, n(5)))
          .build();
      assertThat(run(rule, fallen)).isEmpty();
    }
  }

  @Nested
  class KeepAndOthers {
    @Test
    void keep_accepts_targets_equal_to_the_baseline_and_reports_others() {
      Indicator kept = indicator("g1", definition(Measure.MONEY, "TRY", Direction.KEEP))
          .baseline(Baseline.of(BASELINE_DAY, n(100000)))
          .addTarget(TargetValue.of(Y2014, n("100000.00")))
          .addTarget(TargetValue.of(Y2015, n(90000)))
          .build();
      var finding = assertOnly(run(rule, kept), "KDK-IND-002", Severity.ERROR,
          "plans[0].indicators[0].targets[1].value", "90000", "100000");
      assertThat(finding.getMessage().get(Language.TR)).contains("korunması gerekir");
    }

    @Test
    void skips_values_without_a_number() {
      Indicator qualitative = indicator("g1", definition(Measure.QUALITATIVE, "açıklama", Direction.INCREASE))
          .baseline(Baseline.of(BASELINE_DAY, Measurement.ofText("Birim yok")))
          .addTarget(TargetValue.of(Y2014, Measurement.ofText("Birim kuruldu")))
          .build();
      assertThat(run(rule, qualitative)).isEmpty();
    }
  }
}
