package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Program panosu — all provinces of a programme phase side by side as of a date, with the headline counts.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgrammeDashboard.class)
@JsonDeserialize(as = ImmutableProgrammeDashboard.class)
public abstract class ProgrammeDashboard {
  ProgrammeDashboard() {}

  /** The day the dashboard speaks of. */
  public abstract LocalDate getAsOf();

  /** The programme phase. */
  public abstract int getPhase();

  /** The headline counts. */
  public abstract Headline getHeadline();

  /** The provinces in plate order. */
  public abstract List<ProvinceColumn> getProvinces();

  /** Notes every format prints. */
  public abstract List<ReportNote> getNotes();

  /** A builder. */
  public static ImmutableProgrammeDashboard.Builder builder() {
    return ImmutableProgrammeDashboard.builder();
  }
}
