package org.kdk.rules.catalogue.indicator;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.value.Id;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-012 — Kullanılmayan gösterge: every indicator of a plan is named by at least one action of the same
 * plan, so that results are tied to the work that should bring them about (IATI results standard).
 *
 * <p>Stateless and thread-safe.
 */
public final class IndicatorUsedRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, INFO. */
  public IndicatorUsedRule() {
    super("KDK-IND-012", Severity.INFO,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç standardı (sonuçların faaliyetlere bağlanması)",
            "IATI results standard (results tied to activities)"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    Id id = site.indicator().getId();
    if (!context.shared(UsedIndicators.class, dataset -> new UsedIndicators()).of(site.plan()).contains(id)) {
      report(context, site.path(), site.id(), site.indicator().getDefinition().getCode(), site.plan().getId());
    }
  }

  /** The ids of indicators named by the actions of each plan, worked out once per plan and validation. */
  private static final class UsedIndicators {
    private final Map<ActionPlan, Set<Id>> byPlan = new IdentityHashMap<>();

    Set<Id> of(ActionPlan plan) {
      return byPlan.computeIfAbsent(plan, p -> {
        Set<Id> used = new HashSet<>();
        for (Action action : p.getActions()) {
          used.addAll(action.getIndicatorIds());
        }
        return used;
      });
    }
  }
}
