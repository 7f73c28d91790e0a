package org.kdk.reporting.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.ReportingPeriod;

/**
 * Dönem ilerlemesi — an indicator in one reporting period: the actual value, the target it is measured against,
 * the share of the way from the baseline, the status, and the women's and men's values with their gap.
 *
 * <p>Values are in the indicator's unit (percentages in percent). When disclosure control suppressed a small
 * count, {@link #isSuppressed()} is true and the counts are absent. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePeriodProgress.class)
@JsonDeserialize(as = ImmutablePeriodProgress.class)
public abstract class PeriodProgress {

  PeriodProgress() {}

  /** The reporting period. */
  public abstract ReportingPeriod getPeriod();

  /** The actual value, absent when there is no observation (or it was suppressed). */
  public abstract Optional<BigDecimal> getActual();

  /** The period of the target this period is measured against. */
  public abstract Optional<ReportingPeriod> getTargetPeriod();

  /** The target value. */
  public abstract Optional<BigDecimal> getTarget();

  /** The share of the way from baseline to target, 1 meaning the target is reached. */
  public abstract Optional<BigDecimal> getShare();

  /** The share expected by the end of this period if progress were even over time. */
  public abstract Optional<BigDecimal> getExpectedShare();

  /** The status. */
  public abstract ProgressStatus getStatus();

  /** The women's value. */
  public abstract Optional<BigDecimal> getWomen();

  /** The men's value. */
  public abstract Optional<BigDecimal> getMen();

  /** Women minus men, in the indicator's unit (percentage points for percentages). */
  public abstract Optional<BigDecimal> getGap();

  /** Whether disclosure control withheld small counts of this period. */
  @Value.Default
  public boolean isSuppressed() {
    return false;
  }

  /** A builder. */
  public static ImmutablePeriodProgress.Builder builder() {
    return ImmutablePeriodProgress.builder();
  }
}
