package org.kdk.rules.catalogue.plan;

import java.util.List;
import java.util.Optional;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-012 — Stratejik plana dönüşüm: only a Local Equality Strategic Plan (YESP) names a plan it was upgraded
 * from, and that plan is a Local Equality Action Plan (YEEP) (programme practice: Adıyaman in July 2014, Mardin on
 * 6 August 2014).
 *
 * <p>A reference to a plan that is not in the dataset is KDK-REF-001's finding.
 */
public final class PlanUpgradeRule extends CatalogueRule {
  /** The rule. */
  public PlanUpgradeRule() {
    super("KDK-PLAN-012", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "2014: eylem planlarının Yerel Eşitlik Stratejik Planına "
            + "dönüştürülmesi", "2014: action plans upgraded into Local Equality Strategic Plans"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      if (plan.getUpgradedFromPlanId().isEmpty()) {
        continue;
      }
      Id from = plan.getUpgradedFromPlanId().get();
      String at = Plans.path(i) + ".upgradedFromPlanId";
      if (plan.getKind() != PlanKind.STRATEGIC_PLAN) {
        report(context, at, plan.getId(), plan.getKind(), from);
        continue;
      }
      Optional<ActionPlan> source = context.dataset().plan(from);
      if (source.isPresent() && source.get().getKind() != PlanKind.ACTION_PLAN) {
        reportCase(context, at, "source", plan.getId(), from, source.get().getKind());
      }
    }
  }
}
