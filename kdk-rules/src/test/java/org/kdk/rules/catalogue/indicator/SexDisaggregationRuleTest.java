package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.assertOnly;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.rules.finding.Severity;

class SexDisaggregationRuleTest {
  private final SexDisaggregationRule rule = new SexDisaggregationRule();

  private static Indicator observed(IndicatorDefinition definition, Observation observation) {
    return indicator("g1", definition).addObservation(observation).build();
  }

  @Nested
  class Passing {
    @Test
    void accepts_actual_values_with_women_and_men() {
      var observation = Observation.builder().period(Y2013).total(n(10)).women(n(6)).men(n(4)).build();
      assertThat(run(rule, observed(count(), observation))).isEmpty();
    }

    @Test
    void leaves_alone_units_that_do_not_count_people_and_targets() {
      Indicator projects =
          observed(definition(Measure.COUNT, "proje", Direction.INCREASE), Observation.of(Y2013, n(3)));
      Indicator targetOnly = indicator("g2", count()).addTarget(TargetValue.of(Y2014, n(20))).build();
      assertThat(run(rule, projects, targetOnly)).isEmpty();
    }

    @Test
    void leaves_alone_measures_other_than_count_percentage_and_ratio() {
      Indicator money = observed(definition(Measure.MONEY, "kişi", Direction.INCREASE), Observation.of(Y2013, n(3)));
      assertThat(run(rule, money)).isEmpty();
    }
  }

  @Nested
  class Failing {
    @Test
    void reports_an_actual_value_without_women_and_men_at_the_women() {
      var finding = assertOnly(run(rule, observed(count(), Observation.of(Y2013, n(10)))), "KDK-IND-010",
          Severity.WARNING, "plans[0].indicators[0].observations[0].women", "g1", "\"kişi\"", "2013");
      assertThat(finding.getMessage().get(Language.EN)).contains("women and men");
      assertThat(finding.getMessage().get(Language.TR)).contains("kadın ve erkek");
    }

    @Test
    void reports_the_missing_men_at_the_men() {
      var observation = Observation.builder().period(Y2013).total(n(10)).women(n(6)).build();
      var finding = assertOnly(run(rule, observed(count(), observation)), "KDK-IND-010", Severity.WARNING,
          "plans[0].indicators[0].observations[0].men", "2013");
      assertThat(finding.getMessage().get(Language.TR)).contains("erkek değeri");
    }

    @Test
    void leaves_percentages_alone_by_default_and_matches_units_ignoring_case() {
      // A share such as women's seats in a council is not split by sex: "%" is not a unit of people by default.
      assertThat(run(rule, observed(percentage(), Observation.of(Y2013, n(40))))).isEmpty();
      Indicator upper = observed(definition(Measure.COUNT, "Kişi", Direction.INCREASE), Observation.of(Y2013, n(3)));
      assertOnly(run(rule, upper), "KDK-IND-010", Severity.WARNING,
          "plans[0].indicators[0].observations[0].women", "\"Kişi\"");
    }

    @Test
    void takes_its_own_list_of_units() {
      SexDisaggregationRule students = new SexDisaggregationRule(List.of(" öğrenci "));
      Indicator counted = observed(definition(Measure.COUNT, "öğrenci", Direction.INCREASE),
          Observation.of(Y2013, n(3)));
      assertOnly(run(students, counted), "KDK-IND-010", Severity.WARNING,
          "plans[0].indicators[0].observations[0].women", "\"öğrenci\"");
      assertThat(run(students, observed(count(), Observation.of(Y2013, n(3))))).isEmpty();
      assertThat(students.getPeopleUnits()).containsExactly("öğrenci");
    }
  }
}
