package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.OrdinalScale;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.testing.RuleHarness;

/** Shared fixtures of the indicator rules' tests: a 2013–2015 plan holding the indicators under test. */
final class IndicatorFixtures {
  /** The day most tests judge as of: the end of the plan's second year is behind, the third is running. */
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final ReportingPeriod Y2012 = ReportingPeriod.ofYear(2012);
  static final ReportingPeriod Y2013 = ReportingPeriod.ofYear(2013);
  static final ReportingPeriod Y2014 = ReportingPeriod.ofYear(2014);
  static final ReportingPeriod Y2015 = ReportingPeriod.ofYear(2015);
  static final ReportingPeriod Y2016 = ReportingPeriod.ofYear(2016);
  static final LocalDate BASELINE_DAY = LocalDate.of(2012, 12, 31);

  private IndicatorFixtures() {}

  static IndicatorDefinition definition(Measure measure, String unit, Direction direction) {
    var builder = IndicatorDefinition.builder()
        .code("TEST-" + measure.name().replace('_', '-'))
        .name(LocalizedText.of("Deneme göstergesi", "Test indicator"))
        .measure(measure)
        .unit(unit)
        .direction(direction);
    if (measure == Measure.ORDINAL) {
      builder.ordinalScale(OrdinalScale.sdg5c1());
    }
    return builder.build();
  }

  static IndicatorDefinition count() {
    return definition(Measure.COUNT, "kişi", Direction.INCREASE);
  }

  static IndicatorDefinition percentage() {
    return definition(Measure.PERCENTAGE, "%", Direction.INCREASE);
  }

  static IndicatorDefinition percentage(Direction direction) {
    return definition(Measure.PERCENTAGE, "%", direction);
  }

  /** An indicator builder with id {@code id} and {@code definition}. */
  static org.kdk.core.indicator.ImmutableIndicator.Builder indicator(String id, IndicatorDefinition definition) {
    return Indicator.builder().id(Id.of(id)).definition(definition);
  }

  static Measurement n(long value) {
    return Measurement.of(value);
  }

  static Measurement n(String value) {
    return Measurement.of(new BigDecimal(value));
  }

  static Measurement ratio(long numerator, long denominator) {
    return Measurement.ofRatio(numerator, denominator);
  }

  /** A 2013–2015 plan "p1" holding {@code indicators}, each named by an action. */
  static ActionPlan plan(Indicator... indicators) {
    var action = Action.builder().id(Id.of("f1")).targetId(Id.of("h1")).title("Faaliyet");
    for (Indicator indicator : indicators) {
      action.addIndicatorId(indicator.getId());
    }
    return ActionPlan.builder().id(Id.of("p1")).kind(PlanKind.ACTION_PLAN).title("Deneme planı")
        .scope(PlanScope.ofProvince("TR-47")).period(DateRange.ofYears(2013, 2015))
        .addThemes(Theme.EMPLOYMENT)
        .addAction(action.build())
        .addAllIndicators(List.of(indicators))
        .state(PlanState.IMPLEMENTING).build();
  }

  static Dataset dataset(Indicator... indicators) {
    return Dataset.builder().title("gösterge denemesi").addPlan(plan(indicators)).build();
  }

  static List<Finding> run(Rule rule, Indicator... indicators) {
    return RuleHarness.run(rule, dataset(indicators), AS_OF);
  }

  /**
   * Asserts the one finding: rule, severity, path, and that the English and the Turkish message both carry every
   * value of {@code values}.
   */
  static Finding assertOnly(List<Finding> findings, String ruleId, Severity severity, String path,
      String... values) {
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertFinding(finding, ruleId, severity, path, values);
    return finding;
  }

  static void assertFinding(Finding finding, String ruleId, Severity severity, String path, String... values) {
    assertThat(finding.getRuleId()).isEqualTo(ruleId);
    assertThat(finding.getSeverity()).isEqualTo(severity);
    assertThat(finding.getPath()).isEqualTo(path);
    String english = finding.getMessage().get(Language.EN);
    String turkish = finding.getMessage().get(Language.TR);
    assertThat(english).isNotEqualTo(turkish);
    for (String value : values) {
      assertThat(english).as("English message").contains(value);
      assertThat(turkish).as("Turkish message").contains(value);
    }
    assertThat(finding.getHint().get(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    assertThat(finding.getHint().get(Language.TR)).isNotBlank().doesNotContain("{");
    assertThat(english).doesNotContain("{");
    assertThat(turkish).doesNotContain("{");
  }
}
