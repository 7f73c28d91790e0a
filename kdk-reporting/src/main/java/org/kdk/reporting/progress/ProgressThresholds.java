package org.kdk.reporting.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * İlerleme eşikleri — the documented, configurable thresholds that turn a share of the way into a status.
 *
 * <p>For an observation in period P measured against target T (the target of P, or else the next target after
 * P), with baseline b, target t and actual a:
 * <ul>
 *   <li>the <em>share of the way</em> is {@code (a − b) / (t − b)}: baseline 40, target 20, actual 30 is 0.5 for
 *       an indicator that should go down, exactly as 20 → 40 with 30 is for one that should go up;
 *   <li>the <em>expected share</em> is 1 when P is T's period, otherwise the part of the time from the baseline
 *       date to the end of T's period that has passed by the end of P;
 *   <li>{@link ProgressStatus#ACHIEVED} when the share is at least 1; {@link ProgressStatus#ON_TRACK} when it is
 *       at least {@link #getOnTrack()} × expected (default 0.9); {@link ProgressStatus#AT_RISK} when at least
 *       {@link #getAtRisk()} × expected (default 0.6); otherwise {@link ProgressStatus#OFF_TRACK};
 *   <li>an indicator to {@code KEEP} is achieved while the actual stays within {@link #getKeepTolerance()}
 *       (default 0.05, that is 5 %) of the target, off track otherwise;
 *   <li>without a baseline the share cannot be computed: the status is achieved when the target is met, off
 *       track when T's period is over, at risk before;
 *   <li>a target period that has ended by the report date without an observation is {@link
 *       ProgressStatus#NO_DATA}.
 * </ul>
 * The trend compares the last two observations: a move of less than {@link #getStableBand()} (default 0.01,
 * 1 %) of the earlier value is stable. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressThresholds.class)
@JsonDeserialize(as = ImmutableProgressThresholds.class)
public abstract class ProgressThresholds {
  private static final ProgressThresholds DEFAULTS = builder().build();

  ProgressThresholds() {}

  /** The fraction of the expected share at or above which an indicator is on track. */
  @Value.Default
  public BigDecimal getOnTrack() {
    return new BigDecimal("0.9");
  }

  /** The fraction of the expected share at or above which an indicator is at risk rather than off track. */
  @Value.Default
  public BigDecimal getAtRisk() {
    return new BigDecimal("0.6");
  }

  /** The relative distance from the target within which a {@code KEEP} indicator is achieved. */
  @Value.Default
  public BigDecimal getKeepTolerance() {
    return new BigDecimal("0.05");
  }

  /** The relative change below which the trend is stable. */
  @Value.Default
  public BigDecimal getStableBand() {
    return new BigDecimal("0.01");
  }

  /** The defaults: 0.9, 0.6, 0.05, 0.01. */
  public static ProgressThresholds defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static ImmutableProgressThresholds.Builder builder() {
    return ImmutableProgressThresholds.builder();
  }

  @Value.Check
  void check() {
    Invariants.check(getAtRisk().signum() >= 0 && getAtRisk().compareTo(getOnTrack()) <= 0,
        ProgressThresholds.class, "atRisk", getAtRisk(), "ProgressThresholds.order", getAtRisk(), getOnTrack());
    Invariants.check(getOnTrack().compareTo(BigDecimal.ONE) <= 0, ProgressThresholds.class, "onTrack",
        getOnTrack(), "ProgressThresholds.onTrackAboveOne", getOnTrack());
    Invariants.checkNotNegative(getKeepTolerance(), ProgressThresholds.class, "keepTolerance");
    Invariants.checkNotNegative(getStableBand(), ProgressThresholds.class, "stableBand");
  }
}
