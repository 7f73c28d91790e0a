package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.kdk.core.people.Sex;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.ReportingPeriod;

/**
 * Gerçekleşen — the actual value of an indicator for one reporting period, for everyone and, where measured,
 * for women and men, by age group and by district.
 *
 * <p>Written in JSON as {@code {"period": "2013", "total": {"numerator": 5, "denominator": 31}, "women": {…},
 * "ageGroups": [{"ageGroup": {"min": 15, "max": 24}, "value": {…}}], "districts": [{"district": "Kızıltepe",
 * "value": {…}}]}}. Intrinsic rules: where a part (women, men, an age group, a district) and the total both carry
 * numerator and denominator, the part's are not above the total's, and the women's and men's numerators together
 * are not above the total's; each age group and each district appears once. Plain values are not compared: a
 * women's percentage may be above the total's. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
public abstract class Observation {

  Observation() {}

  /** The reporting period the value belongs to. */
  public abstract ReportingPeriod getPeriod();

  /** The value for everyone. */
  @Valid
  public abstract Measurement getTotal();

  /** The value for women, where measured apart. */
  public abstract Optional<@Valid Measurement> getWomen();

  /** The value for men, where measured apart. */
  public abstract Optional<@Valid Measurement> getMen();

  /** The values by age group, each group once. */
  public abstract List<@Valid AgeGroupMeasurement> getAgeGroups();

  /** The values by district, each district once. */
  public abstract List<@Valid DistrictMeasurement> getDistricts();

  /** Where the value comes from, such as a register, a survey or a meeting's minutes. */
  public abstract Optional<@NonBlank(max = 500) String> getSource();

  /** A remark on the value, such as a change of method. */
  public abstract Optional<@NonBlank(max = 2000) String> getNote();

  /** Whether the value is made up for illustration rather than taken from a programme document. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** The actual {@code total} for {@code period}, without breakdown. */
  public static Observation of(ReportingPeriod period, Measurement total) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(total, "total");
    return builder().period(period).total(total).build();
  }

  /** A builder for an observation. */
  public static ImmutableObservation.Builder builder() {
    return ImmutableObservation.builder();
  }

  @Value.Check
  void check() {
    Disaggregation.checkSexes(getWomen(), getMen(), getTotal(), Observation.class, "total");
    checkParts(getAgeGroups(), AgeGroupMeasurement::getAgeGroup, AgeGroupMeasurement::getValue, "ageGroups",
        "ageGroup", "Observation.duplicateAgeGroup");
    checkParts(getDistricts(), DistrictMeasurement::getDistrict, DistrictMeasurement::getValue, "districts",
        "district", "Observation.duplicateDistrict");
  }

  /** Each part named once and not above the total. */
  private <P> void checkParts(List<P> parts, Function<P, ?> name, Function<P, Measurement> value, String list,
      String nameField, String duplicateKey) {
    // Runs for every observation read: the set and the field names are made only where there are parts.
    Set<Object> names = parts.isEmpty() ? Set.of() : new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      P part = parts.get(i);
      Object partName = name.apply(part);
      if (!names.add(partName)) {
        Invariants.check(false, Observation.class, list + "[" + i + "]." + nameField, partName, duplicateKey,
            partName);
      }
      Disaggregation.checkPart(Optional.of(value.apply(part)), getTotal(), Observation.class,
          list + "[" + i + "].value", "total");
    }
  }

  /** The value for women or for men, where measured apart. */
  public Optional<Measurement> measurementFor(Sex sex) {
    Objects.requireNonNull(sex, "sex");
    return sex == Sex.WOMAN ? getWomen() : getMen();
  }
}
