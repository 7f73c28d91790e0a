package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.ReportingPeriod;

/**
 * Hedef değer — the value an indicator should reach by the end of a reporting period, with separate targets for
 * women and men where the plan sets them.
 *
 * <p>Written in JSON as {@code {"period": "2014", "value": {"value": 30}}}. Where the total and a part both carry
 * numerator and denominator, the part's are not above the total's. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetValue.class)
@JsonDeserialize(as = ImmutableTargetValue.class)
public abstract class TargetValue {

  TargetValue() {}

  /** The reporting period by whose end the target should be reached. */
  public abstract ReportingPeriod getPeriod();

  /** The target for everyone. */
  @Valid
  public abstract Measurement getValue();

  /** The target for women, where set apart. */
  public abstract Optional<@Valid Measurement> getWomen();

  /** The target for men, where set apart. */
  public abstract Optional<@Valid Measurement> getMen();

  /** The target {@code value} for {@code period}. */
  public static TargetValue of(ReportingPeriod period, Measurement value) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(value, "value");
    return builder().period(period).value(value).build();
  }

  /** A builder for a target value. */
  public static ImmutableTargetValue.Builder builder() {
    return ImmutableTargetValue.builder();
  }

  @Value.Check
  void check() {
    Disaggregation.checkSexes(getWomen(), getMen(), getValue(), TargetValue.class, "value");
  }
}
