package org.kdk.rules.lifecycle;

import java.util.Optional;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-008 — Adım tarihleri: a step is not dated before the step before it, nor after the day of the validation
 * (for a transition, today by the {@link PlanTransitions}' clock) (data quality).
 *
 * <p>The model keeps recorded histories in date order, so on a dataset the replay finds only steps dated after the
 * validation date.
 */
public final class StepDateGuard extends TransitionGuard {
  /** The guard. */
  public StepDateGuard() {
    super("KDK-LIFE-008", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Plan geçmişi tarih sırasıyla tutulur ve geleceğe tarihlenmez",
            "A plan's history is kept in date order and is not dated in the future"));
  }

  @Override
  void checkStep(Step step) {
    LifecycleEvent event = step.event();
    Optional<LifecycleEvent> previous = step.previous();
    if (previous.isPresent() && event.getDate().isBefore(previous.get().getDate())) {
      flag(step, step.plan().getId(), event.getDate(), previous.get().getDate(), previous.get().getTo());
    }
    if (event.getDate().isAfter(step.asOf())) {
      flagCase(step, "future", step.plan().getId(), event.getTo(), event.getDate(), step.asOf());
    }
  }
}
