package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.bareAction;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class PlanStructureRuleTest {
  final PlanStructureRule rule = new PlanStructureRule();

  static final Aim A1 = Aim.of(Id.of("a1"), Theme.EMPLOYMENT, "Kadın istihdamını artırmak");
  static final Aim A2 = Aim.of(Id.of("a2"), Theme.HEALTH, "Kadın sağlığını iyileştirmek");
  static final Target H1 = Target.of(Id.of("h1"), Id.of("a1"), "Kadın kooperatiflerini desteklemek");
  static final Target H2 = Target.of(Id.of("h2"), Id.of("a1"), "Kreş kapasitesini artırmak");

  @Nested
  class Passes {
    @Test
    void every_aim_has_a_target_and_every_target_an_action() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withAims(A1).withTargets(H1)
          .withActions(bareAction("f1").build());
      assertThat(run(rule, plan)).isEmpty();
    }

    @Test
    void a_plan_with_no_aims_yet() {
      assertThat(run(rule, plan("p1", PlanState.SITUATION_ANALYSIS))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void an_aim_without_a_target() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withAims(A1, A2).withTargets(H1)
          .withActions(bareAction("f1").build());
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-011", Severity.WARNING, "plans[0].aims[1]", "p1", "a2");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Health");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("Sağlık");
    }

    @Test
    void a_target_without_an_action() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withAims(A1).withTargets(H1, H2)
          .withActions(bareAction("f1").build());
      List<Finding> findings = run(rule, plan);
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-011", Severity.WARNING, "plans[0].targets[1]", "p1", "h2");
    }
  }

  @Nested
  class Edges {
    @Test
    void an_action_pointing_at_a_missing_target_does_not_count_for_another() {
      ActionPlan plan = copy(plan("p1", PlanState.DRAFTING)).withAims(A1).withTargets(H1)
          .withActions(bareAction("f1", "h9", "Faaliyet").build());
      assertThat(run(rule, plan)).extracting(Finding::getPath).containsExactly("plans[0].targets[0]");
    }
  }
}
