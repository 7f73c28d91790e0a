package org.kdk.rules.catalogue.duty;

import java.util.List;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;

/**
 * KDK-DUTY-003 — Yükümlülük değerlendirilemiyor: a municipality that exists on the validation date lacks the
 * record a duty rule needs — a non-metropolitan municipality its population, an obliged one its number of shelters
 * (KDK-DUTY-001) or its strategic plan periods (KDK-DUTY-002) (Municipal Law 5393 arts. 14 and 41).
 *
 * <p>One finding per missing record, at the missing field. The thresholds are parameters of their own
 * ({@code shelterPopulationAbove}, {@code strategicPlanPopulationFrom}) with the defaults of the two duty rules.
 * Stateless and thread-safe.
 */
public final class DutyRecordsRule extends CatalogueRule {
  static final String SHELTER_POPULATION_ABOVE = "shelterPopulationAbove";
  static final String STRATEGIC_PLAN_POPULATION_FROM = "strategicPlanPopulationFrom";

  /** The rule. */
  public DutyRecordsRule() {
    super("KDK-DUTY-003", Severity.INFO,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 14 ve 41", "Municipal Law 5393 arts. 14 and 41"),
        Duties.shelterThreshold(SHELTER_POPULATION_ABOVE),
        Duties.strategicPlanThreshold(STRATEGIC_PLAN_POPULATION_FROM));
  }

  @Override
  public void check(RuleContext context) {
    long shelterAbove = context.parameter(SHELTER_POPULATION_ABOVE).longValue();
    long planFrom = context.parameter(STRATEGIC_PLAN_POPULATION_FROM).longValue();
    List<Municipality> municipalities = context.dataset().getMunicipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      Municipality municipality = municipalities.get(i);
      if (!municipality.existsOn(context.asOf())) {
        continue;
      }
      String at = "municipalities[" + i + "].";
      if (municipality.getType() != MunicipalityType.METROPOLITAN && municipality.getPopulation().isEmpty()) {
        reportMissing(context, at, "population", municipality,
            text("missing.population", shelterAbove, planFrom));
        continue;
      }
      if (Duties.mustRunShelters(municipality, shelterAbove) && municipality.getShelterCount().isEmpty()) {
        reportMissing(context, at, "shelterCount", municipality, text("missing.shelterCount"));
      }
      if (Duties.mustHaveStrategicPlan(municipality, planFrom) && municipality.getStrategicPlanPeriods().isEmpty()) {
        reportMissing(context, at, "strategicPlanPeriods", municipality,
            text("missing.strategicPlanPeriods"));
      }
    }
  }

  private void reportMissing(RuleContext context, String at, String field, Municipality municipality,
      Object missing) {
    report(context, at + field, municipality.getName(), municipality.getId(), missing, municipality.getType(),
        Duties.population(municipality, phrase("population.unknown")), field);
  }
}
