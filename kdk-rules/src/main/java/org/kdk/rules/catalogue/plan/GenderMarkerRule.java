package org.kdk.rules.catalogue.plan;

import org.kdk.core.plan.Action;
import org.kdk.core.plan.BudgetLine;
import org.kdk.rules.catalogue.plan.Plans.PlannedAction;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-015 — Toplumsal cinsiyet eşitliği işareti: an action with money planned for it records its OECD DAC
 * gender equality policy marker (OECD DAC).
 *
 * <p>An action has a budget when a budget line or its declared total is above zero.
 */
public final class GenderMarkerRule extends CatalogueRule {
  /** The rule. */
  public GenderMarkerRule() {
    super("KDK-PLAN-015", Severity.INFO,
        Basis.of(BasisKind.FRAMEWORK, "OECD DAC toplumsal cinsiyet eşitliği politika işareti",
            "OECD DAC gender equality policy marker"));
  }

  @Override
  public void check(RuleContext context) {
    for (PlannedAction planned : Plans.actions(context.dataset())) {
      Action action = planned.action();
      if (action.getGenderMarker().isEmpty() && hasBudget(action)) {
        report(context, planned.path() + ".genderMarker", planned.plan().getId(), action.getId(),
            action.getTitle());
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
