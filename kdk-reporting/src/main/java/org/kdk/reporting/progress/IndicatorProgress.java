package org.kdk.reporting.progress;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Measure;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;

/**
 * Gösterge ilerlemesi — an indicator's progress as of a date: baseline, every observed or due period, the
 * latest status, the trend and the latest women/men gap. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorProgress.class)
@JsonDeserialize(as = ImmutableIndicatorProgress.class)
public abstract class IndicatorProgress {

  IndicatorProgress() {}

  /** The indicator's id in its plan. */
  public abstract Id getIndicatorId();

  /** The definition's code, such as {@code KDK-R6-01}. */
  public abstract String getCode();

  /** The indicator's name. */
  public abstract LocalizedText getName();

  /** How it is measured. */
  public abstract Measure getMeasure();

  /** Its unit. */
  public abstract String getUnit();

  /** Which way is better. */
  public abstract Direction getDirection();

  /** Whether small counts are withheld (violence). */
  public abstract boolean isSensitive();

  /** The baseline value. */
  public abstract Optional<BigDecimal> getBaseline();

  /** The baseline's date. */
  public abstract Optional<LocalDate> getBaselineDate();

  /** Observed periods and target periods that are due, in period order. */
  public abstract List<PeriodProgress> getPeriods();

  /** The status of the latest observed period, or of a due period left without data. */
  public abstract ProgressStatus getStatus();

  /** How the last two observations moved. */
  public abstract Trend getTrend();

  /** A builder. */
  public static ImmutableIndicatorProgress.Builder builder() {
    return ImmutableIndicatorProgress.builder();
  }

  /** The latest period with an actual value. */
  public Optional<PeriodProgress> latest() {
    for (int i = getPeriods().size() - 1; i >= 0; i--) {
      if (getPeriods().get(i).getActual().isPresent()) {
        return Optional.of(getPeriods().get(i));
      }
    }
    return Optional.empty();
  }
}
