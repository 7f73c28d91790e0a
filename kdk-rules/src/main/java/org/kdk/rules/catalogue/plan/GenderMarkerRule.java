package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-015 — Toplumsal cinsiyet eşitliği işareti: an action with money planned for it records its OECD DAC
 * gender equality policy marker (OECD DAC).
 *
 * <p>An action has a budget when a budget line or its declared total is above zero.
 */
public final class GenderMarkerRule extends PlanRule {
  /** The rule. */
  public GenderMarkerRule() {
    super("KDK-PLAN-015", Severity.INFO,
        Basis.of(BasisKind.FRAMEWORK, "OECD DAC toplumsal cinsiyet eşitliği politika işareti",
            "OECD DAC gender equality policy marker"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int k = 0; k < plan.getActions().size(); k++) {
        Action action = plan.getActions().get(k);
        if (action.getGenderMarker().isEmpty() && hasBudget(action)) {
          flag(context, Plans.path(i) + ".actions[" + k + "].genderMarker", plan.getId(), action.getId(),
              action.getTitle());
        }
      }
    }
  }

  private static boolean hasBudget(Action action) {
    for (BudgetLine line : action.getBudget()) {
      if (line.getAmount().getAmount().signum() > 0) {
        return true;
      }
    }
    return action.getTotalBudget().map(total -> total.getAmount().signum() > 0).orElse(false);
  }
}
