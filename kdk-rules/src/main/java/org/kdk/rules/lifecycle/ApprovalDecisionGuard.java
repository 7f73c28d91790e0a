package org.kdk.rules.lifecycle;

import java.util.List;
import java.util.Optional;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-003 — Onay kararı: a step to board approval or council approval names a decision of the dataset taken
 * by the right body (the coordination board or its upper tier; a municipal or provincial council), numbered when
 * a council took it, dated on or before the step, that adopted the plan (Municipal Law 5393 art. 18).
 */
public final class ApprovalDecisionGuard extends TransitionGuard {
  private static final List<DecisionBody> BOARDS =
      List.of(DecisionBody.COORDINATION_BOARD, DecisionBody.COORDINATION_BOARD_UPPER_TIER);
  private static final List<DecisionBody> COUNCILS =
      List.of(DecisionBody.MUNICIPAL_COUNCIL, DecisionBody.PROVINCIAL_COUNCIL);

  /** The guard. */
  public ApprovalDecisionGuard() {
    super("KDK-LIFE-003", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 18 (meclis kararı)",
            "Municipal Law 5393 art. 18 (council decision)"));
  }

  @Override
  void checkStep(Step step) {
    boolean board = step.isStepTo(PlanState.BOARD_APPROVED);
    if (!board && !step.isStepTo(PlanState.COUNCIL_APPROVED)) {
      return;
    }
    LifecycleEvent event = step.event();
    Id planId = step.plan().getId();
    if (event.getDecisionId().isEmpty()) {
      flag(step, planId, event.getTo(), event.getDate());
      return;
    }
    Id decisionId = event.getDecisionId().get();
    Optional<Decision> found = step.dataset().decision(decisionId);
    if (found.isEmpty()) {
      flagCase(step, "unknown", planId, event.getTo(), event.getDate(), decisionId);
      return;
    }
    Decision decision = found.get();
    List<DecisionBody> expected = board ? BOARDS : COUNCILS;
    if (!expected.contains(decision.getBody())) {
      flagCase(step, "body", planId, event.getTo(), decisionId, decision.getBody(), labels(expected));
    }
    if (isCouncil(decision.getBody()) && decision.getNumber().isEmpty()) {
      flagCase(step, "number", planId, decisionId, decision.getBody(), decision.getDate());
    }
    if (decision.getDate().isAfter(event.getDate())) {
      flagCase(step, "date", planId, event.getTo(), event.getDate(), decisionId, decision.getDate());
    }
    if (decision.getOutcome() != DecisionOutcome.ADOPTED) {
      flagCase(step, "outcome", planId, event.getTo(), decisionId, decision.getOutcome());
    }
  }
}
