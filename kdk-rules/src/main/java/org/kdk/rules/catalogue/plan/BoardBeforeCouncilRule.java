package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-003 — Önce kurul, sonra meclis onayı: a council approval of a plan follows a coordination board approval
 * (of the board or its upper tier) given earlier or on the same day (the phase-2 path, programme practice).
 *
 * <p>The current-law profile switches it off: the law does not require the board.
 */
public final class BoardBeforeCouncilRule extends CatalogueRule {
  /** The rule. */
  public BoardBeforeCouncilRule() {
    super("KDK-PLAN-003", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Programın 2. aşama yolu: plan önce İl Kadın Hakları Koordinasyon "
            + "Kurulunda, sonra meclislerde onaylanır", "The programme's phase-2 path: the provincial women's "
            + "rights coordination board approves a plan before the councils do"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      List<Approval> approvals = plan.getApprovals();
      for (int j = 0; j < approvals.size(); j++) {
        Approval council = approvals.get(j);
        if (Plans.isCouncil(council.getBody()) && !boardApprovedBy(approvals, council)) {
          report(context, Plans.path(i) + ".approvals[" + j + "]", plan.getId(), council.getBody(),
              council.getDate());
        }
      }
    }
  }

  private static boolean boardApprovedBy(List<Approval> approvals, Approval council) {
    return approvals.stream().anyMatch(a -> Plans.isBoard(a.getBody()) && !a.getDate().isAfter(council.getDate()));
  }
}
