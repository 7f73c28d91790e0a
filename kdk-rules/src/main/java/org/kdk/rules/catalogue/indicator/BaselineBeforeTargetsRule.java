package org.kdk.rules.catalogue.indicator;

import java.time.LocalDate;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-001 — Başlangıç değerinin tarihi: an indicator's baseline is dated before its first target period
 * starts, since it describes the situation before the work (IATI results standard, baseline).
 *
 * <p>Indicators without a baseline or without targets are skipped. Stateless and thread-safe.
 */
public final class BaselineBeforeTargetsRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, ERROR. */
  public BaselineBeforeTargetsRule() {
    super("KDK-IND-001", Severity.ERROR,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç standardı (başlangıç değeri)", "IATI results standard (baseline)"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    Indicator indicator = site.indicator();
    if (indicator.getBaseline().isEmpty() || indicator.getTargets().isEmpty()) {
      return;
    }
    ReportingPeriod first = null;
    for (TargetValue target : indicator.getTargets()) {
      if (first == null || target.getPeriod().compareTo(first) < 0) {
        first = target.getPeriod();
      }
    }
    Baseline baseline = indicator.getBaseline().get();
    LocalDate start = first.getStart();
    if (!baseline.getDate().isBefore(start)) {
      report(context, site.path() + ".baseline.date", site.id(), baseline.getDate(), first, start);
    }
  }
}
