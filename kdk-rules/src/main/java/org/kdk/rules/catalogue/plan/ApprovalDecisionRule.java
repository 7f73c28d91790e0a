package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Approval;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-004 — Onay kararı: each approval of a plan rests on a decision of the dataset taken by the approving
 * body on the approval's date, which adopted the plan; a council's decision carries its number (Municipal Law
 * 5393 art. 18, Law 5302 art. 10).
 *
 * <p>Each way an approval can fail is its own finding: the decision is missing, of another body, of another day,
 * did not adopt, or (for a council) has no number.
 */
public final class ApprovalDecisionRule extends CatalogueRule {
  /** The rule. */
  public ApprovalDecisionRule() {
    super("KDK-PLAN-004", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 18, 5302 sayılı İl Özel İdaresi Kanunu md. 10",
            "Municipal Law 5393 art. 18, Special Provincial Administration Law 5302 art. 10"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    List<Decision> decisions = context.dataset().getDecisions();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int j = 0; j < plan.getApprovals().size(); j++) {
        Approval approval = plan.getApprovals().get(j);
        String at = Plans.path(i) + ".approvals[" + j + "]";
        int k = indexOf(decisions, approval);
        if (k < 0) {
          report(context, at + ".decisionId", plan.getId(), approval.getBody(), approval.getDate(),
              approval.getDecisionId());
          continue;
        }
        Decision decision = decisions.get(k);
        if (decision.getBody() != approval.getBody()) {
          reportCase(context, at + ".body", "body", plan.getId(), approval.getBody(), approval.getDecisionId(),
              decision.getBody());
        }
        if (!decision.getDate().equals(approval.getDate())) {
          reportCase(context, at + ".date", "date", plan.getId(), approval.getDate(), approval.getDecisionId(),
              decision.getDate());
        }
        if (decision.getOutcome() != DecisionOutcome.ADOPTED) {
          reportCase(context, at + ".decisionId", "outcome", plan.getId(), approval.getDecisionId(),
              decision.getOutcome());
        }
        if (Plans.isCouncil(decision.getBody()) && decision.getNumber().isEmpty()) {
          reportCase(context, "decisions[" + k + "].number", "number", plan.getId(), approval.getDecisionId(),
              decision.getBody(), decision.getDate());
        }
      }
    }
  }

  private static int indexOf(List<Decision> decisions, Approval approval) {
    for (int k = 0; k < decisions.size(); k++) {
      if (decisions.get(k).getId().equals(approval.getDecisionId())) {
        return k;
      }
    }
    return -1;
  }
}
