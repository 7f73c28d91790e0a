package org.kdk.rules.lifecycle;

import java.util.Optional;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-006 — İade kararı: a step to {@code RETURNED} names the decision of the dataset that sent the plan back
 * (outcome {@code RETURNED}), taken on or before the step (Municipal Law 5393 art. 18). From there the graph
 * allows only drafting again or withdrawal, which KDK-LIFE-001 checks.
 *
 * <p>The body is not checked: a council may send a plan back, and so may the mayor a council's decision.
 */
public final class ReturnDecisionGuard extends TransitionGuard {
  /** The guard. */
  public ReturnDecisionGuard() {
    super("KDK-LIFE-006", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 18 (meclis kararı)",
            "Municipal Law 5393 art. 18 (council decision)"));
  }

  @Override
  void checkStep(Step step) {
    if (!step.isStepTo(PlanState.RETURNED)) {
      return;
    }
    LifecycleEvent event = step.event();
    Id planId = step.plan().getId();
    if (event.getDecisionId().isEmpty()) {
      flag(step, planId, event.getDate());
      return;
    }
    Id decisionId = event.getDecisionId().get();
    Optional<Decision> found = step.dataset().decision(decisionId);
    if (found.isEmpty()) {
      flagCase(step, "unknown", planId, event.getDate(), decisionId);
      return;
    }
    Decision decision = found.get();
    if (decision.getOutcome() != DecisionOutcome.RETURNED) {
      flagCase(step, "outcome", planId, event.getDate(), decisionId, decision.getOutcome());
    }
    if (decision.getDate().isAfter(event.getDate())) {
      flagCase(step, "date", planId, event.getDate(), decisionId, decision.getDate());
    }
  }
}
