package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
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
 * KDK-IND-004 — Pay ve payda: in a percentage indicator the numerator is not above the denominator, in any
 * value — baseline, targets, actual values, total and parts (data quality).
 *
 * <p>A ratio indicator may exceed 1 and is not checked. Stateless and thread-safe.
 */
public final class NumeratorNotAboveDenominatorRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, ERROR. */
  public NumeratorNotAboveDenominatorRule() {
    super("KDK-IND-004", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: yüzdenin payı paydasını aşamaz",
            "Data consistency: a percentage's numerator cannot exceed its denominator"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    if (site.measure() != Measure.PERCENTAGE) {
      return;
    }
    for (Value value : IndicatorValues.values(site)) {
      Measurement m = value.measurement();
      if (!m.hasRatio()) {
        continue;
      }
      BigDecimal numerator = m.getNumerator().get();
      BigDecimal denominator = m.getDenominator().get();
      if (numerator.compareTo(denominator) > 0) {
        report(context, value.path() + ".numerator", site.id(), value.label(), IndicatorValues.number(numerator),
            IndicatorValues.number(denominator),
            IndicatorValues.rounded(m.toNumber(Measure.PERCENTAGE).get(), 2));
      }
    }
  }
}
