package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertFinding;
import static org.kdk.rules.lifecycle.LifecycleFixtures.assertUntouched;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bare;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.contextWith;
import static org.kdk.rules.lifecycle.LifecycleFixtures.copy;
import static org.kdk.rules.lifecycle.LifecycleFixtures.currentLaw;
import static org.kdk.rules.lifecycle.LifecycleFixtures.of;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;
import org.kdk.rules.testing.RuleHarness;

class EarlyCompletionGuardTest {
  static final String ID = "KDK-LIFE-005";
  static final LocalDate EARLY = LocalDate.of(2014, 6, 1);

  static ActionPlan implementing() {
    return planThrough(PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING);
  }

  static LifecycleEvent completion(LocalDate date, String reason) {
    var builder = bare(date, PlanState.IMPLEMENTING, PlanState.COMPLETED);
    if (reason != null) {
      builder.reason(reason);
    }
    return builder.build();
  }

  @Nested
  class Refuses {
    @Test
    void with_the_phase_2_profile_an_early_completion_without_reason_leaving_the_plan_untouched() {
      ActionPlan plan = implementing();
      List<LifecycleEvent> history = List.copyOf(plan.getHistory());
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, completion(EARLY, null), context()));
      assertThat(e).isNotNull();
      assertThat(of(ID, e.getFindings())).singleElement()
          .satisfies(f -> assertFinding(f, ID, Severity.ERROR, "history[2]", "p1", "2014-06-01", "2015-12-31"));
      assertUntouched(plan, PlanState.IMPLEMENTING, history);
    }
  }

  @Nested
  class Accepts {
    @Test
    void an_early_completion_with_a_reason_appending_it() {
      ActionPlan plan = implementing();
      LifecycleEvent event = completion(EARLY, "Tüm faaliyetler tamamlandı");
      ActionPlan done = phase2().apply(plan, event, context());
      assertThat(done.getState()).isEqualTo(PlanState.COMPLETED);
      assertThat(done.getHistory()).hasSize(3).endsWith(event);
      assertUntouched(plan, PlanState.IMPLEMENTING, plan.getHistory());
    }

    @Test
    void a_completion_on_the_last_day_of_the_period_or_later_without_reason() {
      ActionPlan plan = copy(implementing()).withPeriod(DateRange.ofYears(2013, 2014));
      assertThat(of(ID, phase2().check(plan, completion(LocalDate.of(2014, 12, 31), null), context()))).isEmpty();
      assertThat(of(ID, phase2().check(plan, completion(LocalDate.of(2015, 1, 5), null), context()))).isEmpty();
    }

    @Test
    void with_the_current_law_profile_as_a_warning() {
      ActionPlan done = currentLaw().apply(implementing(), completion(EARLY, null), context());
      assertThat(done.getState()).isEqualTo(PlanState.COMPLETED);
    }
  }

  @Nested
  class Replays {
    @Test
    void a_recorded_early_completion_without_reason() {
      ActionPlan recorded = implementing().withEvent(completion(EARLY, null));
      assertThat(RuleHarness.run(new EarlyCompletionGuard(), contextWith(recorded), LifecycleFixtures.TODAY))
          .singleElement().satisfies(f -> assertFinding(f, ID, Severity.ERROR, "plans[0].history[2]", "p1"));
      assertThat(KdkValidator.of(Profiles.currentLaw()).validate(contextWith(recorded), LifecycleFixtures.TODAY)
          .findingsOf(ID)).singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
    }
  }

  @Nested
  class Edges {
    @Test
    void a_blank_reason_is_no_reason() {
      assertThat(of(ID, phase2().check(implementing(), completion(EARLY, "   "), context()))).hasSize(1);
    }

    @Test
    void the_day_before_the_period_ends_is_early() {
      assertThat(of(ID, phase2().check(copy(implementing()).withPeriod(DateRange.ofYears(2013, 2014)),
          completion(LocalDate.of(2014, 12, 30), null), context()))).hasSize(1);
    }
  }
}
