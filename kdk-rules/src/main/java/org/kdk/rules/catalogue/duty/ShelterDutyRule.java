package org.kdk.rules.catalogue.duty;

import java.util.List;
import org.kdk.core.administration.Municipality;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-DUTY-001 — Kadın ve çocuk konukevi: a metropolitan municipality, or one of more than 100,000 people, runs at
 * least one shelter for women and children (Municipal Law 5393 art. 14(a)).
 *
 * <p>Judges the municipalities that exist on the validation date and whose number of shelters is recorded: a
 * recorded 0 is a finding. Where the number, or a non-metropolitan municipality's population, is not recorded,
 * KDK-DUTY-003 says so. The law's "above 100,000" is strict: 100,000 people do not oblige, 100,001 do; the
 * threshold is the parameter {@code populationAbove}. Stateless and thread-safe.
 */
public final class ShelterDutyRule extends CatalogueRule {
  static final String POPULATION_ABOVE = "populationAbove";

  /** The rule. */
  public ShelterDutyRule() {
    super("KDK-DUTY-001", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 14(a)", "Municipal Law 5393 art. 14(a)"),
        Duties.shelterThreshold(POPULATION_ABOVE));
  }

  @Override
  public void check(RuleContext context) {
    long above = context.parameter(POPULATION_ABOVE).longValue();
    List<Municipality> municipalities = context.dataset().getMunicipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      Municipality municipality = municipalities.get(i);
      if (!municipality.existsOn(context.asOf()) || municipality.getShelterCount().isEmpty()
          || municipality.getShelterCount().getAsInt() > 0 || !Duties.mustRunShelters(municipality, above)) {
        continue;
      }
      report(context, "municipalities[" + i + "].shelterCount", municipality.getName(), municipality.getId(),
          municipality.getType(), Duties.population(municipality, phrase("population.unknown")), above,
          context.asOf(), municipality.getShelterCount().getAsInt());
    }
  }
}
