package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.value.Replacing;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.ReportingPeriod;

/**
 * Gösterge — an indicator as a plan tracks it: its definition, baseline, targets per reporting period and the
 * actual values observed, with where the data come from (veri kaynağı) and how they can be verified (doğrulama
 * kaynağı).
 *
 * <p>Written in JSON as {@code {"id": "mardin-yeep-g1", "definition": {…}, "baseline": {…}, "targets": [{"period":
 * "2014", …}], "observations": [{"period": "2013", "total": {…}}], "dataSource": "…", "meansOfVerification":
 * "…"}}. Each reporting period has at most one target and at most one observation. Whether values fit the
 * definition's measure and scale is checked by kdk-rules. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
  private static final Comparator<ReportingPeriod> MOST_RECENT =
      Comparator.comparing(ReportingPeriod::getEnd).thenComparing(ReportingPeriod::getStart);

  Indicator() {}

  /** The indicator's id within the dataset. */
  public abstract Id getId();

  /** What the indicator measures. */
  @Valid
  public abstract IndicatorDefinition getDefinition();

  /** The value before the work began, where known. */
  public abstract Optional<@Valid Baseline> getBaseline();

  /** The targets, at most one per reporting period. */
  public abstract List<@Valid TargetValue> getTargets();

  /** The actual values, at most one per reporting period. */
  public abstract List<@Valid Observation> getObservations();

  /** Veri kaynağı — where the values come from, such as a municipality's personnel records. */
  public abstract Optional<@NonBlank(max = 500) String> getDataSource();

  /** Doğrulama kaynağı — the documents that prove the values, such as council decisions or attendance lists. */
  public abstract Optional<@NonBlank(max = 500) String> getMeansOfVerification();

  /** Whether the indicator's values are made up for illustration rather than taken from a programme document. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for an indicator. */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }

  /** The indicator {@code id} tracking {@code definition}, with no values yet. */
  public static Indicator of(Id id, IndicatorDefinition definition) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definition, "definition");
    return builder().id(id).definition(definition).build();
  }

  @Value.Check
  void check() {
    // Field names are made only for a broken invariant: this runs for every indicator read.
    Set<ReportingPeriod> targetPeriods = new HashSet<>();
    for (int i = 0; i < getTargets().size(); i++) {
      ReportingPeriod period = getTargets().get(i).getPeriod();
      if (!targetPeriods.add(period)) {
        Invariants.check(false, Indicator.class, "targets[" + i + "].period", period,
            "Indicator.duplicateTargetPeriod", period);
      }
    }
    Set<ReportingPeriod> observationPeriods = new HashSet<>();
    for (int i = 0; i < getObservations().size(); i++) {
      ReportingPeriod period = getObservations().get(i).getPeriod();
      if (!observationPeriods.add(period)) {
        Invariants.check(false, Indicator.class, "observations[" + i + "].period", period,
            "Indicator.duplicateObservationPeriod", period);
      }
    }
  }

  /** The actual value for exactly {@code period}, if observed. */
  public Optional<Observation> observationFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return getObservations().stream().filter(o -> o.getPeriod().equals(period)).findFirst();
  }

  /** The target for exactly {@code period}, if set. */
  public Optional<TargetValue> targetFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return getTargets().stream().filter(t -> t.getPeriod().equals(period)).findFirst();
  }

  /**
   * The most recent observation known on {@code date}: among the observations whose period has ended on or
   * before that day, the one whose period ends last (of two ending the same day, the shorter one).
   */
  public Optional<Observation> latestObservationOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getObservations().stream()
        .filter(o -> !o.getPeriod().getEnd().isAfter(date))
        .max(Comparator.comparing(Observation::getPeriod, MOST_RECENT));
  }

  /** A copy in which {@code observation} replaces the observation of the same period, or is appended. */
  public Indicator withObservation(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    return ImmutableIndicator.copyOf(this).withObservations(Replacing.replaceOrAppend(
        getObservations(), observation, o -> o.getPeriod().equals(observation.getPeriod())));
  }
}
