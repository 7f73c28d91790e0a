package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bare;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.en;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.tr;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class StopReasonGuardTest {
  static final String ID = "KDK-LIFE-007";
  static final LocalDate DAY = LocalDate.of(2013, 3, 1);

  static ActionPlan implementing() {
    return planThrough(PlanState.IMPLEMENTING);
  }

  static LifecycleEvent stop(PlanState to, String reason) {
    var builder = bare(DAY, PlanState.IMPLEMENTING, to);
    if (reason != null) {
      builder.reason(reason);
    }
    return builder.build();
  }

  @Nested
  class Refuses {
    @Test
    void when_a_profile_raises_it_to_an_error_leaving_the_plan_untouched() {
      PlanTransitions strict = LifecycleFixtures.transitions(Profiles.phase2Programme().withSeverity(ID, Severity.ERROR));
      ActionPlan plan = implementing();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> strict.apply(plan, stop(PlanState.SUSPENDED, null), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[1]", "p1", "2013-03-01"));
      assertUntouched(plan, PlanState.IMPLEMENTING, history);
    }
  }

  @Nested
  class Accepts {
    @ParameterizedTest
    @EnumSource(value = PlanState.class, names = {"SUSPENDED", "WITHDRAWN"})
    void a_stop_without_reason_with_a_warning_and_appends_it(PlanState to) {
      ActionPlan plan = implementing();
      List<Finding> findings = of(ID, phase2().check(plan, stop(to, null), context()));
      assertThat(findings).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.WARNING, "history[1]", "p1", "2013-03-01"));
      ActionPlan stopped = phase2().apply(plan, stop(to, null), context());
      assertThat(stopped.getState()).isEqualTo(to);
      assertThat(stopped.getHistory()).hasSize(2);
      assertUntouched(plan, PlanState.IMPLEMENTING, plan.getHistory());
    }

    @Test
    void names_the_state_in_each_language() {
      Finding finding = of(ID, phase2().check(implementing(), stop(PlanState.WITHDRAWN, null), context())).get(0);
      assertThat(en(finding)).contains("Withdrawn");
      assertThat(tr(finding)).contains("Geri çekildi");
    }

    @Test
    void a_stop_with_a_reason_without_finding() {
      assertThat(of(ID, phase2().check(implementing(), stop(PlanState.SUSPENDED, "Seçim dönemi"), context())))
          .isEmpty();
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_suspension_without_reason() {
      ActionPlan recorded = implementing().withEvent(stop(PlanState.SUSPENDED, null));
      assertThat(RuleHarness.run(new StopReasonGuard(), contextWith(recorded), LifecycleFixtures.TODAY))
          .singleElement().satisfies(f -> assertFinding(f, ID, Severity.WARNING, "plans[0].history[1]", "p1"));
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).hasSize(1);
    }
  }

  @Nested
  class Edges {
    @Test
    void a_blank_reason_is_no_reason() {
      assertThat(of(ID, phase2().check(implementing(), stop(PlanState.SUSPENDED, " "), context()))).hasSize(1);
    }

    @Test
    void a_plan_created_as_withdrawn_is_not_a_step() {
      ActionPlan plan = planThrough(PlanState.WITHDRAWN);
      assertThat(RuleHarness.run(new StopReasonGuard(), contextWith(plan), LifecycleFixtures.TODAY)).isEmpty();
    }
  }
}
