package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class PlanPeriodRuleTest {
  final PlanPeriodRule rule = new PlanPeriodRule();

  static ActionPlan over(LocalDate start, LocalDate end) {
    return copy(plan("p1", PlanState.DRAFTING)).withPeriod(DateRange.of(start, end));
  }

  static List<Finding> run(PlanPeriodRule rule, ActionPlan plan) {
    return PlanFixtures.run(rule, plan);
  }

  @Nested
  class Passes {
    @Test
    void three_years_as_the_phase_2_plans_ran() {
      assertThat(run(rule, over(LocalDate.of(2013, 1, 1), LocalDate.of(2015, 12, 31)))).isEmpty();
    }

    @Test
    void exactly_two_years() {
      assertThat(run(rule, over(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31)))).isEmpty();
    }

    @Test
    void exactly_five_years_as_later_municipal_plans_run() {
      assertThat(run(rule, over(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void one_month_short_of_two_years() {
      List<Finding> findings = run(rule, over(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 11, 30)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-005", Severity.WARNING, "plans[0].period", "p1", "2013-01-01",
          "2014-11-30", "23", "2", "5");
    }

    @Test
    void one_month_over_five_years() {
      List<Finding> findings = run(rule, over(LocalDate.of(2024, 1, 1), LocalDate.of(2029, 1, 31)));
      assertThat(findings).hasSize(1);
      assertThat(PlanFixtures.en(findings.get(0))).contains("61 months");
    }

    @Test
    void the_phase_2_profile_makes_it_an_error() {
      var report = KdkValidator.of(Profiles.phase2Programme())
          .validate(PlanFixtures.dataset(over(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31))),
              PlanFixtures.AS_OF);
      assertThat(report.findingsOf("KDK-PLAN-005")).singleElement()
          .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }
  }

  @Nested
  class Edges {
    @Test
    void the_bounds_are_parameters() {
      ActionPlan oneYear = over(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31));
      assertThat(RuleHarness.run(rule, PlanFixtures.dataset(oneYear), PlanFixtures.AS_OF,
          Map.of("minYears", BigDecimal.ONE))).isEmpty();
      ActionPlan fiveYears = over(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));
      assertThat(RuleHarness.run(rule, PlanFixtures.dataset(fiveYears), PlanFixtures.AS_OF,
          Map.of("maxYears", BigDecimal.valueOf(4)))).hasSize(1);
    }

    @Test
    void a_period_of_one_day() {
      assertThat(run(rule, over(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 1, 1)))).hasSize(1);
    }
  }
}
