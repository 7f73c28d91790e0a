package org.kdk.reporting.disclosure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.value.Invariants;
import org.kdk.reporting.progress.ImmutableIndicatorProgress;
import org.kdk.reporting.progress.ImmutablePeriodProgress;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.Trend;

/**
 * Gizlilik kuralı — the disclosure control every report applies to sensitive indicators, such as the number of
 * women who suffered violence: counts below a {@linkplain #getThreshold() threshold} (default 5) are withheld, and
 * so is every value from which they could be worked out.
 *
 * <p>For an indicator whose definition is {@linkplain org.kdk.core.indicator.IndicatorDefinition#isSensitive()
 * sensitive}, {@link #apply(Indicator, IndicatorProgress)} looks at the raw observation behind every period (found
 * by its period). The <em>counts</em> of a measurement are its value for a {@link Measure#COUNT} indicator and its
 * numerator for a {@link Measure#PERCENTAGE} or {@link Measure#RATIO}; other measures, and percentages given
 * without their numerator, carry no count and are left as they are. A count is <em>small</em> when it is below
 * the threshold; zero is a small count too.
 * <ul>
 *   <li>When the total's count is small, the period's actual value, share of the way, women's and men's values
 *       and gap are removed.
 *   <li>When the total is not small but a part is — the women's count, the men's count, or, when only one of
 *       them is recorded, the total minus that one — the women's and men's values and the gap are removed: both
 *       parts, since the total minus one part reveals the other.
 *   <li>When the baseline's count is small, the baseline value is removed, and with it the share of the way of
 *       every period, since actual, target and share together give the baseline back.
 *   <li>When a value the trend was computed from is removed, the trend becomes {@link Trend#UNKNOWN}.
 * </ul>
 * Every period that lost a value is marked {@linkplain PeriodProgress#isSuppressed() suppressed}. Targets, the
 * expected share and statuses are kept: they are the plan's aims and judgements, not counts. Indicators that are
 * not sensitive pass unchanged. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDisclosurePolicy.class)
@JsonDeserialize(as = ImmutableDisclosurePolicy.class)
public abstract class DisclosurePolicy {
  private static final DisclosurePolicy DEFAULTS = builder().build();

  DisclosurePolicy() {}

  /** Counts below this number are withheld; at least 1, default 5. */
  @Value.Default
  public int getThreshold() {
    return 5;
  }

  /** The default policy: counts below 5 are withheld. */
  public static DisclosurePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The policy withholding counts below {@code threshold}.
   *
   * @throws org.kdk.core.value.InvariantViolationException if the threshold is below 1
   */
  public static DisclosurePolicy of(int threshold) {
    return builder().threshold(threshold).build();
  }

  /** A builder starting from the defaults. */
  public static ImmutableDisclosurePolicy.Builder builder() {
    return ImmutableDisclosurePolicy.builder();
  }

  @Value.Check
  void check() {
    Invariants.check(getThreshold() >= 1, DisclosurePolicy.class, "threshold", getThreshold(),
        "DisclosurePolicy.threshold", getThreshold());
  }

  /** Whether {@code count} is below the threshold and must be withheld. */
  public boolean withholds(BigDecimal count) {
    Objects.requireNonNull(count, "count");
    return count.compareTo(BigDecimal.valueOf(getThreshold())) < 0;
  }

  /**
   * {@code progress}, computed for {@code indicator}, with the small counts withheld as the class documentation
   * says; the same object when the indicator is not sensitive or nothing is small.
   */
  public IndicatorProgress apply(Indicator indicator, IndicatorProgress progress) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(progress, "progress");
    if (!indicator.getDefinition().isSensitive()) {
      return progress;
    }
    Measure measure = indicator.getDefinition().getMeasure();
    boolean baselineSmall = indicator.getBaseline().map(Baseline::getValue)
        .flatMap(value -> count(measure, value)).map(this::withholds).orElse(false);
    List<PeriodProgress> periods = new ArrayList<>(progress.getPeriods().size());
    boolean changed = baselineSmall && progress.getBaseline().isPresent();
    boolean trendLost = false;
    List<PeriodProgress> original = progress.getPeriods();
    int lastTwoFrom = indexOfSecondLastActual(original);
    for (int i = 0; i < original.size(); i++) {
      PeriodProgress period = original.get(i);
      PeriodProgress withheld = withhold(measure, indicator.observationFor(period.getPeriod()), period);
      if (baselineSmall && withheld.getShare().isPresent()) {
        withheld = ImmutablePeriodProgress.copyOf(withheld).withShare(Optional.empty()).withSuppressed(true);
      }
      if (!withheld.equals(period)) {
        changed = true;
        if (i >= lastTwoFrom && period.getActual().isPresent() && withheld.getActual().isEmpty()) {
          trendLost = true;
        }
      }
      periods.add(withheld);
    }
    if (!changed) {
      return progress;
    }
    ImmutableIndicatorProgress result = ImmutableIndicatorProgress.copyOf(progress).withPeriods(periods);
    if (baselineSmall) {
      result = result.withBaseline(Optional.empty());
    }
    if (trendLost) {
      result = result.withTrend(Trend.UNKNOWN);
    }
    return result;
  }

  /** The period with its small counts withheld. */
  private PeriodProgress withhold(Measure measure, Optional<Observation> observation, PeriodProgress period) {
    if (observation.isEmpty()) {
      return period;
    }
    Observation o = observation.get();
    Optional<BigDecimal> total = count(measure, o.getTotal());
    Optional<BigDecimal> women = o.getWomen().flatMap(m -> count(measure, m));
    Optional<BigDecimal> men = o.getMen().flatMap(m -> count(measure, m));
    if (total.map(this::withholds).orElse(false)) {
      return ImmutablePeriodProgress.copyOf(period).withActual(Optional.empty()).withShare(Optional.empty())
          .withWomen(Optional.empty()).withMen(Optional.empty()).withGap(Optional.empty()).withSuppressed(true);
    }
    boolean partSmall = women.map(this::withholds).orElse(false) || men.map(this::withholds).orElse(false)
        || complementSmall(total, women, men) || complementSmall(total, men, women);
    if (partSmall) {
      return ImmutablePeriodProgress.copyOf(period).withWomen(Optional.empty()).withMen(Optional.empty())
          .withGap(Optional.empty()).withSuppressed(true);
    }
    return period;
  }

  /** Whether {@code total} minus the recorded part {@code one}, standing for the unrecorded {@code other}, is small. */
  private boolean complementSmall(Optional<BigDecimal> total, Optional<BigDecimal> one, Optional<BigDecimal> other) {
    return total.isPresent() && one.isPresent() && other.isEmpty() && withholds(total.get().subtract(one.get()));
  }

  /** The count a measurement carries under {@code measure}: a count's value, a percentage's or ratio's numerator. */
  private static Optional<BigDecimal> count(Measure measure, Measurement measurement) {
    switch (measure) {
      case COUNT:
        return measurement.getValue();
      case PERCENTAGE:
      case RATIO:
        return measurement.getNumerator();
      default:
        return Optional.empty();
    }
  }

  /** The index of the second-to-last period with an actual value (the trend's two values start there). */
  private static int indexOfSecondLastActual(List<PeriodProgress> periods) {
    int seen = 0;
    for (int i = periods.size() - 1; i >= 0; i--) {
      if (periods.get(i).getActual().isPresent() && ++seen == 2) {
        return i;
      }
    }
    return 0;
  }
}
