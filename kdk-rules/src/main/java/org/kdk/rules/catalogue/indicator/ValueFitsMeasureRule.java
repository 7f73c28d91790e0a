package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.OrdinalScale;
import org.kdk.core.value.LocalizedText;
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
 * KDK-IND-009 — Değer ve ölçü türü: every value of an indicator fits its measure — a text alone only for a
 * qualitative indicator, and a qualitative value has a text; a milestone is 0 or 1; an ordinal value is a whole
 * number on the definition's scale (data quality).
 *
 * <p>A text beside a number is a comment and always allowed. A milestone or an ordinal value is read from the
 * plain value; a numerator and denominator alone do not make one. One finding per value, for its first
 * misfit. Stateless and thread-safe.
 */
public final class ValueFitsMeasureRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, ERROR. */
  public ValueFitsMeasureRule() {
    super("KDK-IND-009", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: değer ölçü türüne uyar",
            "Data consistency: the value fits the measure"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    IndicatorDefinition definition = site.indicator().getDefinition();
    for (Value value : IndicatorValues.values(site)) {
      misfit(definition, value.measurement()).ifPresent(expected -> report(context, value.path(), site.id(),
          definition.getMeasure(), value.label(), IndicatorValues.show(value.measurement()), expected));
    }
  }

  /** What the value should be, when it is not. */
  private Optional<LocalizedText> misfit(IndicatorDefinition definition, Measurement m) {
    Measure measure = definition.getMeasure();
    if (measure == Measure.QUALITATIVE) {
      return m.getText().isPresent() ? Optional.empty() : Optional.of(text("expected.QUALITATIVE"));
    }
    if (m.getValue().isEmpty() && !m.hasRatio()) {
      return Optional.of(text("expected.number"));
    }
    if (measure == Measure.MILESTONE) {
      boolean fits = m.getValue().filter(v -> v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0)
          .isPresent();
      return fits ? Optional.empty() : Optional.of(text("expected.MILESTONE"));
    }
    if (measure == Measure.ORDINAL && definition.getOrdinalScale().isPresent()) {
      OrdinalScale scale = definition.getOrdinalScale().get();
      boolean fits = m.getValue().filter(ValueFitsMeasureRule::isWhole)
          .filter(v -> v.compareTo(BigDecimal.valueOf(scale.getMin())) >= 0
              && v.compareTo(BigDecimal.valueOf(scale.getMax())) <= 0)
          .isPresent();
      return fits ? Optional.empty() : Optional.of(text("expected.ORDINAL", scale.getMin(), scale.getMax()));
    }
    return Optional.empty();
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }
}
