package org.kdk.rules.catalogue.plan;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The plan rules of the catalogue, in id order. */
public final class PlanRules {
  private PlanRules() {}

  /** New instances of every plan rule, in id order. */
  public static List<Rule> all() {
    return List.of(
        new ThemesCoveredRule(),
        new WomensNgoConsultationRule(),
        new BoardBeforeCouncilRule(),
        new ApprovalDecisionRule(),
        new PlanPeriodRule(),
        new StrategicPlanLinkRule(),
        new ResponsibleInstitutionRule(),
        new BudgetSumRule(),
        new SingleCurrencyRule(),
        new ActionTimingRule(),
        new PlanStructureRule(),
        new PlanUpgradeRule(),
        new ActionIndicatorRule(),
        new PerformanceProgrammeYearRule(),
        new GenderMarkerRule());
  }
}
