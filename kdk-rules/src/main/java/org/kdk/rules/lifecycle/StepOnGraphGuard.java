package org.kdk.rules.lifecycle;

import java.util.Optional;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanLifecycle;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-001 — İzinli adım: a step is an edge of the lifecycle graph ({@link PlanLifecycle#isAllowed}) and starts
 * from the state the plan is in; only the event that creates a plan may leave out its starting state (data
 * quality).
 *
 * <p>The model enforces the same for every history it holds, so on a dataset the replay finds nothing; before a
 * transition it turns what {@code ActionPlan.withEvent} would throw into a finding that refuses the step.
 */
public final class StepOnGraphGuard extends TransitionGuard {
  /** The guard. */
  public StepOnGraphGuard() {
    super("KDK-LIFE-001", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Planın yaşam döngüsü: izin verilen durum geçişleri",
            "The plan lifecycle: the allowed state transitions"));
  }

  @Override
  void checkStep(Step step) {
    LifecycleEvent event = step.event();
    if (step.isCreation()) {
      if (!step.before().isEmpty()) {
        flagCase(step, "creation", step.plan().getId(), event.getTo(), step.before().size(), event.getDate());
      }
      return;
    }
    PlanState from = event.getFrom().get();
    Optional<PlanState> current = step.stateBefore();
    if (current.isPresent() && current.get() != from) {
      flagCase(step, "from", step.plan().getId(), from, event.getTo(), current.get(), event.getDate());
    }
    if (PlanLifecycle.isTerminal(from)) {
      flagCase(step, "terminal", step.plan().getId(), from, event.getTo(), event.getDate());
    } else if (!PlanLifecycle.isAllowed(from, event.getTo())) {
      flag(step, step.plan().getId(), from, event.getTo(), event.getDate(), labels(PlanLifecycle.allowedFrom(from)));
    }
  }
}
