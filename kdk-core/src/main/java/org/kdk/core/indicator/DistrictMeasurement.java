package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * İlçeye göre ölçüm — the part of an observation that concerns one district of the province, such as Kızıltepe,
 * with the district municipality where the dataset holds it.
 *
 * <p>Written in JSON as {@code {"district": "Kızıltepe", "municipalityId": "kiziltepe-belediyesi", "value":
 * {"value": 12}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDistrictMeasurement.class)
@JsonDeserialize(as = ImmutableDistrictMeasurement.class)
public abstract class DistrictMeasurement {

  DistrictMeasurement() {}

  /** The district's name as written in Turkish, such as {@code Kızıltepe}. */
  @NotBlank
  @Size(max = 100)
  public abstract String getDistrict();

  /** The district's municipality in the dataset, where known. */
  public abstract Optional<Id> getMunicipalityId();

  /** What was measured in that district. */
  @Valid
  public abstract Measurement getValue();

  /** {@code value} measured in {@code district}. */
  public static DistrictMeasurement of(String district, Measurement value) {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(value, "value");
    return builder().district(district).value(value).build();
  }

  /** A builder for a district's measurement. */
  public static ImmutableDistrictMeasurement.Builder builder() {
    return ImmutableDistrictMeasurement.builder();
  }
}
