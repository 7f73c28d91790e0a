package org.kdk.rules.catalogue.plan;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
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
 * KDK-PLAN-009 — Tek para birimi: all budget lines and declared totals of a plan are in one currency (data
 * quality).
 *
 * <p>The plan's currency is that of its declared total, or else the one most of its amounts use (the first met on
 * a tie); every amount in another currency is a finding of its own.
 */
public final class SingleCurrencyRule extends CatalogueRule {
  /** The rule. */
  public SingleCurrencyRule() {
    super("KDK-PLAN-009", Severity.WARNING,
        Basis.of(BasisKind.DATA_QUALITY, "Bir planın tutarları tek para biriminde olur",
            "The amounts of one plan are in one currency"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      List<Amount> amounts = amountsOf(plan, Plans.path(i));
      if (amounts.isEmpty()) {
        continue;
      }
      Currency currency = plan.getTotalBudget().map(Money::getCurrency).orElseGet(() -> mostUsed(amounts));
      for (Amount amount : amounts) {
        if (!amount.money.getCurrency().equals(currency)) {
          report(context, amount.path, plan.getId(), amount.money, amount.money.getCurrency().getCurrencyCode(),
              currency.getCurrencyCode());
        }
      }
    }
  }

  private static List<Amount> amountsOf(ActionPlan plan, String at) {
    List<Amount> amounts = new ArrayList<>();
    for (int k = 0; k < plan.getActions().size(); k++) {
      Action action = plan.getActions().get(k);
      String actionAt = at + ".actions[" + k + "]";
      for (int l = 0; l < action.getBudget().size(); l++) {
        amounts.add(new Amount(actionAt + ".budget[" + l + "].amount", action.getBudget().get(l).getAmount()));
      }
      action.getTotalBudget().ifPresent(total -> amounts.add(new Amount(actionAt + ".totalBudget", total)));
    }
    return amounts;
  }

  private static Currency mostUsed(List<Amount> amounts) {
    Map<Currency, Integer> counts = new LinkedHashMap<>();
    for (Amount amount : amounts) {
      counts.merge(amount.money.getCurrency(), 1, Integer::sum);
    }
    Currency best = null;
    int most = 0;
    for (Map.Entry<Currency, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > most) {
        best = entry.getKey();
        most = entry.getValue();
      }
    }
    return best;
  }

  private static final class Amount {
    final String path;
    final Money money;

    Amount(String path, Money money) {
      this.path = path;
      this.money = money;
    }
  }
}
