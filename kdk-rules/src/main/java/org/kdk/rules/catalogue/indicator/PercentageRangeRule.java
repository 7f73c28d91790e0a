package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import org.kdk.core.indicator.Measure;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Value;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-003 — Yüzde aralığı: every value of a percentage indicator — baseline, targets and actual values, for
 * everyone and for each part — lies between 0 and 100 (data quality).
 *
 * <p>The value given as a number is checked. A percentage given only as numerator and denominator is above 100
 * exactly when the numerator is above the denominator, which KDK-IND-004 reports; it is not reported twice here.
 * Stateless and thread-safe.
 */
public final class PercentageRangeRule extends CatalogueRule implements IndicatorRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The rule with its default severity, ERROR. */
  public PercentageRangeRule() {
    super("KDK-IND-003", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: yüzde 0 ile 100 arasındadır",
            "Data consistency: a percentage lies between 0 and 100"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    if (site.measure() != Measure.PERCENTAGE) {
      return;
    }
    for (Value value : IndicatorValues.values(site)) {
      value.measurement().getValue().ifPresent(number -> {
        if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
          report(context, value.path() + ".value", site.id(), value.label(), IndicatorValues.number(number));
        }
      });
    }
  }
}
