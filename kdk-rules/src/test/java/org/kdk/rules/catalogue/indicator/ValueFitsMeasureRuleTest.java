package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class ValueFitsMeasureRuleTest {
  private final ValueFitsMeasureRule rule = new ValueFitsMeasureRule();

  private static Indicator observed(Measure measure, Measurement value) {
    return indicator("g1", definition(measure, "birim", Direction.INCREASE))
        .addObservation(Observation.of(Y2013, value)).build();
  }

  @Nested
  class Passing {
    @Test
    void accepts_values_that_fit_their_measures() {
      Indicator qualitative = indicator("g1", definition(Measure.QUALITATIVE, "açıklama", Direction.INCREASE))
          .addTarget(TargetValue.of(Y2014, Measurement.ofText("Eşitlik birimi kurulmuş olacak")))
          .addObservation(Observation.of(Y2013, Measurement.builder().value(BigDecimal.ONE).text("Kuruldu").build()))
          .build();
      Indicator milestone = indicator("g2", definition(Measure.MILESTONE, "kilometre taşı", Direction.INCREASE))
          .addTarget(TargetValue.of(Y2015, n(1)))
          .addObservation(Observation.of(Y2013, Measurement.builder().value(BigDecimal.ZERO).text("Taslak").build()))
          .build();
      Indicator ordinal = indicator("g3", definition(Measure.ORDINAL, "puan", Direction.INCREASE))
          .addTarget(TargetValue.of(Y2013, n(0)))
          .addTarget(TargetValue.of(Y2014, n("1.0")))
          .addTarget(TargetValue.of(Y2015, n(2)))
          .build();
      Indicator counted = indicator("g4", count())
          .addObservation(Observation.of(Y2013,
              Measurement.builder().value(BigDecimal.TEN).text("Kayıtlardan").build()))
          .build();
      assertThat(run(rule, qualitative, milestone, ordinal, counted)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_text_alone_for_a_count() {
      assertOnly(run(rule, observed(Measure.COUNT, Measurement.ofText("Çok sayıda kadın"))), "KDK-IND-009",
          Severity.ERROR, "plans[0].indicators[0].observations[0].total", "g1", "\"Çok sayıda kadın\"", "2013");
    }

    @Test
    void reports_a_qualitative_value_without_a_text() {
      assertOnly(run(rule, observed(Measure.QUALITATIVE, n(3))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "g1", "3");
    }

    @Test
    void reports_a_milestone_other_than_0_or_1() {
      assertOnly(run(rule, observed(Measure.MILESTONE, n(2))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "2");
      assertOnly(run(rule, observed(Measure.MILESTONE, n("0.5"))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "0.5");
      assertOnly(run(rule, observed(Measure.MILESTONE, ratio(1, 1))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "1/1");
    }

    @Test
    void reports_an_ordinal_value_off_the_scale_or_between_points() {
      assertOnly(run(rule, observed(Measure.ORDINAL, n(3))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "3", "0", "2");
      assertOnly(run(rule, observed(Measure.ORDINAL, n("1.5"))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "1.5");
      assertOnly(run(rule, observed(Measure.ORDINAL, n(-1))), "KDK-IND-009", Severity.ERROR,
          "plans[0].indicators[0].observations[0].total", "-1");
    }
  }
}
