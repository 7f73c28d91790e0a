package org.kdk.rules.lifecycle;

import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-005 — Erken tamamlama: a plan completed before the last day of its period says why (programme
 * practice).
 */
public final class EarlyCompletionGuard extends TransitionGuard {
  /** The guard. */
  public EarlyCompletionGuard() {
    super("KDK-LIFE-005", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Planın kurulca izlenmesi ve değerlendirilmesi",
            "Monitoring and review of the plan by the coordination board"));
  }

  @Override
  void checkStep(Step step) {
    if (!step.isStepTo(PlanState.COMPLETED)) {
      return;
    }
    LifecycleEvent event = step.event();
    if (event.getDate().isBefore(step.plan().getPeriod().getEnd()) && !Reasons.given(event)) {
      flag(step, step.plan().getId(), event.getDate(), step.plan().getPeriod().getEnd());
    }
  }
}
