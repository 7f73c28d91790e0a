package org.kdk.rules.catalogue.plan;

import org.kdk.core.plan.Action;
import org.kdk.rules.catalogue.plan.Plans.PlannedAction;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-007 — Sorumlu kurum: every action of a plan names its responsible institution (programme practice).
 *
 * <p>A draft may leave it open; the rule asks for it once the plan is past drafting, that is submitted for
 * approval or further (as {@link Action#getResponsibleInstitutionId()} documents).
 */
public final class ResponsibleInstitutionRule extends CatalogueRule {
  /** The rule. */
  public ResponsibleInstitutionRule() {
    super("KDK-PLAN-007", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "YEEP: her faaliyetin sorumlu kurumu ve işbirliği yapılacak "
            + "kurumları belirtilir", "Local equality action plan: each action names the responsible institution "
            + "and the cooperating institutions"));
  }

  @Override
  public void check(RuleContext context) {
    for (PlannedAction planned : Plans.actions(context.dataset())) {
      Action action = planned.action();
      if (Plans.isPastDrafting(planned.plan()) && action.getResponsibleInstitutionId().isEmpty()) {
        report(context, planned.path() + ".responsibleInstitutionId", planned.plan().getId(), action.getId(),
            action.getTitle());
      }
    }
  }
}
