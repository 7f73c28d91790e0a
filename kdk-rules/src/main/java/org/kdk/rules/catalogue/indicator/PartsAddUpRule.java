package org.kdk.rules.catalogue.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kdk.core.indicator.AgeGroup;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Observation;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Entry;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Kind;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Part;
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
 * KDK-IND-005 — Ayrıştırılmış değerler: for a count or an amount, the parts of a value are not more than its
 * total — women and men together, the age groups together, the districts together (data quality).
 *
 * <p>Plain values are compared (numerators and denominators are the model's own invariant); a part without a
 * plain value is left out of its sum, and a record without a plain total is skipped. Age groups are summed only
 * when no two of them overlap, since overlapping groups may count a person twice. Percentages and ratios are not
 * summed: a women's percentage may well be above the total's. Stateless and thread-safe.
 */
public final class PartsAddUpRule extends CatalogueRule implements IndicatorRule {

  /** The rule with its default severity, ERROR. */
  public PartsAddUpRule() {
    super("KDK-IND-005", Severity.ERROR,
        Basis.of(BasisKind.DATA_QUALITY, "Veri tutarlılığı: parçaların toplamı bütünü aşamaz",
            "Data consistency: the parts cannot add up to more than the whole"));
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    if (site.measure() != Measure.COUNT && site.measure() != Measure.MONEY) {
      return;
    }
    for (Entry entry : IndicatorValues.entries(site)) {
      Optional<BigDecimal> total = entry.total().measurement().getValue();
      if (total.isEmpty()) {
        continue;
      }
      checkSexes(context, site, entry, total.get());
      if (entry.kind() == Kind.OBSERVATION) {
        Observation observation = site.indicator().getObservations().get(entry.index());
        if (!overlapping(observation)) {
          checkSum(context, site, entry, total.get(), Part.AGE_GROUP, ".ageGroups", "parts.ageGroups");
        }
        checkSum(context, site, entry, total.get(), Part.DISTRICT, ".districts", "parts.districts");
      }
    }
  }

  private void checkSexes(RuleContext context, Site site, Entry entry, BigDecimal total) {
    Optional<BigDecimal> women = plain(entry.first(Part.WOMEN));
    Optional<BigDecimal> men = plain(entry.first(Part.MEN));
    if (women.isEmpty() && men.isEmpty()) {
      return;
    }
    BigDecimal sum = women.orElse(BigDecimal.ZERO).add(men.orElse(BigDecimal.ZERO));
    if (sum.compareTo(total) <= 0) {
      return;
    }
    LocalizedText parts;
    if (women.isPresent() && men.isPresent()) {
      parts = text("parts.sexes", IndicatorValues.number(women.get()), IndicatorValues.number(men.get()));
    } else if (women.isPresent()) {
      parts = text("parts.women", IndicatorValues.number(women.get()));
    } else {
      parts = text("parts.men", IndicatorValues.number(men.get()));
    }
    String path = entry.path() + (women.isPresent() ? ".women" : ".men");
    report(context, path, site.id(), entry.label(), parts, IndicatorValues.number(sum),
        IndicatorValues.number(total));
  }

  private void checkSum(RuleContext context, Site site, Entry entry, BigDecimal total, Part part, String field,
      String phrase) {
    BigDecimal sum = BigDecimal.ZERO;
    List<String> shown = new ArrayList<>();
    for (Value value : entry.parts(part)) {
      Optional<BigDecimal> number = value.measurement().getValue();
      if (number.isPresent()) {
        sum = sum.add(number.get());
        shown.add(value.name() + ": " + IndicatorValues.number(number.get()));
      }
    }
    if (sum.compareTo(total) > 0) {
      report(context, entry.path() + field, site.id(), entry.label(), text(phrase, String.join(", ", shown)),
          IndicatorValues.number(sum), IndicatorValues.number(total));
    }
  }

  private static Optional<BigDecimal> plain(Value value) {
    return value == null ? Optional.empty() : value.measurement().getValue();
  }

  private static boolean overlapping(Observation observation) {
    List<AgeGroup> groups = new ArrayList<>();
    observation.getAgeGroups().forEach(g -> groups.add(g.getAgeGroup()));
    for (int a = 0; a < groups.size(); a++) {
      for (int b = a + 1; b < groups.size(); b++) {
        if (overlap(groups.get(a), groups.get(b))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlap(AgeGroup a, AgeGroup b) {
    boolean aBeforeB = a.getMax().map(max -> max < b.getMin()).orElse(false);
    boolean bBeforeA = b.getMax().map(max -> max < a.getMin()).orElse(false);
    return !aBeforeB && !bBeforeA;
  }
}
