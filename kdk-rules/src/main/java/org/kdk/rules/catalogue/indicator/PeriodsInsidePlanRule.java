package org.kdk.rules.catalogue.indicator;

import org.kdk.core.value.DateRange;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Entry;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-006 — Dönemler plan dönemi içinde: the periods of an indicator's targets and actual values lie wholly
 * inside the period of the plan that tracks it (data quality).
 *
 * <p>The baseline describes the time before the plan and is not checked. Stateless and thread-safe.
 */
public final class PeriodsInsidePlanRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, WARNING. */
  public PeriodsInsidePlanRule() {
    super("KDK-IND-006", Severity.WARNING,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: hedef ve gerçekleşen dönemleri plan dönemindedir",
            "Data consistency: target and actual periods lie in the plan period"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    DateRange plan = site.plan().getPeriod();
    for (Entry entry : IndicatorValues.entries(site)) {
      if (entry.period().isEmpty()) {
        continue;
      }
      ReportingPeriod period = entry.period().get();
      if (!plan.encloses(period.toDateRange())) {
        report(context, entry.path() + ".period", site.id(), entry.label(), period, plan.getStart(),
            plan.getEnd());
      }
    }
  }
}
