package org.kdk.rules.catalogue.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.kdk.core.administration.Municipality;
import org.kdk.core.value.DateRange;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * KDK-DUTY-002 — Stratejik plan: a metropolitan municipality, or one of 50,000 people or more, has a strategic
 * plan whose period covers the validation date (Municipal Law 5393 art. 41, Public Financial Management Law 5018
 * art. 9).
 *
 * <p>Judges the municipalities that exist on the validation date and have at least one strategic plan period
 * recorded; where none is recorded, KDK-DUTY-003 says so. Since the plan is due within six months of the local
 * elections, a municipality established less than {@code graceMonths} (6) months before the validation date is
 * not judged yet. The population threshold is the parameter {@code populationFrom}. Stateless and thread-safe.
 */
public final class StrategicPlanDutyRule extends CatalogueRule {
  static final String POPULATION_FROM = "populationFrom";
  static final String GRACE_MONTHS = "graceMonths";

  /** The rule. */
  public StrategicPlanDutyRule() {
    super("KDK-DUTY-002", Severity.ERROR,
        Basis.of(BasisKind.LAW, "5393 sayılı Belediye Kanunu md. 41, 5018 sayılı Kamu Mali Yönetimi ve Kontrol "
            + "Kanunu md. 9", "Municipal Law 5393 art. 41, Public Financial Management and Control Law 5018 art. 9"),
        Duties.strategicPlanThreshold(POPULATION_FROM),
        RuleParameter.of(GRACE_MONTHS, 6,
            "Yeni kurulan belediyeye stratejik planı için tanınan süre (ay)",
            "Time a newly established municipality has for its strategic plan (months)"));
  }

  @Override
  public void check(RuleContext context) {
    long from = context.parameter(POPULATION_FROM).longValue();
    int graceMonths = context.intParameter(GRACE_MONTHS);
    LocalDate asOf = context.asOf();
    List<Municipality> municipalities = context.dataset().getMunicipalities();
    for (int i = 0; i < municipalities.size(); i++) {
      Municipality municipality = municipalities.get(i);
      List<DateRange> periods = municipality.getStrategicPlanPeriods();
      if (!municipality.existsOn(asOf) || periods.isEmpty() || !Duties.mustHaveStrategicPlan(municipality, from)
          || periods.stream().anyMatch(p -> p.contains(asOf))
          || municipality.getEstablishedOn().map(d -> asOf.isBefore(d.plusMonths(graceMonths))).orElse(false)) {
        continue;
      }
      String recorded = periods.stream().map(DateRange::toString).collect(Collectors.joining(", "));
      report(context, "municipalities[" + i + "].strategicPlanPeriods", municipality.getName(),
          municipality.getId(), municipality.getType(), Duties.population(municipality, phrase("population.unknown")),
          from, asOf, recorded);
    }
  }
}
