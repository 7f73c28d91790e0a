package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-007 — Sorumlu kurum: every action of a plan names its responsible institution (programme practice).
 *
 * <p>A draft may leave it open; the rule asks for it once the plan is past drafting, that is submitted for
 * approval or further (as {@link Action#getResponsibleInstitutionId()} documents).
 */
public final class ResponsibleInstitutionRule extends PlanRule {
  /** The rule. */
  public ResponsibleInstitutionRule() {
    super("KDK-PLAN-007", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "YEEP: her faaliyetin sorumlu kurumu ve işbirliği yapılacak "
            + "kurumları belirtilir", "Local equality action plan: each action names the responsible institution "
            + "and the cooperating institutions"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      if (!Plans.isPastDrafting(plan)) {
        continue;
      }
      for (int k = 0; k < plan.getActions().size(); k++) {
        Action action = plan.getActions().get(k);
        if (action.getResponsibleInstitutionId().isEmpty()) {
          flag(context, Plans.path(i) + ".actions[" + k + "].responsibleInstitutionId", plan.getId(),
              action.getId(), action.getTitle());
        }
      }
    }
  }
}
