package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-PLAN-005 — Plan dönemi: a plan runs two to five years (programme practice; later municipal plans run
 * 2024–2028 and the like).
 *
 * <p>Measured in whole months with {@link DateRange#lengthInMonths()}, so 2013-01-01 to 2015-12-31 is 36 months;
 * the bounds {@code minYears} and {@code maxYears} are parameters.
 */
public final class PlanPeriodRule extends CatalogueRule {
  /** The rule. */
  public PlanPeriodRule() {
    super("KDK-PLAN-005", Severity.WARNING,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "Yerel eşitlik planlarının iki ila beş yıllık dönemi",
            "Local equality plans running two to five years"),
        RuleParameter.of("minYears", 2, "En kısa plan dönemi (yıl)", "Shortest plan period (years)"),
        RuleParameter.of("maxYears", 5, "En uzun plan dönemi (yıl)", "Longest plan period (years)"));
  }

  @Override
  public void check(RuleContext context) {
    int minYears = context.intParameter("minYears");
    int maxYears = context.intParameter("maxYears");
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      DateRange period = plan.getPeriod();
      long months = period.lengthInMonths();
      if (months < minYears * 12L || months > maxYears * 12L) {
        report(context, Plans.path(i) + ".period", plan.getId(), period.getStart(), period.getEnd(), months,
            minYears, maxYears);
      }
    }
  }
}
