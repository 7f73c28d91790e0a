package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.reporting.progress.IndicatorProgress;

/**
 * Plan raporu — a plan as of a date: per theme its aims, actions and indicators; its budget planned and executed
 * by funding source; its lifecycle. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanReport.class)
@JsonDeserialize(as = ImmutablePlanReport.class)
public abstract class PlanReport {
  PlanReport() {}

  /** The day the report speaks of. */
  public abstract LocalDate getAsOf();

  /** The plan's id. */
  public abstract Id getPlanId();

  /** Its title. */
  public abstract String getTitle();

  /** Action plan or strategic plan. */
  public abstract PlanKind getKind();

  /** Its province's code. */
  public abstract String getProvinceCode();

  /** Its province's name. */
  public abstract String getProvinceName();

  /** Its municipality's name, for a municipal plan. */
  public abstract Optional<String> getMunicipalityName();

  /** Its period. */
  public abstract DateRange getPeriod();

  /** Its state. */
  public abstract PlanState getState();

  /** Its lifecycle history up to the report date. */
  public abstract List<LifecycleEvent> getHistory();

  /** One section per theme, in the order of {@code Theme}. */
  public abstract List<ThemeSection> getThemes();

  /** The whole plan's budget. */
  public abstract BudgetSummary getBudget();

  /** Every indicator's progress. */
  public abstract List<IndicatorProgress> getIndicators();

  /** Indicators per status. */
  public abstract List<StatusCount> getStatusCounts();

  /** Notes every format prints. */
  public abstract List<ReportNote> getNotes();

  /** A builder. */
  public static ImmutablePlanReport.Builder builder() {
    return ImmutablePlanReport.builder();
  }
}
