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
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.tr;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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

class ReturnDecisionGuardTest {
  static final String ID = "KDK-LIFE-006";
  static final LocalDate DAY = LocalDate.of(2013, 3, 1);

  static ActionPlan boardApproved() {
    return planThrough(PlanState.BOARD_APPROVED);
  }

  static LifecycleEvent returned(String decision) {
    var builder = bare(DAY, PlanState.BOARD_APPROVED, PlanState.RETURNED);
    if (decision != null) {
      builder.decisionId(Id.of(decision));
    }
    return builder.build();
  }

  static List<Finding> check(LifecycleEvent event, Decision... more) {
    return of(ID, phase2().check(boardApproved(), event, context(more)));
  }

  @Nested
  class Refuses {
    @Test
    void a_return_naming_no_decision_leaving_the_plan_untouched() {
      ActionPlan plan = boardApproved();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, returned(null), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "2013-03-01"));
      assertUntouched(plan, PlanState.BOARD_APPROVED, history);
    }

    @Test
    void a_decision_that_is_not_in_the_dataset() {
      assertThat(check(returned("d-nowhere"))).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "d-nowhere"));
    }

    @Test
    void a_decision_that_adopted_the_plan() {
      assertThat(check(returned("d-council"))).singleElement().satisfies(f -> {
        assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "d-council");
        assertThat(en(f)).contains("\"Adopted\"");
        assertThat(tr(f)).contains("\"Kabul edildi\"");
      });
    }

    @Test
    void a_decision_taken_after_the_return() {
      Decision late = decision("d-late", DecisionBody.MUNICIPAL_COUNCIL, DAY.plusDays(1), "2013/50",
          DecisionOutcome.RETURNED);
      assertThat(check(returned("d-late"), late)).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "d-late", "2013-03-02"));
    }
  }

  @Nested
  class Accepts {
    @Test
    void a_return_by_the_council_s_decision_appending_it_after_which_only_drafting_or_withdrawal_follow() {
      ActionPlan plan = boardApproved();
      LifecycleEvent event = returned("d-return");
      ActionPlan back = phase2().apply(plan, event, context());
      assertThat(back.getState()).isEqualTo(PlanState.RETURNED);
      assertThat(back.getHistory()).hasSize(2).endsWith(event);
      assertUntouched(plan, PlanState.BOARD_APPROVED, plan.getHistory());

      assertThat(of("KDK-LIFE-001", phase2().check(back,
          bare(DAY.plusDays(1), PlanState.RETURNED, PlanState.IMPLEMENTING).build(), context()))).hasSize(1);
      assertThat(phase2().apply(back, bare(DAY.plusDays(1), PlanState.RETURNED, PlanState.DRAFTING).build(),
          context()).getState()).isEqualTo(PlanState.DRAFTING);
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_return_without_decision() {
      ActionPlan recorded = boardApproved().withEvent(returned(null));
      assertThat(RuleHarness.run(new ReturnDecisionGuard(), contextWith(recorded), LifecycleFixtures.TODAY))
          .singleElement().satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[1]", "p1"));
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void any_body_may_return_a_plan() {
      Decision mayor = decision("d-mayor", DecisionBody.MAYOR, DAY, null, DecisionOutcome.RETURNED);
      assertThat(check(returned("d-mayor"), mayor)).isEmpty();
    }
  }
}
