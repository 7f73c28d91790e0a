package org.kdk.rules.catalogue.indicator;

import java.time.LocalDate;
import java.util.List;
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
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-IND-007 — Eksik gerçekleşen değer: every target period that has ended by the validation date has an actual
 * value for that very period (IATI results standard, actual).
 *
 * <p>A period counts as ended when the validation date is after its last day plus {@code graceMonths} (0 by
 * default: the day after the period, as the spec reads; a profile may allow time for collecting data). An
 * actual value for another period, even an overlapping one, does not count. Stateless and thread-safe.
 */
public final class MissingObservationRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, WARNING. */
  public MissingObservationRule() {
    super("KDK-IND-007", Severity.WARNING,
        Basis.of(BasisKind.FRAMEWORK, "IATI sonuç standardı (gerçekleşen değer)", "IATI results standard (actual)"),
        RuleParameter.of("graceMonths", 0, "Dönem bitiminden sonra verinin girilmesi için tanınan süre (ay)",
            "Months allowed after a period ends for its actual value to be recorded"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    int grace = context.intParameter("graceMonths");
    LocalDate asOf = context.asOf();
    Site site = IndicatorValues.site(at);
    Indicator indicator = site.indicator();
    List<TargetValue> targets = indicator.getTargets();
    for (int k = 0; k < targets.size(); k++) {
      ReportingPeriod period = targets.get(k).getPeriod();
      if (asOf.isAfter(period.getEnd().plusMonths(grace)) && indicator.observationFor(period).isEmpty()) {
        report(context, site.path() + ".targets[" + k + "]", site.id(), period, period.getEnd(), asOf);
      }
    }
  }
}
