package org.kdk.reporting.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.TargetValue;

/**
 * İlerleme hesabı — computes an indicator's progress as of a date, by the rules {@link ProgressThresholds}
 * documents. Immutable and thread-safe.
 */
public final class ProgressCalculator {
  private static final int SCALE = 4;
  private static final ProgressCalculator DEFAULT = new ProgressCalculator(ProgressThresholds.defaults());

  private final ProgressThresholds thresholds;

  private ProgressCalculator(ProgressThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** A calculator with the default thresholds. */
  public static ProgressCalculator standard() {
    return DEFAULT;
  }

  /** A calculator with {@code thresholds}. */
  public static ProgressCalculator of(ProgressThresholds thresholds) {
    return new ProgressCalculator(Objects.requireNonNull(thresholds, "thresholds"));
  }

  /** The thresholds in force. */
  public ProgressThresholds thresholds() {
    return thresholds;
  }

  /** The progress of {@code indicator} as of {@code asOf}; observations of periods not begun by then are ignored. */
  public IndicatorProgress progress(Indicator indicator, LocalDate asOf) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(asOf, "asOf");
    IndicatorDefinition definition = indicator.getDefinition();
    Measure measure = definition.getMeasure();
    Optional<BigDecimal> baseline = indicator.getBaseline().flatMap(b -> b.getValue().toNumber(measure)).map(this::round);
    Optional<LocalDate> baselineDate = indicator.getBaseline().map(b -> b.getDate());
    List<TargetValue> targets = indicator.getTargets().stream()
        .sorted(Comparator.comparing(TargetValue::getPeriod)).collect(Collectors.toList());
    List<Observation> observations = indicator.getObservations().stream()
        .filter(o -> !o.getPeriod().getStart().isAfter(asOf))
        .sorted(Comparator.comparing(Observation::getPeriod)).collect(Collectors.toList());

    List<PeriodProgress> periods = new ArrayList<>();
    for (Observation observation : observations) {
      periods.add(observed(definition, baseline, baselineDate, targets, observation));
    }
    for (TargetValue target : targets) {
      boolean due = target.getPeriod().isElapsedOn(asOf);
      boolean measured = observations.stream()
          .anyMatch(o -> target.getPeriod().toDateRange().encloses(o.getPeriod().toDateRange()));
      if (due && !measured) {
        periods.add(PeriodProgress.builder().period(target.getPeriod()).targetPeriod(target.getPeriod())
            .target(target.getValue().toNumber(measure).map(this::round)).status(ProgressStatus.NO_DATA).build());
      }
    }
    periods.sort(Comparator.comparing(PeriodProgress::getPeriod));
    ProgressStatus status = periods.isEmpty() ? ProgressStatus.NO_DATA : periods.get(periods.size() - 1).getStatus();
    return IndicatorProgress.builder()
        .indicatorId(indicator.getId())
        .code(definition.getCode())
        .name(definition.getName())
        .measure(measure)
        .unit(definition.getUnit())
        .direction(definition.getDirection())
        .sensitive(definition.isSensitive())
        .baseline(baseline)
        .baselineDate(baselineDate)
        .addAllPeriods(periods)
        .status(status)
        .trend(trend(definition.getDirection(), periods))
        .build();
  }

  private PeriodProgress observed(IndicatorDefinition definition, Optional<BigDecimal> baseline,
      Optional<LocalDate> baselineDate, List<TargetValue> targets, Observation observation) {
    Measure measure = definition.getMeasure();
    Optional<BigDecimal> actual = observation.getTotal().toNumber(measure).map(this::round);
    Optional<BigDecimal> women = observation.getWomen().flatMap(m -> m.toNumber(measure)).map(this::round);
    Optional<BigDecimal> men = observation.getMen().flatMap(m -> m.toNumber(measure)).map(this::round);
    var builder = PeriodProgress.builder().period(observation.getPeriod()).actual(actual)
        .women(women).men(men);
    if (women.isPresent() && men.isPresent()) {
      builder.gap(women.get().subtract(men.get()));
    }
    Optional<TargetValue> reference = referenceTarget(targets, observation);
    Optional<BigDecimal> target = reference.flatMap(t -> t.getValue().toNumber(measure)).map(this::round);
    reference.ifPresent(t -> builder.targetPeriod(t.getPeriod()));
    builder.target(target);
    if (actual.isEmpty() || target.isEmpty()) {
      return builder.status(ProgressStatus.NO_DATA).build();
    }
    BigDecimal a = actual.get();
    BigDecimal t = target.get();
    boolean targetPeriodReached = !observation.getPeriod().getEnd().isBefore(reference.get().getPeriod().getEnd());
    if (definition.getDirection() == Direction.KEEP) {
      BigDecimal allowed = t.abs().multiply(thresholds.getKeepTolerance());
      boolean kept = a.subtract(t).abs().compareTo(t.signum() == 0 ? thresholds.getKeepTolerance() : allowed) <= 0;
      return builder.status(kept ? ProgressStatus.ACHIEVED : ProgressStatus.OFF_TRACK).build();
    }
    if (baseline.isEmpty() || baseline.get().compareTo(t) == 0) {
      boolean met = definition.getDirection() == Direction.DECREASE ? a.compareTo(t) <= 0 : a.compareTo(t) >= 0;
      ProgressStatus status = met ? ProgressStatus.ACHIEVED : targetPeriodReached ? ProgressStatus.OFF_TRACK : ProgressStatus.AT_RISK;
      return builder.status(status).build();
    }
    BigDecimal b = baseline.get();
    BigDecimal share = a.subtract(b).divide(t.subtract(b), MathContext.DECIMAL64).setScale(SCALE, RoundingMode.HALF_EVEN);
    BigDecimal expected = targetPeriodReached ? BigDecimal.ONE
        : timeFraction(baselineDate.orElse(observation.getPeriod().getStart()), observation.getPeriod().getEnd(),
            reference.get().getPeriod().getEnd());
    builder.share(share).expectedShare(expected.setScale(SCALE, RoundingMode.HALF_EVEN));
    return builder.status(status(share, expected)).build();
  }

  /** The target of the observation's period, or else the first target that ends on or after it, or else the last. */
  private static Optional<TargetValue> referenceTarget(List<TargetValue> sortedTargets, Observation observation) {
    for (TargetValue t : sortedTargets) {
      if (t.getPeriod().equals(observation.getPeriod())) {
        return Optional.of(t);
      }
    }
    for (TargetValue t : sortedTargets) {
      if (!t.getPeriod().getEnd().isBefore(observation.getPeriod().getEnd())) {
        return Optional.of(t);
      }
    }
    return sortedTargets.isEmpty() ? Optional.empty() : Optional.of(sortedTargets.get(sortedTargets.size() - 1));
  }

  private ProgressStatus status(BigDecimal share, BigDecimal expected) {
    if (share.compareTo(BigDecimal.ONE) >= 0) {
      return ProgressStatus.ACHIEVED;
    }
    if (share.compareTo(expected.multiply(thresholds.getOnTrack())) >= 0) {
      return ProgressStatus.ON_TRACK;
    }
    if (share.compareTo(expected.multiply(thresholds.getAtRisk())) >= 0) {
      return ProgressStatus.AT_RISK;
    }
    return ProgressStatus.OFF_TRACK;
  }

  private static BigDecimal timeFraction(LocalDate from, LocalDate now, LocalDate until) {
    long total = ChronoUnit.DAYS.between(from, until);
    if (total <= 0) {
      return BigDecimal.ONE;
    }
    long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, now)));
    return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
  }

  private Trend trend(Direction direction, List<PeriodProgress> periods) {
    List<BigDecimal> values = periods.stream().map(PeriodProgress::getActual).filter(Optional::isPresent)
        .map(Optional::get).collect(Collectors.toList());
    if (values.size() < 2) {
      return Trend.UNKNOWN;
    }
    BigDecimal previous = values.get(values.size() - 2);
    BigDecimal last = values.get(values.size() - 1);
    BigDecimal change = last.subtract(previous);
    BigDecimal band = previous.abs().multiply(thresholds.getStableBand());
    if (change.abs().compareTo(band) <= 0 && (previous.signum() != 0 || change.signum() == 0)) {
      return Trend.STABLE;
    }
    if (direction == Direction.KEEP) {
      return Trend.WORSENING;
    }
    boolean up = change.signum() > 0;
    return up == (direction == Direction.INCREASE) ? Trend.IMPROVING : Trend.WORSENING;
  }

  private BigDecimal round(BigDecimal value) {
    return value.scale() > SCALE ? value.setScale(SCALE, RoundingMode.HALF_EVEN) : value;
  }

  /** The pooled value of {@code measurements} of one indicator, in its unit; see {@link Pooling}. */
  public Optional<BigDecimal> pooledValue(Measure measure, List<Measurement> measurements) {
    return Pooling.pool(measure, measurements).flatMap(m -> m.toNumber(measure)).map(this::round);
  }
}
