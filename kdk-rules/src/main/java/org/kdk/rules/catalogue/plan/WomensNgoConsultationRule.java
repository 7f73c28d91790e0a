package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Consultation;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-002 — Kadın örgütleriyle hazırlama: once a plan is past drafting, at least one of its consultations
 * had women's NGOs among the participants (Official Commitment items 4 and 6).
 *
 * <p>A plan is past drafting when it is in, or its history reached, a state after drafting (approved, returned,
 * integrated, implementing, under review, completed). A participant group counts when it is of kind
 * {@code WOMENS_NGO} and has at least one person or names at least one institution.
 */
public final class WomensNgoConsultationRule extends CatalogueRule {
  /** The rule. */
  public WomensNgoConsultationRule() {
    super("KDK-PLAN-002", Severity.ERROR,
        Basis.of(BasisKind.COMMITMENT, "Taahhütname madde 4 ve 6: planın paydaşlarla hazırlanması, kadın "
            + "örgütleriyle işbirliği", "Official Commitment items 4 and 6: a plan prepared with stakeholders, "
            + "cooperation with women's organisations"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      if (Plans.isPastDrafting(plan) && !consultedWomensNgos(plan)) {
        report(context, Plans.path(i) + ".consultations", plan.getId(), plan.getState(),
            plan.getConsultations().size());
      }
    }
  }

  private static boolean consultedWomensNgos(ActionPlan plan) {
    for (Consultation consultation : plan.getConsultations()) {
      for (ParticipantGroup group : consultation.getParticipants()) {
        if (group.getKind() == InstitutionKind.WOMENS_NGO
            && (group.getCount().total() > 0 || !group.getInstitutionIds().isEmpty())) {
          return true;
        }
      }
    }
    return false;
  }
}
