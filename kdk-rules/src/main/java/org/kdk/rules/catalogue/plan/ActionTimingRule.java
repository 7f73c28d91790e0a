package org.kdk.rules.catalogue.plan;

import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.value.DateRange;
import org.kdk.rules.catalogue.plan.Plans.PlannedAction;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-010 — Faaliyet takvimi: an action's timeline lies inside the plan period, and each budget line's year
 * is one of the period's years (data quality).
 */
public final class ActionTimingRule extends CatalogueRule {
  /** The rule. */
  public ActionTimingRule() {
    super("KDK-PLAN-010", Severity.WARNING,
        Basis.of(BasisKind.DATA_QUALITY, "Faaliyet takvimi ve bütçe yılları plan dönemi içindedir",
            "Action timelines and budget years lie inside the plan period"));
  }

  @Override
  public void check(RuleContext context) {
    for (PlannedAction planned : Plans.actions(context.dataset())) {
      ActionPlan plan = planned.plan();
      Action action = planned.action();
      DateRange period = plan.getPeriod();
      int firstYear = period.getStart().getYear();
      int lastYear = period.getEnd().getYear();
      String at = planned.path();
      if (action.getTimeline().isPresent() && !period.encloses(action.getTimeline().get())) {
        DateRange timeline = action.getTimeline().get();
        report(context, at + ".timeline", action.getId(), timeline.getStart(), timeline.getEnd(), plan.getId(),
            period.getStart(), period.getEnd());
      }
      for (int l = 0; l < action.getBudget().size(); l++) {
        BudgetLine line = action.getBudget().get(l);
        if (line.getYear().isPresent() && (line.getYear().get() < firstYear || line.getYear().get() > lastYear)) {
          reportCase(context, at + ".budget[" + l + "].year", "year", action.getId(), line.getYear().get(),
              plan.getId(), firstYear, lastYear);
        }
      }
    }
  }
}
