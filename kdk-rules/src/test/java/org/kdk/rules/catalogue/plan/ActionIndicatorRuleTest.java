package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.action;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.bareAction;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class ActionIndicatorRuleTest {
  final ActionIndicatorRule rule = new ActionIndicatorRule();

  @Nested
  class Passes {
    @Test
    void every_action_names_an_indicator() {
      assertThat(run(rule, copy(plan("p1", PlanState.DRAFTING)).withActions(action("f1"), action("f2"))))
          .isEmpty();
    }

    @Test
    void a_plan_without_actions() {
      assertThat(run(rule, plan("p1", PlanState.DRAFTING))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_action_without_indicator() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING))
          .withActions(action("f1"), bareAction("f2", "h1", "Farkındalık semineri").build());
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-013", Severity.WARNING, "plans[0].actions[1].indicatorIds", "p1",
          "f2", "Farkındalık semineri");
    }
  }

  @Nested
  class Edges {
    @Test
    void the_phase_2_profile_makes_it_an_error() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withActions(bareAction("f1").build());
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(PlanFixtures.dataset(plan), PlanFixtures.AS_OF)
          .findingsOf("KDK-PLAN-013")).singleElement()
          .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }
  }
}
