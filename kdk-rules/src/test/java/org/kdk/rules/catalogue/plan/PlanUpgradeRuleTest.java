package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class PlanUpgradeRuleTest {
  final PlanUpgradeRule rule = new PlanUpgradeRule();

  static final ActionPlan YEEP = plan("mardin-yeep", PlanState.BOARD_APPROVED);

  static ActionPlan strategic(String id, String from) {
    return copy(plan(id, PlanState.BOARD_APPROVED)).withKind(PlanKind.STRATEGIC_PLAN)
        .withUpgradedFromPlanId(Id.of(from));
  }

  @Nested
  class Passes {
    @Test
    void mardin_s_strategic_plan_upgrades_its_action_plan() {
      assertThat(run(rule, YEEP, strategic("mardin-yesp", "mardin-yeep"))).isEmpty();
    }

    @Test
    void plans_without_an_upgrade() {
      assertThat(run(rule, YEEP, copy(plan("yesp", PlanState.DRAFTING)).withKind(PlanKind.STRATEGIC_PLAN)))
          .isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_action_plan_that_claims_an_upgrade() {
      ActionPlan wrong = copy(plan("p2", PlanState.DRAFTING)).withUpgradedFromPlanId(Id.of("mardin-yeep"));
      List<Finding> findings = run(rule, YEEP, wrong);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-012", Severity.ERROR, "plans[1].upgradedFromPlanId", "p2",
          "mardin-yeep");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Local Equality Action Plan");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("Yerel Eşitlik Eylem Planı");
    }

    @Test
    void a_strategic_plan_upgraded_from_another_strategic_plan() {
      List<Finding> findings = run(rule, YEEP, strategic("yesp-1", "mardin-yeep"), strategic("yesp-2", "yesp-1"));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-012", Severity.ERROR, "plans[2].upgradedFromPlanId", "yesp-2",
          "yesp-1");
    }
  }

  @Nested
  class Edges {
    @Test
    void a_plan_missing_from_the_dataset_is_left_to_KDK_REF_001() {
      assertThat(run(rule, strategic("mardin-yesp", "elsewhere"))).isEmpty();
    }
  }
}
