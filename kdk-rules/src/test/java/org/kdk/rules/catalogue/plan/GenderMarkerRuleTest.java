package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.action;
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
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class GenderMarkerRuleTest {
  final GenderMarkerRule rule = new GenderMarkerRule();

  static ActionPlan planWith(Action... actions) {
    return copy(plan("p1", PlanState.DRAFTING)).withActions(actions);
  }

  @Nested
  class Passes {
    @Test
    void an_action_with_budget_and_marker() {
      assertThat(run(rule, planWith(action("f1")))).isEmpty();
    }

    @Test
    void not_targeted_is_a_recorded_marker_too() {
      assertThat(run(rule, planWith(bareAction("f1").addBudget(line(100, 2013))
          .genderMarker(GenderMarker.NOT_TARGETED).build()))).isEmpty();
    }

    @Test
    void an_action_without_money_needs_no_marker() {
      assertThat(run(rule, planWith(bareAction("f1").build()))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_action_with_budget_lines_and_no_marker() {
      List<Finding> findings = run(rule, planWith(action("f1"),
          bareAction("f2", "h1", "Kreş açılması").addBudget(line(50_000, 2014)).build()));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-015", Severity.INFO, "plans[0].actions[1].genderMarker", "p1", "f2",
          "Kreş açılması");
    }

    @Test
    void an_action_with_only_a_declared_total() {
      assertThat(run(rule, planWith(bareAction("f1").totalBudget(Money.ofLira(1)).build()))).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void zero_amounts_are_no_budget() {
      assertThat(run(rule, planWith(bareAction("f1").addBudget(line(0, 2013)).totalBudget(Money.ofLira(0))
          .build()))).isEmpty();
    }
  }
}
