package org.kdk.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;

class ProgressCalculatorTest {
  static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);
  final ProgressCalculator calculator = ProgressCalculator.standard();

  static IndicatorDefinition definition(Measure measure, Direction direction) {
    return IndicatorDefinition.builder().code("T-1").name(LocalizedText.of("Deneme", "Test")).measure(measure)
        .unit(measure == Measure.PERCENTAGE ? "%" : "kişi").direction(direction).build();
  }

  static Indicator indicator(Direction direction, long baseline, long target, long... actualsByYear) {
    var builder = Indicator.builder().id(Id.of("g")).definition(definition(Measure.COUNT, direction))
        .baseline(Baseline.of(LocalDate.of(2012, 12, 31), Measurement.of(baseline)))
        .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(target)).build());
    for (int i = 0; i < actualsByYear.length; i++) {
      builder.addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013 + i))
          .total(Measurement.of(actualsByYear[i])).build());
    }
    return builder.build();
  }

  static PeriodProgress last(IndicatorProgress progress) {
    return progress.getPeriods().get(progress.getPeriods().size() - 1);
  }

  @Nested
  class ShareOfTheWay {
    @Test
    void a_decreasing_indicator_from_40_to_target_20_at_30_is_half_way() {
      IndicatorProgress p = calculator.progress(indicator(Direction.DECREASE, 40, 20, 35, 33, 30), AS_OF);
      assertThat(last(p).getShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
      assertThat(last(p).getStatus()).as("half way when the target year is over").isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void an_increasing_indicator_from_20_to_40_at_30_is_half_way_too() {
      IndicatorProgress p = calculator.progress(indicator(Direction.INCREASE, 20, 40, 22, 25, 30), AS_OF);
      assertThat(last(p).getShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
    }

    @Test
    void reaching_or_passing_the_target_is_achieved_in_either_direction() {
      assertThat(calculator.progress(indicator(Direction.DECREASE, 40, 20, 30, 25, 18), AS_OF).getStatus())
          .isEqualTo(ProgressStatus.ACHIEVED);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 20, 40, 30, 35, 41), AS_OF).getStatus())
          .isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void moving_the_wrong_way_is_a_negative_share_and_off_track() {
      IndicatorProgress p = calculator.progress(indicator(Direction.DECREASE, 40, 20, 45), AS_OF);
      PeriodProgress y2013 = p.getPeriods().get(0);
      assertThat(y2013.getShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("-0.25"));
      assertThat(y2013.getStatus()).isEqualTo(ProgressStatus.OFF_TRACK);
    }
  }

  @Nested
  class StatusOverTime {
    @Test
    void an_interim_observation_is_judged_against_the_share_expected_by_then() {
      // Baseline end of 2012, target for 2015: by the end of 2013 about a third of the time has passed.
      IndicatorProgress p = calculator.progress(indicator(Direction.INCREASE, 0, 90, 30), AS_OF);
      PeriodProgress y2013 = p.getPeriods().get(0);
      assertThat(y2013.getExpectedShare()).hasValueSatisfying(e -> assertThat(e).isBetween(
          new BigDecimal("0.33"), new BigDecimal("0.34")));
      assertThat(y2013.getStatus()).isEqualTo(ProgressStatus.ON_TRACK);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 0, 90, 20), AS_OF).getPeriods().get(0).getStatus())
          .isEqualTo(ProgressStatus.AT_RISK);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 0, 90, 10), AS_OF).getPeriods().get(0).getStatus())
          .isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void a_target_period_that_ended_without_an_observation_has_no_data() {
      IndicatorProgress p = calculator.progress(indicator(Direction.INCREASE, 0, 90, 30, 60), AS_OF);
      assertThat(last(p).getPeriod()).isEqualTo(ReportingPeriod.ofYear(2015));
      assertThat(last(p).getStatus()).isEqualTo(ProgressStatus.NO_DATA);
      assertThat(p.getStatus()).isEqualTo(ProgressStatus.NO_DATA);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 0, 90, 30, 60), LocalDate.of(2015, 12, 31))
          .getStatus()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void observations_of_periods_not_begun_on_the_report_date_are_ignored() {
      IndicatorProgress p = calculator.progress(indicator(Direction.INCREASE, 0, 90, 30, 60, 90),
          LocalDate.of(2014, 6, 30));
      assertThat(p.getPeriods()).extracting(PeriodProgress::getPeriod)
          .containsExactly(ReportingPeriod.ofYear(2013), ReportingPeriod.ofYear(2014));
    }

    @Test
    void thresholds_can_be_changed() {
      ProgressCalculator strict = ProgressCalculator.of(ProgressThresholds.builder()
          .onTrack(new BigDecimal("1.0")).atRisk(new BigDecimal("0.95")).build());
      assertThat(strict.progress(indicator(Direction.INCREASE, 0, 90, 29), AS_OF).getPeriods().get(0).getStatus())
          .isEqualTo(ProgressStatus.AT_RISK);
    }

    @Test
    void an_indicator_to_keep_is_achieved_within_the_tolerance() {
      assertThat(calculator.progress(indicator(Direction.KEEP, 50, 50, 51), AS_OF).getPeriods().get(0).getStatus())
          .isEqualTo(ProgressStatus.ACHIEVED);
      assertThat(calculator.progress(indicator(Direction.KEEP, 50, 50, 45), AS_OF).getPeriods().get(0).getStatus())
          .isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void without_a_baseline_the_target_met_is_achieved_and_a_missed_final_target_off_track() {
      Indicator noBaseline = Indicator.builder().id(Id.of("g")).definition(definition(Measure.COUNT, Direction.INCREASE))
          .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2014)).value(Measurement.of(10)).build())
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(4)).build())
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(8)).build())
          .build();
      IndicatorProgress p = calculator.progress(noBaseline, AS_OF);
      assertThat(p.getPeriods()).extracting(PeriodProgress::getStatus)
          .containsExactly(ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK);
      assertThat(p.getPeriods().get(0).getShare()).isEmpty();
    }
  }

  @Nested
  class PercentagesAndSex {
    static final IndicatorDefinition SEATS = definition(Measure.PERCENTAGE, Direction.INCREASE);

    @Test
    void a_percentage_given_as_numerator_and_denominator_is_computed_from_them() {
      Indicator seats = Indicator.builder().id(Id.of("s")).definition(SEATS)
          .baseline(Baseline.of(LocalDate.of(2012, 12, 31), Measurement.ofRatio(2, 40)))
          .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2014)).value(Measurement.of(15)).build())
          .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.ofRatio(4, 40))
              .women(Measurement.ofRatio(3, 20)).men(Measurement.ofRatio(1, 20)).build())
          .build();
      IndicatorProgress p = calculator.progress(seats, AS_OF);
      assertThat(p.getBaseline()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5"));
      PeriodProgress y = p.getPeriods().get(0);
      assertThat(y.getActual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("10"));
      assertThat(y.getShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
      assertThat(y.getGap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("10"));
    }

    @Test
    void percentages_pool_through_numerators_and_denominators_never_by_averaging() {
      List<Measurement> districts = List.of(Measurement.ofRatio(1, 10), Measurement.ofRatio(90, 100));
      assertThat(calculator.pooledValue(Measure.PERCENTAGE, districts))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("82.7273"));
      assertThat(calculator.pooledValue(Measure.PERCENTAGE, List.of(Measurement.of(10), Measurement.of(90))))
          .as("a percentage without its parts cannot be pooled").isEmpty();
      assertThat(calculator.pooledValue(Measure.COUNT, List.of(Measurement.of(3), Measurement.of(4))))
          .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7"));
    }
  }

  @Nested
  class Trends {
    @Test
    void follow_the_desired_direction() {
      assertThat(calculator.progress(indicator(Direction.DECREASE, 40, 20, 35, 30), AS_OF).getTrend())
          .isEqualTo(Trend.IMPROVING);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 20, 40, 35, 30), AS_OF).getTrend())
          .isEqualTo(Trend.WORSENING);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 20, 40, 300, 301), AS_OF).getTrend())
          .isEqualTo(Trend.STABLE);
      assertThat(calculator.progress(indicator(Direction.INCREASE, 20, 40, 30), AS_OF).getTrend())
          .isEqualTo(Trend.UNKNOWN);
    }
  }
}
