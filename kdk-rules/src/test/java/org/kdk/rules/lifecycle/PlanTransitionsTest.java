package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bare;
import static org.kdk.rules.lifecycle.LifecycleFixtures.bareAction;
import static org.kdk.rules.lifecycle.LifecycleFixtures.context;
import static org.kdk.rules.lifecycle.LifecycleFixtures.copy;
import static org.kdk.rules.lifecycle.LifecycleFixtures.nextDate;
import static org.kdk.rules.lifecycle.LifecycleFixtures.phase2;
import static org.kdk.rules.lifecycle.LifecycleFixtures.planThrough;
import static org.kdk.rules.lifecycle.LifecycleFixtures.step;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profiles;

class PlanTransitionsTest {

  /** A drafting plan; the council approval straight from drafting breaks KDK-LIFE-002 only. */
  static ActionPlan drafted() {
    return planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING);
  }

  static LifecycleEvent councilApproval(ActionPlan plan) {
    return step(nextDate(plan), plan.getState(), PlanState.COUNCIL_APPROVED).build();
  }

  @Nested
  class The_profile {
    @Test
    void phase_2_refuses_a_council_approval_without_board_approval_and_current_law_accepts_it() {
      ActionPlan plan = drafted();
      assertThatThrownBy(() -> phase2().apply(plan, councilApproval(plan), context()))
          .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("KDK-LIFE-002");
      assertThat(LifecycleFixtures.currentLaw().apply(plan, councilApproval(plan), context()).getState())
          .isEqualTo(PlanState.COUNCIL_APPROVED);
    }

    @Test
    void switches_a_guard_off() {
      PlanTransitions off = LifecycleFixtures.transitions(Profiles.phase2Programme().withRuleDisabled("KDK-LIFE-002"));
      assertThat(off.check(drafted(), councilApproval(drafted()), context())).isEmpty();
    }

    @Test
    void sets_the_severity_and_only_errors_refuse() {
      PlanTransitions lenient = LifecycleFixtures.transitions(
          Profiles.phase2Programme().withSeverity("KDK-LIFE-002", Severity.WARNING));
      ActionPlan plan = drafted();
      assertThat(lenient.check(plan, councilApproval(plan), context())).singleElement()
          .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.WARNING));
      assertThat(lenient.apply(plan, councilApproval(plan), context()).getState())
          .isEqualTo(PlanState.COUNCIL_APPROVED);
    }

    @Test
    void sets_the_thresholds() {
      ActionPlan plan = copy(planThrough(PlanState.COUNCIL_APPROVED)).withActions(
          LifecycleFixtures.readyAction("f1"), bareAction("f2"));
      LifecycleEvent implementation = step(nextDate(plan), PlanState.COUNCIL_APPROVED, PlanState.IMPLEMENTING).build();
      assertThat(phase2().check(plan, implementation, context())).isEmpty();
      PlanTransitions strict = LifecycleFixtures.transitions(
          Profiles.phase2Programme().withParameter("KDK-LIFE-004", "minReadyActions", 2));
      assertThatThrownBy(() -> strict.apply(plan, implementation, context()))
          .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("at least 2");
    }

    @Test
    void is_the_one_given() {
      assertThat(phase2().profile().getName()).isEqualTo("phase-2-programme");
      assertThat(phase2().toString()).contains("phase-2-programme").contains("8");
    }
  }

  @Nested
  class Check {
    @Test
    void returns_every_finding_in_guard_order_without_applying() {
      ActionPlan plan = copy(planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING)).withActions(bareAction("f1"));
      LifecycleEvent bad = bare(LocalDate.of(2016, 1, 1), PlanState.DRAFTING, PlanState.COUNCIL_APPROVED).build();
      List<Finding> findings = phase2().check(plan, bad, context());
      assertThat(findings).extracting(Finding::getRuleId)
          .containsExactly("KDK-LIFE-002", "KDK-LIFE-003", "KDK-LIFE-008");
      assertThat(findings).extracting(Finding::getPath).containsOnly("history[2]");
      assertThat(plan.getState()).isEqualTo(PlanState.DRAFTING);
    }

    @Test
    void rejects_null_arguments() {
      ActionPlan plan = drafted();
      LifecycleEvent event = councilApproval(plan);
      assertThatThrownBy(() -> phase2().check(null, event, context())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> phase2().check(plan, null, context())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> phase2().apply(plan, event, null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> PlanTransitions.of(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> phase2().withClock(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Apply {
    @Test
    void returns_the_plan_with_the_event_appended_and_leaves_the_original_alone() {
      ActionPlan plan = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
      List<LifecycleEvent> before = List.copyOf(plan.getHistory());
      LifecycleEvent event = councilApproval(plan);
      ActionPlan after = phase2().apply(plan, event, context());
      assertThat(after).isNotSameAs(plan);
      assertThat(after.getHistory()).containsExactlyElementsOf(
          java.util.stream.Stream.concat(before.stream(), java.util.stream.Stream.of(event))
              .collect(java.util.stream.Collectors.toList()));
      assertThat(after.getState()).isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(after.getActions()).isEqualTo(plan.getActions());
      LifecycleFixtures.assertUntouched(plan, PlanState.BOARD_APPROVED, before);
    }

    @Test
    void throws_with_the_plan_the_states_and_all_findings() {
      ActionPlan plan = drafted();
      TransitionRefusedException e = catchThrowableOfType(TransitionRefusedException.class,
          () -> phase2().apply(plan, councilApproval(plan), context()));
      assertThat(e).isInstanceOf(IllegalStateException.class);
      assertThat(e.getPlanId()).isEqualTo(plan.getId());
      assertThat(e.getFrom()).isEqualTo(PlanState.DRAFTING);
      assertThat(e.getTo()).isEqualTo(PlanState.COUNCIL_APPROVED);
      assertThat(e.getFindings()).extracting(Finding::getRuleId).containsExactly("KDK-LIFE-002");
    }

    @Test
    void judges_the_date_by_its_clock() {
      ActionPlan plan = drafted();
      LifecycleEvent event = bare(LocalDate.of(2013, 4, 1), PlanState.DRAFTING, PlanState.SITUATION_ANALYSIS).build();
      PlanTransitions before = phase2().withClock(
          Clock.fixed(LocalDate.of(2013, 3, 31).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
      assertThatThrownBy(() -> before.apply(plan, event, context())).isInstanceOf(TransitionRefusedException.class);
      assertThat(phase2().apply(plan, event, context()).getState()).isEqualTo(PlanState.SITUATION_ANALYSIS);
    }

    @Test
    void is_safe_to_share_between_threads() throws Exception {
      PlanTransitions shared = phase2();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<PlanState>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
          results.add(pool.submit(() -> {
            ActionPlan board = planThrough(PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, PlanState.BOARD_APPROVED);
            return shared.apply(board, councilApproval(board), context()).getState();
          }));
        }
        for (Future<PlanState> result : results) {
          assertThat(result.get()).isEqualTo(PlanState.COUNCIL_APPROVED);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
