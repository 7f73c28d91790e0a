package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-013 — Faaliyet göstergesi: every action names at least one indicator that follows it (IATI results
 * framework).
 */
public final class ActionIndicatorRule extends PlanRule {
  /** The rule. */
  public ActionIndicatorRule() {
    super("KDK-PLAN-013", Severity.WARNING,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç modeli: her faaliyetin göstergesi", "IATI results model: an "
            + "indicator for every activity"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int k = 0; k < plan.getActions().size(); k++) {
        Action action = plan.getActions().get(k);
        if (action.getIndicatorIds().isEmpty()) {
          flag(context, Plans.path(i) + ".actions[" + k + "].indicatorIds", plan.getId(), action.getId(),
              action.getTitle());
        }
      }
    }
  }
}
