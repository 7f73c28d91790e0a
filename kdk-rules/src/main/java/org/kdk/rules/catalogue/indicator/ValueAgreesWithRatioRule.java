package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
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
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-IND-011 — Değer ile pay/payda uyumu: where a percentage or ratio is given both as a value and as numerator
 * and denominator, the two agree — within {@code percentagePoints} (0.5) percentage points for a percentage and
 * {@code ratioTolerance} (0.005) for a ratio, which allows for rounding (data quality).
 *
 * <p>A difference exactly at the tolerance is accepted. Other measures are not checked. Stateless and
 * thread-safe.
 */
public final class ValueAgreesWithRatioRule extends CatalogueRule implements IndicatorRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The rule with its default severity, ERROR. */
  public ValueAgreesWithRatioRule() {
    super("KDK-IND-011", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: değer pay ve paydadan hesaplanana eşittir",
            "Data consistency: the value equals what its numerator and denominator give"),
        RuleParameter.of("percentagePoints", new BigDecimal("0.5"), "Yüzde için kabul edilen fark (yüzde puanı)",
            "Difference accepted for a percentage (percentage points)"),
        RuleParameter.of("ratioTolerance", new BigDecimal("0.005"), "Oran için kabul edilen fark",
            "Difference accepted for a ratio"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    Measure measure = site.measure();
    if (measure != Measure.PERCENTAGE && measure != Measure.RATIO) {
      return;
    }
    boolean percentage = measure == Measure.PERCENTAGE;
    BigDecimal tolerance = context.parameter(percentage ? "percentagePoints" : "ratioTolerance");
    for (Value value : IndicatorValues.values(site)) {
      Measurement m = value.measurement();
      if (m.getValue().isEmpty() || !m.hasRatio()) {
        continue;
      }
      BigDecimal quotient = m.getNumerator().get().divide(m.getDenominator().get(), MathContext.DECIMAL64);
      BigDecimal computed = percentage ? quotient.multiply(HUNDRED) : quotient;
      BigDecimal given = m.getValue().get();
      if (given.subtract(computed).abs().compareTo(tolerance) > 0) {
        report(context, value.path() + ".value", site.id(), value.label(), IndicatorValues.number(given),
            IndicatorValues.number(m.getNumerator().get()), IndicatorValues.number(m.getDenominator().get()),
            IndicatorValues.rounded(computed, percentage ? 2 : 4), IndicatorValues.number(tolerance));
      }
    }
  }
}
