package org.kdk.rules.catalogue.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.ScopeLevel;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-PLAN-006 — Stratejik plan bağlantısı: a municipal plan that is integrated, in implementation, under review or
 * completed is written into a strategic plan where the municipality must have one, that is when it is
 * metropolitan or has at least {@code minPopulation} people (Municipal Law 5393 art. 41, Law 5018 art. 9).
 *
 * <p>Skipped when the municipality is not in the dataset (KDK-REF-001 reports that) or its population is not
 * known.
 */
public final class StrategicPlanLinkRule extends CatalogueRule {
  private static final Set<PlanState> STATES = EnumSet.of(PlanState.INTEGRATED, PlanState.IMPLEMENTING,
      PlanState.UNDER_REVIEW, PlanState.COMPLETED);

  /** The rule. */
  public StrategicPlanLinkRule() {
    super("KDK-PLAN-006", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 41, 5018 sayılı Kamu Mali Yönetimi ve Kontrol "
            + "Kanunu md. 9", "Municipal Law 5393 art. 41, Public Financial Management and Control Law 5018 art. 9"),
        RuleParameter.of("minPopulation", 50_000, "Stratejik plan yükümlülüğünün nüfus eşiği",
            "Population from which a strategic plan is required"));
  }

  @Override
  public void check(RuleContext context) {
    long minPopulation = context.parameter("minPopulation").longValue();
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      if (plan.getScope().getLevel() != ScopeLevel.MUNICIPALITY || !STATES.contains(plan.getState())
          || !plan.getStrategicPlanLinks().isEmpty()) {
        continue;
      }
      Optional<Municipality> municipality = plan.getScope().getMunicipalityId()
          .flatMap(context.dataset()::municipality);
      if (municipality.isPresent() && mustHaveStrategicPlan(municipality.get(), minPopulation)) {
        report(context, Plans.path(i) + ".strategicPlanLinks", plan.getId(), plan.getState(),
            municipality.get().getName(), minPopulation);
      }
    }
  }

  private static boolean mustHaveStrategicPlan(Municipality municipality, long minPopulation) {
    return municipality.getType() == MunicipalityType.METROPOLITAN
        || municipality.hasPopulationOfAtLeast(minPopulation);
  }
}
