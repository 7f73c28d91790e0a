package org.kdk.rules.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.rule.RuleContext;

/**
 * One step a guard judges: the plan, the event, the state and history before it, and where a finding points.
 *
 * <p>The same step arises twice: when {@link PlanTransitions} is asked to take it ({@code history[n]}, with the
 * plan as it stands), and when the validator replays a recorded history ({@code plans[i].history[j]}, with the
 * history cut before the event). Made and used by one guard on one thread.
 */
final class Step {
  private final RuleContext context;
  private final ActionPlan plan;
  private final LifecycleEvent event;
  private final Optional<PlanState> stateBefore;
  private final List<LifecycleEvent> before;
  private final String path;

  private Step(RuleContext context, ActionPlan plan, LifecycleEvent event, Optional<PlanState> stateBefore,
      List<LifecycleEvent> before, String path) {
    this.context = context;
    this.plan = plan;
    this.event = event;
    this.stateBefore = stateBefore;
    this.before = before;
    this.path = path;
  }

  /** The step {@code event} proposed for {@code plan}, which would become {@code history[n]}. */
  static Step proposed(RuleContext context, ActionPlan plan, LifecycleEvent event) {
    return new Step(context, plan, event, Optional.of(plan.getState()), plan.getHistory(),
        "history[" + plan.getHistory().size() + "]");
  }

  /** The recorded step {@code j} of plan {@code i} of the dataset. */
  static Step recorded(RuleContext context, int i, ActionPlan plan, int j) {
    List<LifecycleEvent> history = plan.getHistory();
    LifecycleEvent event = history.get(j);
    Optional<PlanState> stateBefore = j == 0 ? event.getFrom() : Optional.of(history.get(j - 1).getTo());
    return new Step(context, plan, event, stateBefore, history.subList(0, j),
        "plans[" + i + "].history[" + j + "]");
  }

  RuleContext context() {
    return context;
  }

  Dataset dataset() {
    return context.dataset();
  }

  /** The day the validation or the transition speaks of. */
  LocalDate asOf() {
    return context.asOf();
  }

  ActionPlan plan() {
    return plan;
  }

  LifecycleEvent event() {
    return event;
  }

  /** The state the plan is in before the step; empty for a recorded creation event. */
  Optional<PlanState> stateBefore() {
    return stateBefore;
  }

  /** The events before this one, oldest first. */
  List<LifecycleEvent> before() {
    return before;
  }

  /** The event before this one, if any. */
  Optional<LifecycleEvent> previous() {
    return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
  }

  /**
   * Whether the event records the plan's creation (no {@code from}) rather than a step: it states where the
   * dataset starts following the plan, so the guards of a step (decisions, reasons, readiness) do not apply.
   */
  boolean isCreation() {
    return event.getFrom().isEmpty();
  }

  /** Whether the event is a step into {@code state}. */
  boolean isStepTo(PlanState state) {
    return !isCreation() && event.getTo() == state;
  }

  String path() {
    return path;
  }
}
