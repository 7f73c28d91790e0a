package org.kdk.rules.catalogue.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.duty.DutyFixtures.AS_OF;
import static org.kdk.rules.catalogue.duty.DutyFixtures.TR;
import static org.kdk.rules.catalogue.duty.DutyFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.duty.DutyFixtures.dataset;
import static org.kdk.rules.catalogue.duty.DutyFixtures.district;
import static org.kdk.rules.catalogue.duty.DutyFixtures.metropolitan;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class DutyRecordsRuleTest {
  private final DutyRecordsRule rule = new DutyRecordsRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  @Test
  void reports_a_non_metropolitan_municipality_without_population() {
    Dataset dataset = dataset(DutyFixtures.municipality("artuklu", "Artuklu Belediyesi",
        MunicipalityType.METROPOLITAN_DISTRICT).build());

    assertThat(run(dataset)).singleElement().satisfies(f -> {
      assertThat(f.getRuleId()).isEqualTo("KDK-DUTY-003");
      assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
      assertThat(f.getPath()).isEqualTo("municipalities[0].population");
      assertMessagesContain(f, "Artuklu Belediyesi", "artuklu", "100000", "50000");
      assertThat(f.getMessage().get(Locale.ENGLISH)).contains("population is not recorded");
      assertThat(f.getMessage().get(TR)).contains("nüfusu kayıtlı olmadığından");
      assertThat(f.getHint().get(Locale.ENGLISH)).contains("population");
    });
  }

  @Test
  void reports_each_missing_record_of_an_obliged_metropolitan_municipality() {
    List<Finding> findings = run(dataset(metropolitan().build()));

    assertThat(findings).extracting(Finding::getPath)
        .containsExactly("municipalities[0].shelterCount", "municipalities[0].strategicPlanPeriods");
    assertThat(findings).allSatisfy(f -> assertMessagesContain(f, "Mardin Büyükşehir Belediyesi", "mardin-bb"));
    assertThat(findings.get(0).getMessage().get(TR)).contains("konukevi sayısı kayıtlı değil");
    assertThat(findings.get(1).getMessage().get(Locale.ENGLISH)).contains("no strategic plan period is recorded");
  }

  @Test
  void asks_only_for_the_strategic_plan_of_a_municipality_too_small_for_shelters() {
    assertThat(run(dataset(district(60_000).build()))).extracting(Finding::getPath)
        .containsExactly("municipalities[0].strategicPlanPeriods");
  }

  @Test
  void asks_nothing_of_a_small_municipality() {
    assertThat(run(dataset(district(40_000).build()))).isEmpty();
  }

  @Test
  void asks_nothing_of_a_complete_record() {
    assertThat(run(dataset(metropolitan().population(800_000).shelterCount(1)
        .addStrategicPlanPeriods(DateRange.ofYears(2015, 2019)).build()))).isEmpty();
  }

  @Test
  void treats_100000_people_as_not_obliged_to_run_shelters() {
    assertThat(run(dataset(district(100_000).addStrategicPlanPeriods(DateRange.ofYears(2015, 2019)).build())))
        .isEmpty();
    assertThat(run(dataset(district(100_001).addStrategicPlanPeriods(DateRange.ofYears(2015, 2019)).build())))
        .extracting(Finding::getPath).containsExactly("municipalities[0].shelterCount");
  }

  @Test
  void does_not_judge_a_municipality_abolished_before_the_date() {
    assertThat(run(dataset(metropolitan().abolishedOn(AS_OF.minusYears(1)).build()))).isEmpty();
  }

  @Test
  void runs_in_the_validator_as_information() {
    assertThat(KdkValidator.standard().validate(dataset(metropolitan().build()), AS_OF)
        .findingsOf("KDK-DUTY-003")).hasSize(2).allSatisfy(f -> assertThat(f.getSeverity()).isEqualTo(Severity.INFO));
  }
}
