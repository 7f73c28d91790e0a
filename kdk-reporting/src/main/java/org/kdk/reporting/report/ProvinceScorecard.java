package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.reporting.progress.IndicatorProgress;

/**
 * İl karnesi — a province as of a date: which mechanisms exist and are active, where its plans stand and how they
 * got there, how its indicators do, what the rules found, and whether its municipalities meet their legal duties.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvinceScorecard.class)
@JsonDeserialize(as = ImmutableProvinceScorecard.class)
public abstract class ProvinceScorecard {
  ProvinceScorecard() {}

  /** The day the scorecard speaks of. */
  public abstract LocalDate getAsOf();

  /** The province's code. */
  public abstract String getProvinceCode();

  /** The province's name. */
  public abstract String getProvinceName();

  /** Whether it is metropolitan on the date. */
  public abstract boolean isMetropolitan();

  /** One slot per mechanism kind. */
  public abstract List<MechanismSlot> getMechanisms();

  /** Its plans' stages. */
  public abstract List<PlanStage> getPlans();

  /** Its indicators' progress. */
  public abstract List<IndicatorProgress> getIndicators();

  /** Indicators per status. */
  public abstract List<StatusCount> getStatusCounts();

  /** The rule findings about its objects. */
  public abstract FindingSummary getFindings();

  /** Its municipalities' legal duties. */
  public abstract List<DutyLine> getDuties();

  /** Notes every format prints. */
  public abstract List<ReportNote> getNotes();

  /** A builder. */
  public static ImmutableProvinceScorecard.Builder builder() {
    return ImmutableProvinceScorecard.builder();
  }
}
