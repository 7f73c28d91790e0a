package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.bareAction;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.line;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class BudgetSumRuleTest {
  final BudgetSumRule rule = new BudgetSumRule();

  static Action action(String id, Money total, BudgetLine... lines) {
    var builder = bareAction(id).addBudget(lines);
    if (total != null) {
      builder.totalBudget(total);
    }
    return builder.build();
  }

  static ActionPlan planWith(Money total, Action... actions) {
    ActionPlan plan = copy(plan("p1", PlanState.COUNCIL_APPROVED)).withActions(actions);
    return total == null ? plan : copy(plan).withTotalBudget(total);
  }

  @Nested
  class Passes {
    @Test
    void declared_totals_equal_the_sums_of_the_lines() {
      assertThat(run(rule, planWith(Money.ofLira(630_000),
          action("f1", Money.ofLira(130_000), line(100_000, 2013), line(30_000, 2014)),
          action("f2", Money.of("500000.00", "TRY"), line(500_000, 2014))))).isEmpty();
    }

    @Test
    void totals_are_optional() {
      assertThat(run(rule, planWith(null, action("f1", null, line(100, 2013))))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_action_whose_total_is_not_the_sum_of_its_lines() {
      List<Finding> findings = run(rule, planWith(null,
          action("f1", Money.ofLira(120_000), line(100_000, 2013), line(30_000, 2014))));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-008", Severity.ERROR, "plans[0].actions[0].totalBudget", "f1",
          "120000.00 TRY", "130000.00 TRY", "2");
    }

    @Test
    void a_plan_whose_total_is_not_the_sum_of_all_lines() {
      List<Finding> findings = run(rule, planWith(Money.ofLira(600_000),
          action("f1", null, line(100_000, 2013)), action("f2", null, line(500_001, 2014))));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-008", Severity.ERROR, "plans[0].totalBudget", "p1",
          "600000.00 TRY", "600001.00 TRY");
    }
  }

  @Nested
  class Edges {
    @Test
    void a_total_without_lines_has_nothing_to_add_up() {
      assertThat(run(rule, planWith(Money.ofLira(630_000), action("f1", Money.ofLira(630_000))))).isEmpty();
    }

    @Test
    void amounts_in_other_currencies_are_left_to_KDK_PLAN_009() {
      BudgetLine euros = BudgetLine.of(Money.of("1000.00", "EUR"), FundingSource.GRANT);
      assertThat(run(rule, planWith(Money.ofLira(1000), action("f1", Money.ofLira(1000), euros)))).isEmpty();
      assertThat(run(rule, planWith(null, action("f1", Money.ofLira(100), line(100, 2013), euros)))).isEmpty();
    }

    @Test
    void equal_amounts_of_different_scale_agree() {
      assertThat(run(rule, planWith(null, action("f1", Money.of("100", "TRY"), line(100, 2013))))).isEmpty();
    }
  }
}
