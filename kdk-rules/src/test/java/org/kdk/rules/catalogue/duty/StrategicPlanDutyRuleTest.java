package org.kdk.rules.catalogue.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.duty.DutyFixtures.AS_OF;
import static org.kdk.rules.catalogue.duty.DutyFixtures.TR;
import static org.kdk.rules.catalogue.duty.DutyFixtures.assertMessagesContain;
import static org.kdk.rules.catalogue.duty.DutyFixtures.dataset;
import static org.kdk.rules.catalogue.duty.DutyFixtures.district;
import static org.kdk.rules.catalogue.duty.DutyFixtures.metropolitan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.testing.RuleHarness;

class StrategicPlanDutyRuleTest {
  private static final DateRange OLD_PLAN = DateRange.ofYears(2010, 2014);
  private static final DateRange CURRENT_PLAN = DateRange.ofYears(2015, 2019);

  private final StrategicPlanDutyRule rule = new StrategicPlanDutyRule();

  private List<Finding> run(Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  @Nested
  class Obliged {
    @Test
    void reports_a_metropolitan_municipality_whose_plans_do_not_cover_the_date() {
      List<Finding> findings = run(dataset(metropolitan().addStrategicPlanPeriods(OLD_PLAN).build()));

      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.getRuleId()).isEqualTo("KDK-DUTY-002");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.getPath()).isEqualTo("municipalities[0].strategicPlanPeriods");
        assertMessagesContain(f, "Mardin Büyükşehir Belediyesi", "mardin-bb", "2010-01-01/2014-12-31", AS_OF,
            "50000");
        assertThat(f.getMessage().get(Locale.ENGLISH)).contains("strategic plan");
        assertThat(f.getMessage().get(TR)).contains("stratejik plan").contains("Büyükşehir belediyesi");
      });
    }

    @Test
    void reports_a_district_of_exactly_50000_people() {
      List<Finding> findings = run(dataset(district(50_000).addStrategicPlanPeriods(OLD_PLAN).build()));

      assertThat(findings).singleElement().satisfies(f -> assertMessagesContain(f, "ilce-50000", "50000"));
    }

    @Test
    void lists_every_recorded_period() {
      List<Finding> findings = run(dataset(district(80_000)
          .addStrategicPlanPeriods(DateRange.ofYears(2005, 2009), OLD_PLAN).build()));

      assertThat(findings).singleElement().satisfies(f ->
          assertMessagesContain(f, "2005-01-01/2009-12-31, 2010-01-01/2014-12-31"));
    }

    @Test
    void reports_a_plan_that_ended_the_day_before() {
      DateRange ended = DateRange.of(LocalDate.of(2011, 7, 1), AS_OF.minusDays(1));
      assertThat(run(dataset(metropolitan().addStrategicPlanPeriods(ended).build()))).hasSize(1);
    }
  }

  @Nested
  class Passing {
    @Test
    void passes_a_plan_covering_the_date() {
      assertThat(run(dataset(metropolitan().addStrategicPlanPeriods(OLD_PLAN, CURRENT_PLAN).build()))).isEmpty();
    }

    @Test
    void passes_a_plan_ending_on_the_date_itself() {
      DateRange ending = DateRange.of(LocalDate.of(2011, 7, 1), AS_OF);
      assertThat(run(dataset(metropolitan().addStrategicPlanPeriods(ending).build()))).isEmpty();
    }

    @Test
    void passes_a_district_of_49999_people_without_a_current_plan() {
      assertThat(run(dataset(district(49_999).addStrategicPlanPeriods(OLD_PLAN).build()))).isEmpty();
    }

    @Test
    void leaves_a_municipality_with_no_recorded_period_to_duty_003() {
      assertThat(run(dataset(metropolitan().build(), district(70_000).build()))).isEmpty();
    }

    @Test
    void does_not_judge_a_municipality_abolished_before_the_date() {
      assertThat(run(dataset(metropolitan().addStrategicPlanPeriods(OLD_PLAN)
          .abolishedOn(LocalDate.of(2014, 3, 30)).build()))).isEmpty();
    }
  }

  @Nested
  class NewMunicipalities {
    @Test
    void gives_a_new_municipality_six_months() {
      // Established 2016-01-01: due by 2016-07-01, the day after the validation date.
      Dataset dataset = dataset(metropolitan().establishedOn(LocalDate.of(2016, 1, 1))
          .addStrategicPlanPeriods(OLD_PLAN).build());

      assertThat(run(dataset)).isEmpty();
    }

    @Test
    void judges_it_once_six_months_have_passed() {
      Dataset dataset = dataset(metropolitan().establishedOn(AS_OF.minusMonths(6))
          .addStrategicPlanPeriods(OLD_PLAN).build());

      assertThat(run(dataset)).hasSize(1);
    }

    @Test
    void takes_the_grace_from_the_profile() {
      Dataset dataset = dataset(metropolitan().establishedOn(AS_OF.minusMonths(8))
          .addStrategicPlanPeriods(OLD_PLAN).build());

      assertThat(RuleHarness.run(rule, dataset, AS_OF, Map.of("graceMonths", BigDecimal.valueOf(12)))).isEmpty();
    }
  }

  @Test
  void takes_the_population_threshold_from_the_profile() {
    Dataset dataset = dataset(district(30_000).addStrategicPlanPeriods(OLD_PLAN).build());

    assertThat(RuleHarness.run(rule, dataset, AS_OF, Map.of("populationFrom", BigDecimal.valueOf(30_000))))
        .hasSize(1);
  }

  @Test
  void runs_in_the_validator() {
    Dataset dataset = dataset(metropolitan().addStrategicPlanPeriods(OLD_PLAN).build());

    assertThat(KdkValidator.standard().validate(dataset, AS_OF).findingsOf("KDK-DUTY-002")).hasSize(1);
  }
}
