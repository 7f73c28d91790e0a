package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.copy;
import static org.kdk.rules.lifecycle.LifecycleFixtures.currentLaw;
import static org.kdk.rules.lifecycle.LifecycleFixtures.en;
import static org.kdk.rules.lifecycle.LifecycleFixtures.nextDate;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.step;
import static org.kdk.rules.lifecycle.LifecycleFixtures.tr;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class BoardBeforeCouncilGuardTest {
  static final String ID = "KDK-LIFE-002";

  static ActionPlan drafted() {
    return planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING);
  }

  static LifecycleEvent councilApproval(ActionPlan plan) {
    return step(nextDate(plan), plan.getState(), PlanState.COUNCIL_APPROVED).build();
  }

  @Nested
  class Refuses {
    @Test
    void with_the_phase_2_profile_a_council_approval_without_a_recorded_board_approval() {
      ActionPlan plan = drafted();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, councilApproval(plan), context()));
      assertThat(e).isNotNull();
      assertThat(e.getFindings()).filteredOn(f -> f.getSeverity() == Severity.ERROR).extracting(Finding::getRuleId)
          .containsExactly(ID);
      assertFinding(of(ID, e.getFindings()).get(0), ID, Severity.ERROR, "history[2]", "p1", "2013-04-01");
      assertThat(en(of(ID, e.getFindings()).get(0))).contains("Drafting with stakeholders");
      assertThat(tr(of(ID, e.getFindings()).get(0))).contains("Taslak hazırlama");
      assertUntouched(plan, PlanState.DRAFTING, history);
    }

    @Test
    void a_board_approval_given_before_the_plan_was_drafted_again() {
      ActionPlan redrafted = copy(planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING,
          PlanState.BOARD_APPROVED, PlanState.DRAFTING))
          .withApprovals(Approval.of(DecisionBody.COORDINATION_BOARD, LifecycleFixtures.BOARD_DECISION.getId(),
              LocalDate.of(2013, 4, 1)));
      assertThat(of(ID, phase2().check(redrafted, councilApproval(redrafted), context()))).hasSize(1);
    }
  }

  @Nested
  class Accepts {
    @Test
    void with_the_current_law_profile_the_same_step_and_appends_it() {
      ActionPlan plan = drafted();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      LifecycleEvent event = councilApproval(plan);
      ActionPlan approved = currentLaw().apply(plan, event, context());
      assertThat(approved.getState()).isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(approved.getHistory()).hasSize(3).endsWith(event);
      assertUntouched(plan, PlanState.DRAFTING, history);
    }

    @Test
    void with_the_phase_2_profile_after_the_board_approved() {
      ActionPlan board = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
      ActionPlan approved = phase2().apply(board, councilApproval(board), context());
      assertThat(approved.getHistory()).extracting(LifecycleEvent::getTo).containsExactly(
          PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED);
    }

    @Test
    void straight_from_drafting_when_the_plan_records_a_board_approval_since_it_was_drafted() {
      ActionPlan plan = copy(drafted()).withApprovals(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER,
          LifecycleFixtures.BOARD_DECISION.getId(), LocalDate.of(2013, 3, 15)));
      assertThat(of(ID, phase2().check(plan, councilApproval(plan), context()))).isEmpty();
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_council_approval_without_board_approval_as_the_profile_sets_it() {
      ActionPlan recorded = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.COUNCIL_APPROVED);
      List<Finding> replayed = RuleHarness.run(new BoardBeforeCouncilGuard(), contextWith(recorded),
          LifecycleFixtures.TODAY);
      assertThat(replayed).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[2]", "p1", "2013-04-01"));
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).hasSize(1);
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).isEmpty();
    }
  }

  @Nested
  class Edges {
    @Test
    void a_board_approval_dated_after_the_step_does_not_count() {
      ActionPlan plan = copy(drafted()).withApprovals(Approval.of(DecisionBody.COORDINATION_BOARD,
          LifecycleFixtures.BOARD_DECISION.getId(), LocalDate.of(2013, 4, 2)));
      assertThat(of(ID, phase2().check(plan, councilApproval(plan), context()))).hasSize(1);
    }

    @Test
    void other_steps_are_not_its_business() {
      ActionPlan plan = drafted();
      assertThat(of(ID, phase2().check(plan, step(nextDate(plan), PlanState.DRAFTING, PlanState.BOARD_APPROVED)
          .build(), context()))).isEmpty();
    }
  }
}
