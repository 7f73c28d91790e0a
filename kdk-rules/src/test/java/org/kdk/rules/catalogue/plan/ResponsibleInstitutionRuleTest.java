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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class ResponsibleInstitutionRuleTest {
  final ResponsibleInstitutionRule rule = new ResponsibleInstitutionRule();

  @Nested
  class Passes {
    @Test
    void every_action_names_its_responsible_institution() {
      assertThat(run(rule, copy(plan("p1", PlanState.IMPLEMENTING)).withActions(action("f1"), action("f2"))))
          .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"SITUATION_ANALYSIS", "DRAFTING"})
    void a_draft_may_leave_it_open(PlanState state) {
      assertThat(run(rule, copy(plan("p1", state)).withActions(bareAction("f1").build()))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_action_without_one_once_the_plan_is_approved() {
      ActionPlan plan = copy(plan("p1", PlanState.BOARD_APPROVED))
          .withActions(action("f1"), bareAction("f2", "h1", "Kadın kooperatiflerine danışmanlık").build());
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-007", Severity.ERROR,
          "plans[0].actions[1].responsibleInstitutionId", "p1", "f2", "Kadın kooperatiflerine danışmanlık");
    }
  }

  @Nested
  class Edges {
    @Test
    void a_plan_without_actions_has_nothing_to_report() {
      assertThat(run(rule, plan("p1", PlanState.IMPLEMENTING))).isEmpty();
    }
  }
}
