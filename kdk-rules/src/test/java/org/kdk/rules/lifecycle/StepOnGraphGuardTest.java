package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bare;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.en;
import static org.kdk.rules.lifecycle.LifecycleFixtures.fresh;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.step;
import static org.kdk.rules.lifecycle.LifecycleFixtures.tr;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.InvariantViolationException;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class StepOnGraphGuardTest {
  static final String ID = "KDK-LIFE-001";
  static final LocalDate DAY = LocalDate.of(2013, 3, 1);

  static TransitionRefusedException refusal(ActionPlan plan, LifecycleEvent event) {
    TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
        () -> phase2().apply(plan, event, context()));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Nested
  class Refuses {
    @Test
    void a_step_that_is_not_an_edge_of_the_graph_and_leaves_the_plan_untouched() {
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS);
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = refusal(plan,
          bare(DAY, PlanState.SITUATION_ANALYSIS, PlanState.IMPLEMENTING).build());
      List<Finding> findings = of(ID, e.getFindings());
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), ID, Severity.ERROR, "history[1]", "p1", "2013-03-01");
      assertThat(en(findings.get(0))).contains("Situation analysis").contains("In implementation")
          .contains("Drafting with stakeholders / Withdrawn");
      assertThat(tr(findings.get(0))).contains("Durum analizi / sorun tespiti").contains("Uygulamada");
      assertUntouched(plan, PlanState.SITUATION_ANALYSIS, history);
    }

    @Test
    void a_step_that_does_not_start_from_the_current_state() {
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING);
      TransitionRefusedException e = refusal(plan,
          step(DAY.plusMonths(2), PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED).build());
      List<Finding> findings = of(ID, e.getFindings());
      assertThat(findings).hasSize(1);
      assertFinding(findings.get(0), ID, Severity.ERROR, "history[2]", "p1", "2013-05-01");
      assertThat(en(findings.get(0))).contains("starts from \"Board approval\"").contains("Drafting with stakeholders");
      assertUntouched(plan, PlanState.DRAFTING, plan.getHistory());
    }

    @Test
    void any_step_out_of_a_final_state() {
      ActionPlan completed = planThrough(PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING, PlanState.COMPLETED);
      TransitionRefusedException e = refusal(completed,
          bare(DAY.plusMonths(3), PlanState.COMPLETED, PlanState.IMPLEMENTING).build());
      assertThat(of(ID, e.getFindings())).singleElement().satisfies(f -> {
        assertFinding(f, ID, Severity.ERROR, "history[3]", "p1");
        assertThat(en(f)).contains("final state");
        assertThat(tr(f)).contains("son durum");
      });
    }

    @Test
    void a_second_creation_event() {
      ActionPlan plan = planThrough(PlanState.DRAFTING);
      TransitionRefusedException e = refusal(plan,
          LifecycleEvent.ofCreation(DAY, PlanState.SITUATION_ANALYSIS, LifecycleFixtures.VALILIK));
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "1", "2013-03-01"));
    }
  }

  @Nested
  class Accepts {
    @Test
    void an_edge_from_the_current_state_appending_it_to_the_history() {
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS);
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      LifecycleEvent event = bare(DAY, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING).build();
      ActionPlan moved = phase2().apply(plan, event, context());
      assertThat(moved.getState()).isEqualTo(PlanState.DRAFTING);
      assertThat(moved.getHistory()).hasSize(2).endsWith(event).startsWith(history.get(0));
      assertUntouched(plan, PlanState.SITUATION_ANALYSIS, history);
    }

    @Test
    void the_creation_event_of_a_plan_without_history() {
      ActionPlan plan = fresh("p1", PlanState.SITUATION_ANALYSIS);
      LifecycleEvent created = LifecycleEvent.ofCreation(DAY, PlanState.SITUATION_ANALYSIS, LifecycleFixtures.VALILIK);
      assertThat(of(ID, phase2().check(plan, created, context()))).isEmpty();
      assertThat(phase2().apply(plan, created, context()).getHistory()).containsExactly(created);
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_history_the_model_accepted_has_nothing_to_report() {
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED,
          PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING);
      assertThat(RuleHarness.run(new StepOnGraphGuard(), contextWith(plan), LifecycleFixtures.TODAY)).isEmpty();
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(contextWith(plan), LifecycleFixtures.TODAY)
          .findingsOf(ID)).isEmpty();
    }

    @Test
    void a_first_recorded_event_with_a_starting_state_is_judged_from_that_state() {
      ActionPlan plan = fresh("p1", PlanState.SITUATION_ANALYSIS)
          .withEvent(LifecycleEvent.of(DAY, PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, LifecycleFixtures.VALILIK));
      assertThat(RuleHarness.run(new StepOnGraphGuard(), contextWith(plan), LifecycleFixtures.TODAY)).isEmpty();
    }
  }

  @Nested
  class Edges {
    @Test
    void with_the_guard_switched_off_the_model_still_rejects_the_step() {
      PlanTransitions unguarded = LifecycleFixtures.transitions(Profiles.phase2Programme().withRuleDisabled(ID));
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS);
      assertThatThrownBy(() -> unguarded.apply(plan,
          bare(DAY, PlanState.SITUATION_ANALYSIS, PlanState.IMPLEMENTING).build(), context()))
          .isInstanceOf(InvariantViolationException.class);
    }
  }
}
