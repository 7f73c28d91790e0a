package org.kdk.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.json.KdkJson;
import org.kdk.core.value.Id;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.ProgressCalculator;
import org.kdk.reporting.progress.Trend;

class DisclosurePolicyTest {
  static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);
  final DisclosurePolicy policy = DisclosurePolicy.defaults();
  final ProgressCalculator calculator = ProgressCalculator.standard();

  static IndicatorDefinition definition(Measure measure, boolean sensitive) {
    return IndicatorDefinition.builder().code("V-1").name(LocalizedText.of("Şiddet başvurusu", "Violence reports"))
        .measure(measure).unit(measure == Measure.COUNT ? "kişi" : "%").direction(Direction.DECREASE)
        .sensitive(sensitive).build();
  }

  /** A sensitive count indicator, baseline 40 (end of 2012) and target 20 for 2015, with the given observations. */
  static Indicator counts(boolean sensitive, Observation... observations) {
    return Indicator.builder().id(Id.of("g")).definition(definition(Measure.COUNT, sensitive))
        .baseline(Baseline.of(LocalDate.of(2012, 12, 31), Measurement.of(40)))
        .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(20)))
        .addObservations(observations).build();
  }

  static Observation count(int year, long total, Long women, Long men) {
    var builder = Observation.builder().period(ReportingPeriod.ofYear(year)).total(Measurement.of(total));
    if (women != null) {
      builder.women(Measurement.of(women));
    }
    if (men != null) {
      builder.men(Measurement.of(men));
    }
    return builder.build();
  }

  IndicatorProgress shown(Indicator indicator) {
    return policy.apply(indicator, calculator.progress(indicator, AS_OF));
  }

  static PeriodProgress period(IndicatorProgress progress, int year) {
    return progress.getPeriods().stream().filter(p -> p.getPeriod().equals(ReportingPeriod.ofYear(year)))
        .findFirst().orElseThrow();
  }

  @Nested
  class Threshold {
    @Test
    void withholds_counts_below_five_by_default() {
      assertThat(policy.getThreshold()).isEqualTo(5);
      assertThat(policy.withholds(BigDecimal.valueOf(4))).isTrue();
      assertThat(policy.withholds(BigDecimal.valueOf(5))).isFalse();
    }

    @Test
    void zero_is_a_small_count_too() {
      assertThat(policy.withholds(BigDecimal.ZERO)).isTrue();
    }

    @Test
    void the_threshold_can_be_set() {
      DisclosurePolicy ten = DisclosurePolicy.of(10);
      assertThat(ten.withholds(BigDecimal.valueOf(9))).isTrue();
      assertThat(DisclosurePolicy.builder().threshold(3).build().withholds(BigDecimal.valueOf(3))).isFalse();
    }

    @Test
    void rejects_a_threshold_below_one_since_zero_must_stay_small() {
      assertThatThrownBy(() -> DisclosurePolicy.of(0)).isInstanceOf(InvariantViolationException.class)
          .hasMessageContaining("threshold");
    }

    @Test
    void is_written_and_read_as_json() {
      String json = KdkJson.strict().write(DisclosurePolicy.of(7));
      assertThat(KdkJson.strict().read(json, DisclosurePolicy.class)).isEqualTo(DisclosurePolicy.of(7));
    }
  }

  @Nested
  class SmallTotals {
    @Test
    void a_small_total_removes_actual_share_women_men_and_gap_but_keeps_target_and_status() {
      IndicatorProgress raw = calculator.progress(counts(true, count(2013, 30, 20L, 10L), count(2014, 3, 2L, 1L)),
          AS_OF);
      IndicatorProgress shown = policy.apply(counts(true, count(2013, 30, 20L, 10L), count(2014, 3, 2L, 1L)), raw);

      PeriodProgress y2014 = period(shown, 2014);
      assertThat(y2014.isSuppressed()).isTrue();
      assertThat(y2014.getActual()).isEmpty();
      assertThat(y2014.getShare()).isEmpty();
      assertThat(y2014.getWomen()).isEmpty();
      assertThat(y2014.getMen()).isEmpty();
      assertThat(y2014.getGap()).isEmpty();
      assertThat(y2014.getTarget()).isEqualTo(period(raw, 2014).getTarget());
      assertThat(y2014.getStatus()).isEqualTo(period(raw, 2014).getStatus());
      assertThat(y2014.getExpectedShare()).isEqualTo(period(raw, 2014).getExpectedShare());
    }

    @Test
    void a_zero_total_is_withheld() {
      IndicatorProgress shown = shown(counts(true, count(2013, 0, null, null)));
      assertThat(period(shown, 2013).getActual()).isEmpty();
      assertThat(period(shown, 2013).isSuppressed()).isTrue();
    }

    @Test
    void periods_with_large_counts_are_left_as_they_are() {
      Indicator indicator = counts(true, count(2013, 30, 20L, 10L), count(2014, 3, null, null));
      IndicatorProgress raw = calculator.progress(indicator, AS_OF);
      assertThat(period(policy.apply(indicator, raw), 2013)).isEqualTo(period(raw, 2013));
    }

    @Test
    void the_trend_of_a_withheld_value_is_unknown() {
      Indicator indicator = counts(true, count(2013, 30, null, null), count(2014, 3, null, null));
      assertThat(calculator.progress(indicator, AS_OF).getTrend()).isEqualTo(Trend.IMPROVING);
      assertThat(shown(indicator).getTrend()).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void a_higher_threshold_withholds_more() {
      Indicator indicator = counts(true, count(2013, 8, null, null));
      assertThat(period(shown(indicator), 2013).getActual()).isPresent();
      assertThat(period(DisclosurePolicy.of(10).apply(indicator, calculator.progress(indicator, AS_OF)), 2013)
          .getActual()).isEmpty();
    }
  }

  @Nested
  class SmallParts {
    @Test
    void a_small_count_of_women_removes_both_parts_and_the_gap_but_keeps_the_total() {
      IndicatorProgress shown = shown(counts(true, count(2013, 30, 2L, 28L)));
      PeriodProgress y2013 = period(shown, 2013);
      assertThat(y2013.isSuppressed()).isTrue();
      assertThat(y2013.getActual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("30"));
      assertThat(y2013.getShare()).isPresent();
      assertThat(y2013.getWomen()).isEmpty();
      assertThat(y2013.getMen()).as("the complement: total minus women gives the men back").isEmpty();
      assertThat(y2013.getGap()).isEmpty();
    }

    @Test
    void a_small_count_of_men_removes_the_large_count_of_women_too() {
      PeriodProgress y2013 = period(shown(counts(true, count(2013, 30, 27L, 3L))), 2013);
      assertThat(y2013.getWomen()).isEmpty();
      assertThat(y2013.getMen()).isEmpty();
      assertThat(y2013.getActual()).isPresent();
    }

    @Test
    void when_only_women_are_recorded_a_small_remainder_withholds_them() {
      // 30 in total, 27 women: the other 3 can be worked out even though men are not recorded.
      PeriodProgress y2013 = period(shown(counts(true, count(2013, 30, 27L, null))), 2013);
      assertThat(y2013.getWomen()).isEmpty();
      assertThat(y2013.isSuppressed()).isTrue();
    }

    @Test
    void large_parts_are_shown() {
      PeriodProgress y2013 = period(shown(counts(true, count(2013, 30, 20L, 10L))), 2013);
      assertThat(y2013.isSuppressed()).isFalse();
      assertThat(y2013.getGap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("10"));
    }
  }

  @Nested
  class PercentagesAndBaselines {
    Indicator harassment(Measurement baseline, Observation observation) {
      return Indicator.builder().id(Id.of("taciz")).definition(definition(Measure.PERCENTAGE, true))
          .baseline(Baseline.of(LocalDate.of(2012, 12, 31), baseline))
          .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(5)))
          .addObservation(observation).build();
    }

    @Test
    void a_percentage_is_judged_by_its_numerator() {
      Observation few = Observation.of(ReportingPeriod.ofYear(2013), Measurement.ofRatio(3, 200));
      Observation many = Observation.of(ReportingPeriod.ofYear(2013), Measurement.ofRatio(30, 200));
      Measurement baseline = Measurement.ofRatio(40, 200);
      assertThat(period(shown(harassment(baseline, few)), 2013).getActual()).isEmpty();
      assertThat(period(shown(harassment(baseline, many)), 2013).getActual())
          .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("15"));
    }

    @Test
    void the_numerator_of_a_part_is_its_count() {
      Observation observation = Observation.builder().period(ReportingPeriod.ofYear(2013))
          .total(Measurement.ofRatio(30, 200)).women(Measurement.ofRatio(28, 100)).men(Measurement.ofRatio(2, 100))
          .build();
      PeriodProgress y2013 = period(shown(harassment(Measurement.ofRatio(40, 200), observation)), 2013);
      assertThat(y2013.getActual()).isPresent();
      assertThat(y2013.getWomen()).isEmpty();
      assertThat(y2013.getMen()).isEmpty();
    }

    @Test
    void a_percentage_given_without_its_numerator_carries_no_count_and_is_shown() {
      Observation observation = Observation.of(ReportingPeriod.ofYear(2013), Measurement.of(new BigDecimal("1.5")));
      IndicatorProgress shown = shown(harassment(Measurement.of(20), observation));
      assertThat(period(shown, 2013).getActual()).isPresent();
      assertThat(period(shown, 2013).isSuppressed()).isFalse();
    }

    @Test
    void a_small_baseline_is_withheld_with_every_share_it_could_be_worked_out_from() {
      Observation observation = Observation.of(ReportingPeriod.ofYear(2013), Measurement.ofRatio(30, 200));
      Indicator indicator = harassment(Measurement.ofRatio(3, 200), observation);
      assertThat(calculator.progress(indicator, AS_OF).getBaseline()).isPresent();

      IndicatorProgress shown = shown(indicator);
      assertThat(shown.getBaseline()).isEmpty();
      assertThat(shown.getBaselineDate()).contains(LocalDate.of(2012, 12, 31));
      assertThat(period(shown, 2013).getShare()).isEmpty();
      assertThat(period(shown, 2013).getActual()).isPresent();
      assertThat(period(shown, 2013).isSuppressed()).isTrue();
    }
  }

  @Nested
  class WhatPassesUnchanged {
    @Test
    void an_indicator_that_is_not_sensitive_keeps_its_small_counts() {
      Indicator indicator = counts(false, count(2013, 2, 1L, 1L));
      IndicatorProgress raw = calculator.progress(indicator, AS_OF);
      assertThat(policy.apply(indicator, raw)).isSameAs(raw);
    }

    @Test
    void a_sensitive_indicator_with_large_counts_only_is_returned_as_it_is() {
      Indicator indicator = counts(true, count(2013, 30, 20L, 10L));
      IndicatorProgress raw = calculator.progress(indicator, AS_OF);
      assertThat(policy.apply(indicator, raw)).isSameAs(raw);
    }

    @Test
    void a_due_period_without_an_observation_is_left_as_it_is() {
      Indicator indicator = counts(true, count(2013, 3, null, null));
      IndicatorProgress shown = shown(indicator);
      PeriodProgress y2015 = period(shown, 2015);
      assertThat(y2015.isSuppressed()).isFalse();
      assertThat(y2015.getTarget()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("20"));
      assertThat(shown.getStatus()).isEqualTo(calculator.progress(indicator, AS_OF).getStatus());
    }

    @Test
    void the_same_input_gives_an_equal_result() {
      Indicator indicator = counts(true, count(2013, 30, 2L, 28L), count(2014, 1, null, null));
      assertThat(shown(indicator)).isEqualTo(shown(indicator));
      assertThat(shown(indicator).getPeriods()).extracting(PeriodProgress::isSuppressed)
          .containsExactly(true, true, false);
      assertThat(shown(indicator).getBaseline()).isEqualTo(Optional.of(BigDecimal.valueOf(40)));
    }
  }
}
