package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kdk.rules.catalogue.plan.PlanFixtures.assertFinding;
import static org.kdk.rules.catalogue.plan.PlanFixtures.copy;
import static org.kdk.rules.catalogue.plan.PlanFixtures.plan;
import static org.kdk.rules.catalogue.plan.PlanFixtures.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class BoardBeforeCouncilRuleTest {
  static final LocalDate BOARD_DAY = LocalDate.of(2012, 12, 20);
  static final LocalDate COUNCIL_DAY = LocalDate.of(2013, 2, 5);

  final BoardBeforeCouncilRule rule = new BoardBeforeCouncilRule();

  static Approval approval(DecisionBody body, LocalDate date) {
    return Approval.of(body, Id.of("d-" + body.name().toLowerCase(java.util.Locale.ROOT)), date);
  }

  static ActionPlan approvedBy(Approval... approvals) {
    return copy(plan("p1", PlanState.COUNCIL_APPROVED)).withApprovals(approvals);
  }

  @Nested
  class Passes {
    @Test
    void when_the_board_approved_first() {
      assertThat(run(rule, approvedBy(approval(DecisionBody.MUNICIPAL_COUNCIL, COUNCIL_DAY),
          approval(DecisionBody.COORDINATION_BOARD, BOARD_DAY)))).isEmpty();
    }

    @Test
    void when_the_upper_board_approved_the_same_day() {
      assertThat(run(rule, approvedBy(approval(DecisionBody.COORDINATION_BOARD_UPPER_TIER, COUNCIL_DAY),
          approval(DecisionBody.PROVINCIAL_COUNCIL, COUNCIL_DAY)))).isEmpty();
    }

    @Test
    void when_only_the_board_approved() {
      assertThat(run(rule, approvedBy(approval(DecisionBody.COORDINATION_BOARD, BOARD_DAY)))).isEmpty();
    }
  }

  @Nested
  class Fails {
    @Test
    void a_council_approval_without_any_board_approval() {
      List<Finding> findings = run(rule, approvedBy(approval(DecisionBody.MUNICIPAL_COUNCIL, COUNCIL_DAY)));
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), "KDK-PLAN-003", Severity.ERROR, "plans[0].approvals[0]", "p1", "2013-02-05");
      assertThat(PlanFixtures.en(findings.get(0))).contains("Municipal council");
      assertThat(PlanFixtures.tr(findings.get(0))).contains("Belediye Meclisi");
    }

    @Test
    void a_council_approval_before_the_board_s() {
      List<Finding> findings = run(rule, approvedBy(approval(DecisionBody.COORDINATION_BOARD, COUNCIL_DAY),
          approval(DecisionBody.PROVINCIAL_COUNCIL, COUNCIL_DAY.minusDays(1))));
      assertThat(findings).extracting(Finding::getPath).containsExactly("plans[0].approvals[1]");
    }
  }

  @Nested
  class Edges {
    @Test
    void other_bodies_are_neither_boards_nor_councils() {
      assertThat(run(rule, approvedBy(approval(DecisionBody.GOVERNOR, COUNCIL_DAY),
          approval(DecisionBody.EQUALITY_COMMISSION, COUNCIL_DAY)))).isEmpty();
    }

    @Test
    void the_current_law_profile_switches_it_off() {
      var dataset = PlanFixtures.dataset(approvedBy(approval(DecisionBody.MUNICIPAL_COUNCIL, COUNCIL_DAY)));
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(dataset, PlanFixtures.AS_OF)
          .findingsOf("KDK-PLAN-003")).isEmpty();
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(dataset, PlanFixtures.AS_OF)
          .findingsOf("KDK-PLAN-003")).hasSize(1);
    }
  }
}
