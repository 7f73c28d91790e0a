package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.decision;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

class ApprovalDecisionRuleTest {
  static final LocalDate DAY = LocalDate.of(2013, 2, 5);

  final ApprovalDecisionRule rule = new ApprovalDecisionRule();

  static Dataset with(Approval approval, Decision... decisions) {
    ActionPlan plan = copy(plan("p1", PlanState.COUNCIL_APPROVED)).withApprovals(approval);
    return Dataset.builder().addPlan(plan).addDecisions(decisions).build();
  }

  @Nested
  class Passes {
    @Test
    void a_numbered_council_decision_of_the_same_body_and_day_that_adopted_the_plan() {
      assertThat(run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d1"), DAY),
          decision("d1", DecisionBody.MUNICIPAL_COUNCIL, DAY, "2013/45", DecisionOutcome.ADOPTED)))).isEmpty();
    }

    @Test
    void a_board_decision_needs_no_number() {
      assertThat(run(rule, with(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, Id.of("d1"), DAY),
          decision("d1", DecisionBody.COORDINATION_BOARD_UPPER_TIER, DAY, null, DecisionOutcome.ADOPTED))))
          .isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void when_the_decision_is_not_in_the_dataset() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d9"), DAY)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-004", Severity.ERROR, "plans[0].approvals[0].decisionId", "p1",
          "d9", "2013-02-05");
    }

    @Test
    void when_another_body_took_the_decision() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d1"), DAY),
          decision("d1", DecisionBody.PROVINCIAL_COUNCIL, DAY, "2013/2", DecisionOutcome.ADOPTED)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-004", Severity.ERROR, "plans[0].approvals[0].body", "p1", "d1");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Municipal council").contains("Provincial council");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("Belediye Meclisi").contains("İl Genel Meclisi");
    }

    @Test
    void when_the_dates_differ() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d1"), DAY),
          decision("d1", DecisionBody.MUNICIPAL_COUNCIL, DAY.minusDays(3), "2013/45", DecisionOutcome.ADOPTED)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-004", Severity.ERROR, "plans[0].approvals[0].date", "2013-02-05",
          "2013-02-02", "d1");
    }

    @Test
    void when_the_decision_did_not_adopt_the_plan() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d1"), DAY),
          decision("d1", DecisionBody.MUNICIPAL_COUNCIL, DAY, "2013/45", DecisionOutcome.RETURNED)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-004", Severity.ERROR, "plans[0].approvals[0].decisionId", "d1");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Returned");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("İade edildi");
    }

    @Test
    void when_a_council_decision_has_no_number_pointing_at_the_decision() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.PROVINCIAL_COUNCIL, Id.of("d1"), DAY),
          decision("d0", DecisionBody.COORDINATION_BOARD, DAY, null, DecisionOutcome.ADOPTED),
          decision("d1", DecisionBody.PROVINCIAL_COUNCIL, DAY, null, DecisionOutcome.ADOPTED)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-004", Severity.ERROR, "decisions[1].number", "p1", "d1",
          "2013-02-05");
    }
  }

  @Nested
  class Edges {
    @Test
    void reports_every_fault_of_one_approval() {
      List<Finding> findings = run(rule, with(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, Id.of("d1"), DAY),
          decision("d1", DecisionBody.PROVINCIAL_COUNCIL, DAY.plusDays(1), null, DecisionOutcome.REJECTED)));
      assertThat(findings).extracting(Finding::getPath).containsExactly("plans[0].approvals[0].body",
          "plans[0].approvals[0].date", "plans[0].approvals[0].decisionId", "decisions[0].number");
    }

    @Test
    void a_plan_without_approvals_has_nothing_to_check() {
      assertThat(run(rule, plan("p1", PlanState.DRAFTING))).isEmpty();
    }
  }
}
