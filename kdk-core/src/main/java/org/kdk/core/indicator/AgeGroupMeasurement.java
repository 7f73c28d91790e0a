package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Yaş grubuna göre ölçüm — the part of an observation that concerns one age group.
 *
 * <p>Written in JSON as {@code {"ageGroup": {"min": 15, "max": 24}, "value": {"value": 12}}}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgeGroupMeasurement.class)
@JsonDeserialize(as = ImmutableAgeGroupMeasurement.class)
public abstract class AgeGroupMeasurement {

  AgeGroupMeasurement() {}

  /** The age group. */
  public abstract AgeGroup getAgeGroup();

  /** What was measured for that age group. */
  @Valid
  public abstract Measurement getValue();

  /** {@code value} measured for {@code ageGroup}. */
  public static AgeGroupMeasurement of(AgeGroup ageGroup, Measurement value) {
    Objects.requireNonNull(ageGroup, "ageGroup");
    Objects.requireNonNull(value, "value");
    return ImmutableAgeGroupMeasurement.builder().ageGroup(ageGroup).value(value).build();
  }

  /** A builder for an age group's measurement. */
  public static ImmutableAgeGroupMeasurement.Builder builder() {
    return ImmutableAgeGroupMeasurement.builder();
  }
}
