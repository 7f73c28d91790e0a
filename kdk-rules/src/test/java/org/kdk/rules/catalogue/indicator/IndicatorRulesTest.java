package org.kdk.rules.catalogue.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.AS_OF;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.BASELINE_DAY;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2012;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2013;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2014;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2015;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.Y2016;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.count;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.dataset;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.definition;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.indicator;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.n;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.percentage;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.plan;
import static org.kdk.rules.catalogue.indicator.IndicatorFixtures.ratio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.testing.RuleHarness;

class IndicatorRulesTest {

  @Test
  void lists_the_thirteen_rules_in_id_order_as_new_instances() {
    List<String> ids = IndicatorRules.all().stream().map(Rule::getId).collect(Collectors.toList());
    assertThat(ids).containsExactly("KDK-IND-001", "KDK-IND-002", "KDK-IND-003", "KDK-IND-004", "KDK-IND-005",
        "KDK-IND-006", "KDK-IND-007", "KDK-IND-008", "KDK-IND-009", "KDK-IND-010", "KDK-IND-011", "KDK-IND-012",
        "KDK-IND-013");
    assertThat(IndicatorRules.all().get(0)).isNotSameAs(IndicatorRules.all().get(0));
  }

  @Test
  void every_rule_has_its_texts_in_both_languages_and_a_bilingual_basis() {
    for (Rule rule : IndicatorRules.all()) {
      assertThat(rule).isInstanceOf(CatalogueRule.class);
      assertThat(((CatalogueRule) rule).hasCompleteTexts()).as(rule.getId()).isTrue();
      assertThat(rule.getTitle().get(Language.EN)).as(rule.getId()).isNotEqualTo(rule.getTitle().get(Language.TR));
      assertThat(rule.getBasis().getCitation().getEn()).as(rule.getId()).isPresent();
    }
  }

  @Test
  void default_severities_are_those_of_the_catalogue() {
    assertThat(IndicatorRules.all().stream().map(Rule::getDefaultSeverity).collect(Collectors.toList()))
        .containsExactly(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR,
            Severity.WARNING, Severity.WARNING, Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.ERROR,
            Severity.INFO, Severity.WARNING);
  }

  @Test
  void no_rule_throws_on_unusual_but_valid_data() {
    Indicator[] odd = {
        indicator("bos", percentage()).build(),
        indicator("oran-sayi", count())
            .baseline(Baseline.of(BASELINE_DAY, ratio(3, 4)))
            .addTarget(TargetValue.of(Y2014, ratio(5, 4)))
            .addObservation(Observation.of(Y2014, Measurement.ofText("ölçülemedi")))
            .build(),
        indicator("nitel", definition(Measure.QUALITATIVE, "açıklama", Direction.KEEP))
            .baseline(Baseline.of(BASELINE_DAY, ratio(1, 2)))
            .addTarget(TargetValue.of(Y2014, Measurement.ofText("iyi")))
            .build(),
        indicator("sirali", definition(Measure.ORDINAL, "puan", Direction.DECREASE))
            .addTarget(TargetValue.of(Y2014, ratio(1, 2)))
            .build()};
    for (Rule rule : IndicatorRules.all()) {
      for (LocalDate day : List.of(LocalDate.of(1990, 1, 1), AS_OF, LocalDate.of(2100, 1, 1))) {
        assertThat(RuleHarness.run(rule, dataset(odd), day)).as(rule.getId())
            .allSatisfy(f -> assertThat(f.getRuleId()).isEqualTo(rule.getId()));
      }
    }
    for (Rule rule : IndicatorRules.all()) {
      assertThat(RuleHarness.run(rule, Dataset.empty(), AS_OF)).as(rule.getId()).isEmpty();
    }
  }

  @Test
  void run_through_the_validator_a_decreasing_indicator_with_a_rising_target_is_reported() {
    var rising = indicator("g1", percentage(Direction.DECREASE))
        .baseline(Baseline.of(BASELINE_DAY, n(40)))
        .addTarget(TargetValue.of(Y2014, n(45)))
        .build();
    List<Finding> findings = KdkValidator.of(Profiles.currentLaw()).validate(dataset(rising), AS_OF).getFindings()
        .stream().filter(f -> f.getRuleId().startsWith("KDK-IND-")).collect(Collectors.toList());
    assertThat(findings).extracting(Finding::getRuleId).contains("KDK-IND-002");
    assertThat(findings).filteredOn(f -> f.getRuleId().equals("KDK-IND-002")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("plans[0].indicators[0].targets[0].value");
          assertThat(f.getMessage().get(Language.EN)).contains("45").contains("40");
          assertThat(f.getMessage().get(Language.TR)).contains("45").contains("40");
        });
    assertThat(findings).noneMatch(f -> f.getPath().isEmpty());
  }

  @Test
  void run_together_by_the_validator_the_rules_find_exactly_what_each_finds_on_its_own() {
    // Several indicators, each breaking several rules, so that the validator's one pass over the indicators
    // interleaves the rules' work; the report orders its findings (severity, path, rule), so compare in that order.
    Indicator[] broken = {
        indicator("yuzde", percentage(Direction.DECREASE))
            .baseline(Baseline.of(LocalDate.of(2014, 6, 30), n(40)))
            .addTarget(TargetValue.of(Y2014, n(145)))
            .addTarget(TargetValue.of(Y2016, ratio(9, 4)))
            .addObservation(Observation.of(Y2013, ratio(5, 4)))
            .addObservation(Observation.of(Y2016, n(120)))
            .build(),
        indicator("sayi", count())
            .addTarget(TargetValue.of(Y2014, n(10)))
            .addTarget(TargetValue.of(Y2015, n(5)))
            .addObservation(Observation.builder().period(Y2013).total(n(10)).women(n(8)).men(n(7)).build())
            .addObservation(Observation.of(Y2012, Measurement.ofText("sayılamadı")))
            .build(),
        indicator("bos", percentage()).addObservation(Observation.of(Y2014, n(101))).build()};
    Dataset dataset = Dataset.builder().title("bozuk göstergeler").addPlan(plan(broken))
        .addPlan(ImmutableActionPlan.copyOf(plan(broken)).withId(Id.of("p2"))).build();

    List<Finding> alone = new ArrayList<>();
    for (Rule rule : IndicatorRules.all()) {
      alone.addAll(RuleHarness.run(rule, dataset, AS_OF));
    }
    alone.sort(Comparator.naturalOrder());
    List<Finding> together = KdkValidator.of(Profiles.currentLaw()).validate(dataset, AS_OF).getFindings().stream()
        .filter(f -> f.getRuleId().startsWith("KDK-IND-")).collect(Collectors.toList());

    assertThat(alone.stream().map(Finding::getRuleId).distinct().count()).isGreaterThanOrEqualTo(6);
    assertThat(alone).anyMatch(f -> f.getPath().startsWith("plans[1]."));
    assertThat(together).extracting(f -> f.getRuleId() + " " + f.getPath())
        .containsExactlyElementsOf(alone.stream().map(f -> f.getRuleId() + " " + f.getPath())
            .collect(Collectors.toList()));
    assertThat(together).extracting(Finding::getMessage)
        .containsExactlyElementsOf(alone.stream().map(Finding::getMessage).collect(Collectors.toList()));
  }
}
