package org.kdk.rules.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;

/**
 * KDK-LIFE-002 — Önce kurul onayı: a plan takes council approval only after the coordination board (or its upper
 * tier) approved it (the phase-2 path, programme practice; the current-law profile turns it off).
 *
 * <p>A board approval is recorded when the step starts from {@code BOARD_APPROVED}, or, for a step straight from
 * drafting, when the plan's approvals hold one by the board or its upper tier dated between the day the plan last
 * entered drafting and the step: an approval given before the plan was drafted again does not count.
 */
public final class BoardBeforeCouncilGuard extends TransitionGuard {
  /** The guard. */
  public BoardBeforeCouncilGuard() {
    super("KDK-LIFE-002", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Programın 2. aşama yolu: plan önce İl Kadın Hakları Koordinasyon "
            + "Kurulunda, sonra meclislerde onaylanır", "The programme's phase-2 path: the provincial women's "
            + "rights coordination board approves a plan before the councils do"));
  }

  @Override
  void checkStep(Step step) {
    if (!step.isStepTo(PlanState.COUNCIL_APPROVED)) {
      return;
    }
    LifecycleEvent event = step.event();
    PlanState from = event.getFrom().get();
    if (from == PlanState.BOARD_APPROVED || boardApprovalSinceDrafting(step)) {
      return;
    }
    flag(step, step.plan().getId(), event.getDate(), from);
  }

  private static boolean boardApprovalSinceDrafting(Step step) {
    LocalDate stepDate = step.event().getDate();
    Optional<LocalDate> drafted = Optional.empty();
    for (LifecycleEvent earlier : step.before()) {
      if (earlier.getTo() == PlanState.DRAFTING) {
        drafted = Optional.of(earlier.getDate());
      }
    }
    for (Approval approval : step.plan().getApprovals()) {
      if (isBoard(approval.getBody()) && !approval.getDate().isAfter(stepDate)
          && drafted.map(d -> !approval.getDate().isBefore(d)).orElse(true)) {
        return true;
      }
    }
    return false;
  }
}
