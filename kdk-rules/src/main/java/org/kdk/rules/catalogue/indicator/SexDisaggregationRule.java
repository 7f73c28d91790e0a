package org.kdk.rules.catalogue.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Observation;
import org.kdk.rules.catalogue.indicator.IndicatorValues.Site;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.IndicatorRule;
import org.kdk.rules.rule.IndicatorSite;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-IND-010 — Cinsiyete göre ayrıştırılmış veri: the actual values of a count, percentage or ratio indicator
 * whose unit counts people carry a value for women and one for men (Official Commitment and programme
 * practice).
 *
 * <p>The units that count people are {@link #DEFAULT_PEOPLE_UNITS} unless the rule is built with a list of its
 * own ({@code new SexDisaggregationRule(List.of("kişi", "öğrenci"))}); profiles hold numbers only, so the list
 * is a constructor argument rather than a profile parameter. Units compare ignoring case and surrounding
 * blanks. Only actual values are checked, not targets. Stateless and thread-safe.
 */
public final class SexDisaggregationRule extends CatalogueRule implements IndicatorRule {
  /** The units counting people by default: {@code kişi}, {@code kadın}, {@code people}, {@code persons}, {@code %}. */
  public static final List<String> DEFAULT_PEOPLE_UNITS = List.of("kişi", "people", "persons");

  private static final Set<Measure> MEASURES = Set.of(Measure.COUNT, Measure.PERCENTAGE, Measure.RATIO);

  private final List<String> peopleUnits;

  /** The rule with the default units, severity WARNING. */
  public SexDisaggregationRule() {
    this(DEFAULT_PEOPLE_UNITS);
  }

  /** The rule treating {@code peopleUnits} as units that count people. */
  public SexDisaggregationRule(Collection<String> peopleUnits) {
    super("KDK-IND-010", Severity.WARNING,
        Basis.of(BasisKind.COMMITMENT, "Taahhütname ve program uygulaması: cinsiyete göre ayrıştırılmış veri",
            "Official Commitment and programme practice: sex-disaggregated data"));
    Objects.requireNonNull(peopleUnits, "peopleUnits");
    List<String> units = new ArrayList<>();
    for (String unit : peopleUnits) {
      units.add(Objects.requireNonNull(unit, "unit").strip());
    }
    this.peopleUnits = List.copyOf(units);
  }

  /** The units this rule treats as counting people. */
  public List<String> getPeopleUnits() {
    return peopleUnits;
  }

  @Override
  public void check(RuleContext context, IndicatorSite at) {
    Site site = IndicatorValues.site(at);
    IndicatorDefinition definition = site.indicator().getDefinition();
    if (!MEASURES.contains(definition.getMeasure()) || !countsPeople(definition.getUnit())) {
      return;
    }
    List<Observation> observations = site.indicator().getObservations();
    for (int k = 0; k < observations.size(); k++) {
      Observation observation = observations.get(k);
      boolean women = observation.getWomen().isPresent();
      boolean men = observation.getMen().isPresent();
      if (women && men) {
        continue;
      }
      String missing = !women && !men ? "missing.both" : !women ? "missing.women" : "missing.men";
      String path = site.path() + ".observations[" + k + "]" + (women ? ".men" : ".women");
      report(context, path, site.id(), definition.getUnit(), observation.getPeriod(), text(missing));
    }
  }

  private boolean countsPeople(String unit) {
    String stripped = unit.strip();
    return peopleUnits.stream().anyMatch(stripped::equalsIgnoreCase);
  }
}
