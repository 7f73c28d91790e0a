package org.kdk.rules.catalogue.indicator;

import java.util.Currency;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-008 — Birim ve ölçü türü: an indicator's unit fits its measure — a percentage has the unit {@code %},
 * an amount an ISO 4217 currency code such as {@code TRY}, and a count is not in {@code %} (data quality).
 *
 * <p>Other measures take any unit. Stateless and thread-safe.
 */
public final class UnitFitsMeasureRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, ERROR. */
  public UnitFitsMeasureRule() {
    super("KDK-IND-008", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: birim ölçü türüne uyar",
            "Data consistency: the unit fits the measure"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    IndicatorDefinition definition = site.indicator().getDefinition();
    String unit = definition.getUnit();
    boolean fits;
    switch (definition.getMeasure()) {
      case PERCENTAGE:
        fits = unit.strip().equals("%");
        break;
      case MONEY:
        fits = isCurrency(unit);
        break;
      case COUNT:
        fits = !unit.strip().equals("%");
        break;
      default:
        fits = true;
    }
    if (!fits) {
      report(context, site.path() + ".definition.unit", site.id(), unit,
          text("expected." + definition.getMeasure().name()), definition.getMeasure());
    }
  }

  private static boolean isCurrency(String unit) {
    try {
      return Currency.getInstance(unit).getCurrencyCode().equals(unit);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
