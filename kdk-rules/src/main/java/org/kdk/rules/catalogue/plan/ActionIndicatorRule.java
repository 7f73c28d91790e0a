package org.kdk.rules.catalogue.plan;

import org.kdk.core.plan.Action;
import org.kdk.rules.catalogue.plan.Plans.PlannedAction;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-013 — Faaliyet göstergesi: every action names at least one indicator that follows it (IATI results
 * framework).
 */
public final class ActionIndicatorRule extends CatalogueRule {
  /** The rule. */
  public ActionIndicatorRule() {
    super("KDK-PLAN-013", Severity.WARNING,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç modeli: her faaliyetin göstergesi", "IATI results model: an "
            + "indicator for every activity"));
  }

  @Override
  public void check(RuleContext context) {
    for (PlannedAction planned : Plans.actions(context.dataset())) {
      Action action = planned.action();
      if (action.getIndicatorIds().isEmpty()) {
        report(context, planned.path() + ".indicatorIds", planned.plan().getId(), action.getId(),
            action.getTitle());
      }
    }
  }
}
