package org.kdk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kdk.core.plan.PlanState.BOARD_APPROVED;
import static org.kdk.core.plan.PlanState.COMPLETED;
import static org.kdk.core.plan.PlanState.COUNCIL_APPROVED;
import static org.kdk.core.plan.PlanState.DRAFTING;
import static org.kdk.core.plan.PlanState.IMPLEMENTING;
import static org.kdk.core.plan.PlanState.INTEGRATED;
import static org.kdk.core.plan.PlanState.RETURNED;
import static org.kdk.core.plan.PlanState.SITUATION_ANALYSIS;
import static org.kdk.core.plan.PlanState.SUSPENDED;
import static org.kdk.core.plan.PlanState.UNDER_REVIEW;
import static org.kdk.core.plan.PlanState.WITHDRAWN;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanLifecycleTest {

  /** The graph exactly as the design gives it, written out independently of the implementation. */
  private static final Map<PlanState, Set<PlanState>> EXPECTED = Map.ofEntries(
      Map.entry(SITUATION_ANALYSIS, EnumSet.of(DRAFTING, WITHDRAWN)),
      Map.entry(DRAFTING, EnumSet.of(SITUATION_ANALYSIS, BOARD_APPROVED, COUNCIL_APPROVED, SUSPENDED, WITHDRAWN)),
      Map.entry(BOARD_APPROVED,
          EnumSet.of(COUNCIL_APPROVED, INTEGRATED, IMPLEMENTING, RETURNED, DRAFTING, SUSPENDED, WITHDRAWN)),
      Map.entry(COUNCIL_APPROVED, EnumSet.of(INTEGRATED, IMPLEMENTING, RETURNED, SUSPENDED, WITHDRAWN)),
      Map.entry(RETURNED, EnumSet.of(DRAFTING, WITHDRAWN)),
      Map.entry(INTEGRATED, EnumSet.of(IMPLEMENTING, SUSPENDED, WITHDRAWN)),
      Map.entry(IMPLEMENTING, EnumSet.of(UNDER_REVIEW, COMPLETED, SUSPENDED, WITHDRAWN)),
      Map.entry(UNDER_REVIEW, EnumSet.of(IMPLEMENTING, DRAFTING, COMPLETED, SUSPENDED, WITHDRAWN)),
      Map.entry(SUSPENDED, EnumSet.of(DRAFTING, IMPLEMENTING, UNDER_REVIEW, WITHDRAWN)),
      Map.entry(COMPLETED, EnumSet.noneOf(PlanState.class)),
      Map.entry(WITHDRAWN, EnumSet.noneOf(PlanState.class)));

  @Nested
  class Graph {
    @Test
    void has_exactly_the_designed_edges() {
      assertThat(PlanLifecycle.edges()).isEqualTo(EXPECTED);
      assertThat(PlanLifecycle.edges().keySet()).containsExactly(PlanState.values());
    }

    @ParameterizedTest
    @EnumSource(PlanState.class)
    void allows_a_step_exactly_when_the_graph_has_the_edge(PlanState from) {
      for (PlanState to : PlanState.values()) {
        assertThat(PlanLifecycle.isAllowed(from, to)).as("%s → %s", from, to)
            .isEqualTo(EXPECTED.get(from).contains(to));
      }
      assertThat(PlanLifecycle.allowedFrom(from)).isEqualTo(EXPECTED.get(from));
    }

    @Test
    void has_no_state_leading_to_itself() {
      for (PlanState state : PlanState.values()) {
        assertThat(PlanLifecycle.isAllowed(state, state)).as("%s", state).isFalse();
      }
    }

    @Test
    void reaches_every_state_from_the_initial_one() {
      Set<PlanState> seen = EnumSet.of(PlanLifecycle.initialState());
      Deque<PlanState> todo = new ArrayDeque<>(seen);
      while (!todo.isEmpty()) {
        for (PlanState next : PlanLifecycle.allowedFrom(todo.pop())) {
          if (seen.add(next)) {
            todo.push(next);
          }
        }
      }
      assertThat(seen).containsExactlyInAnyOrder(PlanState.values());
    }

    @Test
    void lets_a_board_approved_plan_be_implemented_without_a_council_step() {
      assertThat(PlanLifecycle.isAllowed(BOARD_APPROVED, IMPLEMENTING)).isTrue();
      assertThat(PlanLifecycle.isAllowed(BOARD_APPROVED, COMPLETED)).isFalse();
      assertThat(PlanLifecycle.isAllowed(SITUATION_ANALYSIS, BOARD_APPROVED)).isFalse();
    }
  }

  @Nested
  class TerminalAndInitial {
    @Test
    void starts_in_situation_analysis() {
      assertThat(PlanLifecycle.initialState()).isEqualTo(SITUATION_ANALYSIS);
    }

    @Test
    void has_completed_and_withdrawn_as_the_only_terminal_states() {
      assertThat(EnumSet.allOf(PlanState.class)).filteredOn(PlanLifecycle::isTerminal)
          .containsExactlyInAnyOrder(COMPLETED, WITHDRAWN);
    }

    @Test
    void lets_every_non_terminal_state_be_withdrawn() {
      for (PlanState state : PlanState.values()) {
        if (!PlanLifecycle.isTerminal(state)) {
          assertThat(PlanLifecycle.isAllowed(state, WITHDRAWN)).as("%s", state).isTrue();
        }
      }
    }
  }

  @Nested
  class Safety {
    @Test
    void hands_out_unmodifiable_views() {
      assertThatThrownBy(() -> PlanLifecycle.allowedFrom(DRAFTING).add(COMPLETED))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> PlanLifecycle.edges().put(COMPLETED, EnumSet.of(DRAFTING)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(PlanLifecycle.isAllowed(DRAFTING, COMPLETED)).isFalse();
    }

    @Test
    void rejects_nulls_naming_the_parameter() {
      assertThatThrownBy(() -> PlanLifecycle.isAllowed(null, DRAFTING)).hasMessage("from");
      assertThatThrownBy(() -> PlanLifecycle.isAllowed(DRAFTING, null)).hasMessage("to");
      assertThatThrownBy(() -> PlanLifecycle.allowedFrom(null)).hasMessage("state");
    }
  }
}
