package org.kdk.rules.lifecycle;

import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/** KDK-LIFE-007 — Askıya alma ve geri çekme gerekçesi: a step to suspended or withdrawn gives a reason (programme practice). */
public final class StopReasonGuard extends TransitionGuard {
  /** The guard. */
  public StopReasonGuard() {
    super("KDK-LIFE-007", Severity.WARNING,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Planın kurulca izlenmesi: durumu değişen planın gerekçesi",
            "Monitoring by the coordination board: why a plan stopped"));
  }

  @Override
  void checkStep(Step step) {
    if (!step.isStepTo(PlanState.SUSPENDED) && !step.isStepTo(PlanState.WITHDRAWN)) {
      return;
    }
    LifecycleEvent event = step.event();
    if (!Reasons.given(event)) {
      flag(step, step.plan().getId(), event.getTo(), event.getDate());
    }
  }
}
