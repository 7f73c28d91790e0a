package org.kdk.rules.catalogue.indicator;

import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Entry;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Kind;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-013 — Gelecek dönem için gerçekleşen: no actual value is recorded for a period that starts after the
 * validation date, since it cannot have been observed yet (data quality).
 *
 * <p>A period that has started but not ended may carry a value observed so far. Stateless and thread-safe.
 */
public final class FutureObservationRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, WARNING. */
  public FutureObservationRule() {
    super("KDK-IND-013", Severity.WARNING,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: gerçekleşen değer geçmişe aittir",
            "Data consistency: an actual value belongs to the past"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    for (Entry entry : IndicatorValues.entries(site)) {
      if (entry.kind() != Kind.OBSERVATION) {
        continue;
      }
      ReportingPeriod period = entry.period().get();
      if (period.getStart().isAfter(context.asOf())) {
        report(context, entry.path() + ".period", site.id(), period, period.getStart(), context.asOf());
      }
    }
  }
}
