package org.kdk.rules.catalogue.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-PLAN-001 — Altı tema: a plan covers each of the six themes or leaves it out with a reason (YEEP six
 * themes, programme practice).
 *
 * <p>One finding per theme that is neither covered nor exempted. A plan still in situation analysis has not set
 * its themes yet and is skipped.
 */
public final class ThemesCoveredRule extends CatalogueRule {
  /** The rule. */
  public ThemesCoveredRule() {
    super("KDK-PLAN-001", Severity.ERROR,
        Basis.of(BasisKind.PROGRAMME_PRACTICE, "YEEP altı tema (eğitim, sağlık, istihdam, yönetime katılım, "
            + "kadına yönelik şiddet, kentsel hizmetler)", "The six themes of the local equality action plan "
            + "(education, health, employment, participation, violence against women, urban services)"));
  }

  @Override
  public void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      if (plan.getState() == PlanState.SITUATION_ANALYSIS) {
        continue;
      }
      Set<Theme> accounted = EnumSet.noneOf(Theme.class);
      accounted.addAll(plan.getThemes());
      for (ThemeExemption exemption : plan.getThemeExemptions()) {
        accounted.add(exemption.getTheme());
      }
      for (Theme theme : Theme.values()) {
        if (!accounted.contains(theme)) {
          report(context, Plans.path(i) + ".themes", plan.getId(), theme);
        }
      }
    }
  }
}
