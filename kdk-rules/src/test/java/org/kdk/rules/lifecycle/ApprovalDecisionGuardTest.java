package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bare;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.decision;
import static org.kdk.rules.lifecycle.LifecycleFixtures.en;
import static org.kdk.rules.lifecycle.LifecycleFixtures.nextDate;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.tr;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class ApprovalDecisionGuardTest {
  static final String ID = "KDK-LIFE-003";

  static ActionPlan drafted() {
    return planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING);
  }

  static ActionPlan boardApproved() {
    return planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
  }

  /** The step of {@code plan} to {@code to} on its next date naming {@code decision} (none when null). */
  static LifecycleEvent approval(ActionPlan plan, PlanState to, String decision) {
    var builder = bare(nextDate(plan), plan.getState(), to);
    if (decision != null) {
      builder.decisionId(Id.of(decision));
    }
    return builder.build();
  }

  static List<Finding> check(ActionPlan plan, LifecycleEvent event, Decision... more) {
    return of(ID, phase2().check(plan, event, context(more)));
  }

  @Nested
  class Refuses {
    @Test
    void an_approval_step_naming_no_decision_and_leaves_the_plan_untouched() {
      ActionPlan plan = drafted();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, approval(plan, PlanState.BOARD_APPROVED, null), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "2013-04-01"));
      assertUntouched(plan, PlanState.DRAFTING, history);
    }

    @Test
    void a_decision_that_is_not_in_the_dataset() {
      assertThat(check(drafted(), approval(drafted(), PlanState.BOARD_APPROVED, "d-nowhere"))).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "d-nowhere"));
    }

    @Test
    void a_decision_of_the_wrong_body() {
      List<Finding> findings = check(boardApproved(),
          approval(boardApproved(), PlanState.COUNCIL_APPROVED, "d-board"));
      assertThat(findings).singleElement().satisfies(f -> {
        assertFinding(f, ID, Severity.ERROR, "history[3]", "p1", "d-board");
        assertThat(en(f)).contains("Provincial women's rights coordination board")
            .contains("Municipal council / Provincial council");
        assertThat(tr(f)).contains("İl Kadın Hakları Koordinasyon Kurulu").contains("Belediye Meclisi / İl Genel Meclisi");
      });
    }

    @Test
    void a_council_decision_without_a_number() {
      Decision unnumbered = decision("d-unnumbered", DecisionBody.PROVINCIAL_COUNCIL, LocalDate.of(2013, 1, 10), null,
          DecisionOutcome.ADOPTED);
      assertThat(check(boardApproved(), approval(boardApproved(), PlanState.COUNCIL_APPROVED, "d-unnumbered"),
          unnumbered)).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[3]", "p1", "d-unnumbered", "2013-01-10"));
    }

    @Test
    void a_decision_taken_after_the_step() {
      Decision late = decision("d-late", DecisionBody.COORDINATION_BOARD, LocalDate.of(2013, 4, 2), "2013/3",
          DecisionOutcome.ADOPTED);
      assertThat(check(drafted(), approval(drafted(), PlanState.BOARD_APPROVED, "d-late"), late)).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "2013-04-01", "2013-04-02"));
    }

    @Test
    void a_decision_that_did_not_adopt_the_plan() {
      Decision postponed = decision("d-postponed", DecisionBody.COORDINATION_BOARD, LocalDate.of(2013, 3, 20), null,
          DecisionOutcome.POSTPONED);
      assertThat(check(drafted(), approval(drafted(), PlanState.BOARD_APPROVED, "d-postponed"), postponed))
          .singleElement().satisfies(f -> {
            assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "d-postponed");
            assertThat(en(f)).contains("Postponed");
            assertThat(tr(f)).contains("Ertelendi");
          });
    }
  }

  @Nested
  class Accepts {
    @Test
    void a_board_approval_by_the_board_s_decision_appending_it() {
      ActionPlan plan = drafted();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      LifecycleEvent event = approval(plan, PlanState.BOARD_APPROVED, "d-board");
      ActionPlan approved = phase2().apply(plan, event, context());
      assertThat(approved.getHistory()).hasSize(3).endsWith(event);
      assertThat(approved.getState()).isEqualTo(PlanState.BOARD_APPROVED);
      assertUntouched(plan, PlanState.DRAFTING, history);
    }

    @Test
    void a_board_approval_by_the_upper_board_on_the_day_of_the_step() {
      Decision upper = decision("d-upper", DecisionBody.COORDINATION_BOARD_UPPER_TIER, LocalDate.of(2013, 4, 1), null,
          DecisionOutcome.ADOPTED);
      assertThat(check(drafted(), approval(drafted(), PlanState.BOARD_APPROVED, "d-upper"), upper)).isEmpty();
    }

    @Test
    void a_council_approval_by_a_numbered_council_decision() {
      assertThat(check(boardApproved(), approval(boardApproved(), PlanState.COUNCIL_APPROVED, "d-council"))).isEmpty();
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_approval_step_without_decision() {
      ActionPlan recorded = drafted().withEvent(approval(drafted(), PlanState.BOARD_APPROVED, null));
      Dataset dataset = contextWith(recorded);
      assertThat(RuleHarness.run(new ApprovalDecisionGuard(), dataset, LifecycleFixtures.TODAY)).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[2]", "p1", "2013-04-01"));
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(dataset, LifecycleFixtures.TODAY).findingsOf(ID))
          .hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void a_creation_event_into_an_approved_state_is_not_a_step() {
      ActionPlan plan = planThrough(PlanState.BOARD_APPROVED);
      assertThat(RuleHarness.run(new ApprovalDecisionGuard(), contextWith(plan), LifecycleFixtures.TODAY)).isEmpty();
    }

    @Test
    void reports_every_fault_of_one_decision() {
      Decision bad = decision("d-bad", DecisionBody.PROVINCIAL_COUNCIL, LocalDate.of(2014, 1, 1), null,
          DecisionOutcome.REJECTED);
      assertThat(check(drafted(), approval(drafted(), PlanState.BOARD_APPROVED, "d-bad"), bad)).hasSize(4);
    }
  }
}
