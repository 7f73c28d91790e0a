package org.kdk.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;

/**
 * Yükümlülük satırları — whether each municipality of a province meets its legal duties on a date, by the same
 * reading as the kdk-rules duty rules (KDK-DUTY-001 to 003). Stateless.
 *
 * <ul>
 *   <li>{@link Duty#SHELTER}: obliged when metropolitan or of more than 100,000 people; met with at least one
 *       shelter recorded, not met with a recorded zero, unknown when the number is not recorded.
 *   <li>{@link Duty#STRATEGIC_PLAN}: obliged when metropolitan or of 50,000 people or more; met when a recorded
 *       strategic plan period covers the date; unknown when no period is recorded; not applicable yet during the
 *       first six months after the municipality's establishment (the plan is due within six months of the local
 *       elections); not met otherwise.
 *   <li>A non-metropolitan municipality whose population is not recorded: unknown for both duties.
 * </ul>
 */
final class DutyLines {
  static final long SHELTER_POPULATION_ABOVE = 100_000;
  static final long STRATEGIC_PLAN_POPULATION_FROM = 50_000;
  static final int STRATEGIC_PLAN_GRACE_MONTHS = 6;

  private DutyLines() {}

  /** Two lines, shelter then strategic plan, for each municipality of the province existing on {@code asOf}. */
  static List<DutyLine> of(Dataset dataset, String provinceCode, LocalDate asOf) {
    List<DutyLine> lines = new ArrayList<>();
    for (Municipality m : dataset.getMunicipalities()) {
      if (!m.getProvinceCode().equals(provinceCode) || !m.existsOn(asOf)) {
        continue;
      }
      lines.add(line(m, Duty.SHELTER, shelter(m)));
      lines.add(line(m, Duty.STRATEGIC_PLAN, strategicPlan(m, asOf)));
    }
    return List.copyOf(lines);
  }

  private static DutyLine line(Municipality m, Duty duty, DutyStatus status) {
    return DutyLine.builder().municipalityId(m.getId()).municipalityName(m.getName()).duty(duty).status(status)
        .build();
  }

  static DutyStatus shelter(Municipality m) {
    boolean metropolitan = m.getType() == MunicipalityType.METROPOLITAN;
    if (!metropolitan && m.getPopulation().isEmpty()) {
      return DutyStatus.UNKNOWN;
    }
    if (!metropolitan && m.getPopulation().getAsLong() <= SHELTER_POPULATION_ABOVE) {
      return DutyStatus.NOT_APPLICABLE;
    }
    if (m.getShelterCount().isEmpty()) {
      return DutyStatus.UNKNOWN;
    }
    return m.getShelterCount().getAsInt() > 0 ? DutyStatus.MET : DutyStatus.NOT_MET;
  }

  static DutyStatus strategicPlan(Municipality m, LocalDate asOf) {
    boolean metropolitan = m.getType() == MunicipalityType.METROPOLITAN;
    if (!metropolitan && m.getPopulation().isEmpty()) {
      return DutyStatus.UNKNOWN;
    }
    if (!metropolitan && m.getPopulation().getAsLong() < STRATEGIC_PLAN_POPULATION_FROM) {
      return DutyStatus.NOT_APPLICABLE;
    }
    if (m.getStrategicPlanPeriods().stream().anyMatch(p -> p.contains(asOf))) {
      return DutyStatus.MET;
    }
    if (m.getEstablishedOn().map(d -> asOf.isBefore(d.plusMonths(STRATEGIC_PLAN_GRACE_MONTHS))).orElse(false)) {
      return DutyStatus.NOT_APPLICABLE;
    }
    return m.getStrategicPlanPeriods().isEmpty() ? DutyStatus.UNKNOWN : DutyStatus.NOT_MET;
  }
}
