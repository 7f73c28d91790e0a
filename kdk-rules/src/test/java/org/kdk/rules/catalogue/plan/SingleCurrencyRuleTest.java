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
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class SingleCurrencyRuleTest {
  static final BudgetLine EUROS = BudgetLine.of(Money.of("2500.00", "EUR"), FundingSource.GRANT);

  final SingleCurrencyRule rule = new SingleCurrencyRule();

  static ActionPlan planWith(BudgetLine... lines) {
    return copy(plan("p1", PlanState.DRAFTING)).withActions(bareAction("f1").addBudget(lines).build());
  }

  @Nested
  class Passes {
    @Test
    void all_in_lira() {
      assertThat(run(rule, copy(planWith(line(100, 2013), line(200, 2014))).withTotalBudget(Money.ofLira(300))))
          .isEmpty();
    }

    @Test
    void a_plan_without_money() {
      assertThat(run(rule, plan("p1", PlanState.DRAFTING))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void a_line_in_euros_in_a_lira_plan() {
      List<Finding> findings = run(rule, planWith(line(100, 2013), EUROS, line(200, 2014)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-009", Severity.WARNING, "plans[0].actions[0].budget[1].amount",
          "p1", "2500.00 EUR", "TRY");
    }

    @Test
    void the_plan_s_declared_total_sets_the_currency() {
      ActionPlan plan = copy(planWith(EUROS, EUROS)).withTotalBudget(Money.ofLira(5000));
      assertThat(run(rule, plan)).extracting(Finding::getPath)
          .containsExactly("plans[0].actions[0].budget[0].amount", "plans[0].actions[0].budget[1].amount");
    }

    @Test
    void an_action_total_in_another_currency() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withActions(
          bareAction("f1").addBudget(line(100, 2013)).totalBudget(Money.of("100.00", "USD")).build());
      assertThat(run(rule, plan)).extracting(Finding::getPath).containsExactly("plans[0].actions[0].totalBudget");
    }
  }

  @Nested
  class Edges {
    @Test
    void on_a_tie_the_first_currency_met_wins() {
      assertThat(run(rule, planWith(EUROS, line(100, 2013)))).extracting(Finding::getPath)
          .containsExactly("plans[0].actions[0].budget[1].amount");
    }
  }
}
