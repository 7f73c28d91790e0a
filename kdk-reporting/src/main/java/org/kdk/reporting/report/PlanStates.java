package org.kdk.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;

/** Where a plan stood on a date, read from its lifecycle history. Stateless. */
final class PlanStates {
  private PlanStates() {}

  /** The steps taken on or before {@code asOf}, oldest first. */
  static List<LifecycleEvent> historyUpTo(ActionPlan plan, LocalDate asOf) {
    return plan.getHistory().stream().filter(e -> !e.getDate().isAfter(asOf))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The {@code to} of the last step on or before {@code asOf}; the plan's state when there is none. */
  static PlanState stateOn(ActionPlan plan, LocalDate asOf) {
    List<LifecycleEvent> history = historyUpTo(plan, asOf);
    return history.isEmpty() ? plan.getState() : history.get(history.size() - 1).getTo();
  }

  /**
   * Whether the plan existed on {@code asOf}: its first recorded step is on or before that day, or it has no
   * history (and so no date to say otherwise).
   */
  static boolean existsOn(ActionPlan plan, LocalDate asOf) {
    return plan.getHistory().isEmpty() || !plan.getHistory().get(0).getDate().isAfter(asOf);
  }

  /**
   * The furthest state the plan reached by {@code asOf}: the most advanced state any step on or before that day
   * entered (a plan without history: its state). States along the path (situation analysis … completed) are
   * ranked in that order; returned, suspended and withdrawn rank below all of them, so that a plan implemented and
   * then suspended has reached implementation.
   */
  static Optional<PlanState> furthestOn(ActionPlan plan, LocalDate asOf) {
    if (!existsOn(plan, asOf)) {
      return Optional.empty();
    }
    if (plan.getHistory().isEmpty()) {
      return Optional.of(plan.getState());
    }
    return historyUpTo(plan, asOf).stream().map(LifecycleEvent::getTo).reduce(PlanStates::further);
  }

  /** The further of two states by the ranking of {@link #furthestOn}. */
  static PlanState further(PlanState a, PlanState b) {
    return rank(b) > rank(a) ? b : a;
  }

  /** Whether a step on or before {@code asOf} entered {@code state}. */
  static boolean reachedOn(ActionPlan plan, PlanState state, LocalDate asOf) {
    return historyUpTo(plan, asOf).stream().anyMatch(e -> e.getTo() == state);
  }

  private static int rank(PlanState state) {
    switch (state) {
      case RETURNED:
      case SUSPENDED:
      case WITHDRAWN:
        return state.ordinal() - PlanState.values().length;
      default:
        return state.ordinal();
    }
  }
}
