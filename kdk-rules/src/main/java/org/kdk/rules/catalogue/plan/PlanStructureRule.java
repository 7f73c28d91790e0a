package org.kdk.rules.catalogue.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Target;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-011 — Amaç, hedef, faaliyet: every aim of a plan has a target and every target an action (programme
 * practice: aims, targets, strategies and actions under each theme).
 */
public final class PlanStructureRule extends CatalogueRule {
  /** The rule. */
  public PlanStructureRule() {
    super("KDK-PLAN-011", Severity.WARNING,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "YEEP yapısı: her tema altında amaçlar, hedefler, stratejiler ve "
            + "faaliyetler", "Structure of the local equality action plan: aims, targets, strategies and actions "
            + "under each theme"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      Set<Id> aimsWithTargets = new HashSet<>();
      for (Target target : plan.getTargets()) {
        aimsWithTargets.add(target.getAimId());
      }
      Set<Id> targetsWithActions = new HashSet<>();
      for (Action action : plan.getActions()) {
        targetsWithActions.add(action.getTargetId());
      }
      for (int a = 0; a < plan.getAims().size(); a++) {
        Aim aim = plan.getAims().get(a);
        if (!aimsWithTargets.contains(aim.getId())) {
          report(context, Plans.path(i) + ".aims[" + a + "]", plan.getId(), aim.getId(), aim.getTheme());
        }
      }
      for (int t = 0; t < plan.getTargets().size(); t++) {
        Target target = plan.getTargets().get(t);
        if (!targetsWithActions.contains(target.getId())) {
          reportCase(context, Plans.path(i) + ".targets[" + t + "]", "target", plan.getId(), target.getId());
        }
      }
    }
  }
}
