package org.kdk.rules.catalogue.plan;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-008 — Bütçe toplamı: an action's declared total equals the sum of its budget lines, and the plan's
 * declared total equals the sum of all its actions' lines (data quality).
 *
 * <p>Compared only where there are lines and they are all in the currency of the declared total: a total without
 * lines has nothing to add up, and mixed currencies are KDK-PLAN-009's finding.
 */
public final class BudgetSumRule extends CatalogueRule {
  /** The rule. */
  public BudgetSumRule() {
    super("KDK-PLAN-008", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Bildirilen toplamlar bütçe kalemlerinin toplamına eşittir",
            "Declared totals equal the sum of the budget lines"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int k = 0; k < plan.getActions().size(); k++) {
        Action action = plan.getActions().get(k);
        if (action.getTotalBudget().isPresent()) {
          Money declared = action.getTotalBudget().get();
          Money sum = sumIn(action.plannedBudgetByCurrency(), declared.getCurrency());
          if (sum != null && sum.compareTo(declared) != 0) {
            report(context, Plans.path(i) + ".actions[" + k + "].totalBudget", action.getId(), declared, sum,
                action.getBudget().size());
          }
        }
      }
      if (plan.getTotalBudget().isPresent()) {
        Money declared = plan.getTotalBudget().get();
        Money sum = sumIn(plan.plannedBudgetByCurrency(), declared.getCurrency());
        if (sum != null && sum.compareTo(declared) != 0) {
          reportCase(context, Plans.path(i) + ".totalBudget", "plan", plan.getId(), declared, sum);
        }
      }
    }
  }

  /** The one sum of the lines when they are all in {@code currency}; {@code null} when there is nothing to compare. */
  private static Money sumIn(Map<Currency, Money> sums, Currency currency) {
    return sums.size() == 1 ? sums.get(currency) : null;
  }
}
