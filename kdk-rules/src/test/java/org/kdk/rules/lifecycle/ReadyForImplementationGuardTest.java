package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bareAction;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.copy;
import static org.kdk.rules.lifecycle.LifecycleFixtures.currentLaw;
import static org.kdk.rules.lifecycle.LifecycleFixtures.nextDate;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.readyAction;
import static org.kdk.rules.lifecycle.LifecycleFixtures.step;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.ImmutableAction;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class ReadyForImplementationGuardTest {
  static final String ID = "KDK-LIFE-004";

  static ActionPlan approvedWith(Action... actions) {
    return copy(planThrough(PlanState.COUNCIL_APPROVED)).withActions(actions);
  }

  static LifecycleEvent implementation(ActionPlan plan) {
    return step(nextDate(plan), plan.getState(), PlanState.IMPLEMENTING).build();
  }

  @Nested
  class Refuses {
    @Test
    void with_the_phase_2_profile_a_plan_without_a_ready_action_and_leaves_it_untouched() {
      ActionPlan plan = approvedWith(bareAction("f1"), bareAction("f2"));
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, implementation(plan), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "2013-03-01", "0", "2", "1"));
      assertUntouched(plan, PlanState.COUNCIL_APPROVED, history);
    }

    @Test
    void fewer_ready_actions_than_the_profile_asks_for() {
      PlanTransitions strict = LifecycleFixtures.transitions(
          Profiles.phase2Programme().withParameter(ID, "minReadyActions", 2));
      ActionPlan plan = approvedWith(readyAction("f1"), bareAction("f2"));
      assertThat(of(ID, strict.check(plan, implementation(plan), context()))).singleElement()
          .satisfies(f -> assertThat(LifecycleFixtures.en(f)).contains("1 of its actions (2 in all)").contains("at least 2"));
    }
  }

  @Nested
  class Accepts {
    @Test
    void a_plan_with_a_ready_action_appending_the_step() {
      ActionPlan plan = approvedWith(bareAction("f1"), readyAction("f2"));
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      LifecycleEvent event = implementation(plan);
      ActionPlan implementing = phase2().apply(plan, event, context());
      assertThat(implementing.getState()).isEqualTo(PlanState.IMPLEMENTING);
      assertThat(implementing.getHistory()).hasSize(2).endsWith(event);
      assertUntouched(plan, PlanState.COUNCIL_APPROVED, history);
    }

    @Test
    void with_the_current_law_profile_as_a_warning() {
      ActionPlan plan = approvedWith(bareAction("f1"));
      List<Finding> findings = of(ID, currentLaw().check(plan, implementation(plan), context()));
      assertThat(findings).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
      assertThat(currentLaw().apply(plan, implementation(plan), context()).getState())
          .isEqualTo(PlanState.IMPLEMENTING);
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_implementation_without_a_ready_action() {
      ActionPlan recorded = copy(planThrough(PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING))
          .withActions(bareAction("f1"));
      assertThat(RuleHarness.run(new ReadyForImplementationGuard(), contextWith(recorded), LifecycleFixtures.TODAY))
          .singleElement().satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[1]", "p1"));
      assertThat(KdkValidator.of(Profiles.phase2Programme()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    }
  }

  @Nested
  class Edges {
    @Test
    void an_action_lacking_any_one_of_the_three_is_not_ready() {
      Action ready = readyAction("f1");
      Action noResponsible = ImmutableAction.copyOf(ready).withResponsibleInstitutionId(java.util.Optional.empty());
      Action noBudget = ImmutableAction.copyOf(ready).withBudget(List.of());
      Action noIndicator = ImmutableAction.copyOf(ready).withIndicatorIds(List.of());
      for (Action action : List.of(noResponsible, noBudget, noIndicator)) {
        ActionPlan plan = approvedWith(action);
        assertThat(of(ID, phase2().check(plan, implementation(plan), context()))).hasSize(1);
      }
    }

    @Test
    void resuming_implementation_after_a_suspension_is_judged_too() {
      ActionPlan suspended = copy(planThrough(PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING, PlanState.SUSPENDED))
          .withActions(bareAction("f1"));
      assertThat(of(ID, phase2().check(suspended, implementation(suspended), context()))).hasSize(1);
    }
  }
}
