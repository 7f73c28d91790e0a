package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.rules.finding.Severity;

class UnitFitsMeasureRuleTest {
  private final UnitFitsMeasureRule rule = new UnitFitsMeasureRule();

  private static Indicator withUnit(Measure measure, String unit) {
    return indicator("g1", definition(measure, unit, Direction.INCREASE)).build();
  }

  @Nested
  class Passing {
    @Test
    void accepts_fitting_units() {
      assertThat(run(rule, withUnit(Measure.PERCENTAGE, "%"))).isEmpty();
      assertThat(run(rule, withUnit(Measure.MONEY, "TRY"))).isEmpty();
      assertThat(run(rule, withUnit(Measure.MONEY, "EUR"))).isEmpty();
      assertThat(run(rule, withUnit(Measure.COUNT, "kişi"))).isEmpty();
      assertThat(run(rule, withUnit(Measure.RATIO, "oran"))).isEmpty();
      assertThat(run(rule, withUnit(Measure.QUALITATIVE, "%"))).isEmpty();
    }

    @Test
    void accepts_every_definition_of_the_reference_catalogue() {
      Indicator[] all = ReferenceIndicators.all().stream()
          .map(d -> indicator("g-" + d.getCode().toLowerCase(java.util.Locale.ROOT), d).build())
          .toArray(Indicator[]::new);
      assertThat(run(rule, all)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_a_percentage_not_in_percent() {
      var finding = assertOnly(run(rule, withUnit(Measure.PERCENTAGE, "yüzde")), "KDK-IND-008", Severity.ERROR,
          "plans[0].indicators[0].definition.unit", "g1", "\"yüzde\"");
      assertThat(finding.getMessage().get(Language.EN)).contains("Percentage");
      assertThat(finding.getMessage().get(Language.TR)).contains("Yüzde");
    }

    @Test
    void reports_an_amount_whose_unit_is_not_an_iso_4217_code() {
      assertOnly(run(rule, withUnit(Measure.MONEY, "TL")), "KDK-IND-008", Severity.ERROR,
          "plans[0].indicators[0].definition.unit", "\"TL\"", "ISO 4217");
      assertOnly(run(rule, withUnit(Measure.MONEY, "try")), "KDK-IND-008", Severity.ERROR,
          "plans[0].indicators[0].definition.unit", "\"try\"");
    }

    @Test
    void reports_a_count_in_percent() {
      assertOnly(run(rule, withUnit(Measure.COUNT, "%")), "KDK-IND-008", Severity.ERROR,
          "plans[0].indicators[0].definition.unit", "\"%\"");
    }
  }
}
