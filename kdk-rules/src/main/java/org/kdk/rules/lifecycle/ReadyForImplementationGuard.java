package org.kdk.rules.lifecycle;

import org.kdk.core.plan.Action;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-LIFE-004 — Uygulamaya hazır faaliyet: a plan goes into implementation only with at least
 * {@code minReadyActions} actions (default 1) that each have a responsible institution, a budget line and an
 * indicator (programme practice).
 */
public final class ReadyForImplementationGuard extends TransitionGuard {
  /** The guard. */
  public ReadyForImplementationGuard() {
    super("KDK-LIFE-004", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "YEEP faaliyetlerinin kurumların iş planlarına, performans "
            + "programlarına ve bütçelerine yazılması", "Plan actions written into the institutions' work plans, "
            + "performance programmes and budgets"),
        RuleParameter.of("minReadyActions", 1, "Uygulamaya geçmek için gereken hazır faaliyet sayısı",
            "Ready actions needed to go into implementation"));
  }

  @Override
  void checkStep(Step step) {
    if (!step.isStepTo(PlanState.IMPLEMENTING)) {
      return;
    }
    int needed = step.context().intParameter("minReadyActions");
    int ready = 0;
    for (Action action : step.plan().getActions()) {
      if (isReady(action)) {
        ready++;
      }
    }
    if (ready < needed) {
      flag(step, step.plan().getId(), step.event().getDate(), ready, step.plan().getActions().size(), needed);
    }
  }

  private static boolean isReady(Action action) {
    return action.getResponsibleInstitutionId().isPresent() && !action.getBudget().isEmpty()
        && !action.getIndicatorIds().isEmpty();
  }
}
