package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-014 — Performans programı yılı: the performance programme that carries a plan's actions belongs to a
 * year of the strategic plan it links to (Law 5018 art. 9: performance programmes put the strategic plan into
 * effect year by year).
 */
public final class PerformanceProgrammeYearRule extends CatalogueRule {
  /** The rule. */
  public PerformanceProgrammeYearRule() {
    super("KDK-PLAN-014", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanunu md. 9",
            "Public Financial Management and Control Law 5018 art. 9"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int s = 0; s < plan.getStrategicPlanLinks().size(); s++) {
        StrategicPlanLink link = plan.getStrategicPlanLinks().get(s);
        if (link.getPerformanceProgrammeYear().isEmpty()) {
          continue;
        }
        int year = link.getPerformanceProgrammeYear().get();
        DateRange period = link.getStrategicPlanPeriod();
        if (year < period.getStart().getYear() || year > period.getEnd().getYear()) {
          report(context, Plans.path(i) + ".strategicPlanLinks[" + s + "].performanceProgrammeYear", plan.getId(),
              year, link.getInstitutionId(), period.getStart().getYear(), period.getEnd().getYear());
        }
      }
    }
  }
}
