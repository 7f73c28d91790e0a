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
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class StepDateGuardTest {
  static final String ID = "KDK-LIFE-008";

  /** Created on 2012-03-01, drafting since 2013-03-01. */
  static ActionPlan drafting() {
    return planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING);
  }

  static LifecycleEvent toSituationAnalysis(LocalDate date) {
    return bare(date, PlanState.DRAFTING, PlanState.SITUATION_ANALYSIS).build();
  }

  @Nested
  class Refuses {
    @Test
    void a_step_dated_before_the_previous_one_leaving_the_plan_untouched() {
      ActionPlan plan = drafting();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, toSituationAnalysis(LocalDate.of(2013, 2, 28)), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement().satisfies(f -> {
        assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "2013-02-28", "2013-03-01");
        assertThat(en(f)).contains("Drafting with stakeholders");
        assertThat(tr(f)).contains("Taslak hazırlama");
      });
      assertUntouched(plan, PlanState.DRAFTING, history);
    }

    @Test
    void a_step_dated_after_today() {
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(drafting(), toSituationAnalysis(LifecycleFixtures.TODAY.plusDays(1)), context()));
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "2015-07-01", "2015-06-30"));
    }
  }

  @Nested
  class Accepts {
    @Test
    void a_step_on_the_day_of_the_previous_one_and_appends_it() {
      ActionPlan plan = drafting();
      LifecycleEvent event = toSituationAnalysis(LocalDate.of(2013, 3, 1));
      ActionPlan back = phase2().apply(plan, event, context());
      assertThat(back.getHistory()).hasSize(3).endsWith(event);
      assertUntouched(plan, PlanState.DRAFTING, plan.getHistory());
    }

    @Test
    void a_step_dated_today() {
      assertThat(of(ID, phase2().check(drafting(), toSituationAnalysis(LifecycleFixtures.TODAY), context()))).isEmpty();
    }
  }

  @Nested
  class Replays {
    @Test
    void recorded_steps_after_the_validation_date() {
      ActionPlan recorded = drafting();
      assertThat(RuleHarness.run(new StepDateGuard(), contextWith(recorded), LocalDate.of(2012, 12, 31)))
          .singleElement().satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[1]", "p1",
              "2013-03-01", "2012-12-31"));
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(contextWith(recorded), LocalDate.of(2012, 1, 1))
          .findingsOf(ID)).extracting(f -> f.getPath())
          .containsExactly("plans[0].history[0]", "plans[0].history[1]");
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).isEmpty();
    }
  }

  @Nested
  class Edges {
    @Test
    void a_creation_event_in_the_future() {
      ActionPlan plan = fresh("p1", PlanState.SITUATION_ANALYSIS);
      LifecycleEvent created = LifecycleEvent.ofCreation(LocalDate.of(2016, 1, 1), PlanState.SITUATION_ANALYSIS,
          LifecycleFixtures.VALILIK);
      assertThat(of(ID, phase2().check(plan, created, context()))).hasSize(1);
    }

    @Test
    void with_the_guard_switched_off_the_model_still_rejects_a_step_out_of_date_order() {
      PlanTransitions unguarded = LifecycleFixtures.transitions(Profiles.phase2Programme().withRuleDisabled(ID));
      assertThatThrownBy(() -> unguarded.apply(drafting(), toSituationAnalysis(LocalDate.of(2013, 2, 1)), context()))
          .isInstanceOf(InvariantViolationException.class);
    }
  }
}
