package org.kdk.core.administration;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Belediye — a municipality: its type, its province, its population and, where the law changed it, when it
 * came into being and when it ended.
 *
 * <p>When Mardin became metropolitan on 30 March 2014, the province-centre municipality ended and the
 * metropolitan municipality began: model them as two municipalities, the first with {@code abolishedOn} and
 * {@code successorId}, so that every date answers with the body that really existed. The population decides
 * legal duties (a strategic plan from 50,000 people, shelters from 100,000: Municipal Law 5393 arts. 41 and 14),
 * so keep the year it was counted. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMunicipality.class)
@JsonDeserialize(as = ImmutableMunicipality.class)
public abstract class Municipality {

  Municipality() {}

  /** The identifier other objects use for this municipality. */
  public abstract Id getId();

  /** The official name, such as {@code Mardin Büyükşehir Belediyesi}. */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** The type of municipality. */
  public abstract MunicipalityType getType();

  /** The province it lies in. */
  @ProvinceCode
  public abstract String getProvinceCode();

  /** The district (ilçe) it lies in, for district and town municipalities. */
  public abstract Optional<@NonBlank(max = 100) String> getDistrict();

  /** The population, as counted in {@link #getPopulationYear()}. */
  public abstract OptionalLong getPopulation();

  /** The year of the population count (address-based population register, ADNKS). */
  public abstract Optional<Year> getPopulationYear();

  /**
   * How many shelters (konukevi) for women and children the municipality runs, where recorded: metropolitan
   * municipalities and those above 100,000 people must open them (Municipal Law 5393 art. 14(a)).
   */
  public abstract OptionalInt getShelterCount();

  /**
   * The periods of the five-year strategic plans the municipality adopted, where recorded: metropolitan
   * municipalities and those of 50,000 people or more must have one (Municipal Law 5393 art. 41, Law 5018 art. 9).
   */
  public abstract List<@Valid DateRange> getStrategicPlanPeriods();

  /** The day the municipality came into being, where it matters (for example 2014-03-30). */
  public abstract Optional<LocalDate> getEstablishedOn();

  /** The first day it no longer existed, when it was abolished or turned into another type. */
  public abstract Optional<LocalDate> getAbolishedOn();

  /** The municipality that took over when this one ended. */
  public abstract Optional<Id> getSuccessorId();

  /** Whether the figures are illustrative rather than from a source. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a municipality. */
  public static ImmutableMunicipality.Builder builder() {
    return ImmutableMunicipality.builder();
  }

  @Value.Check
  void check() {
    getPopulation().ifPresent(p -> Invariants.checkNotNegative(p, Municipality.class, "population"));
    getShelterCount().ifPresent(n -> Invariants.checkNotNegative(n, Municipality.class, "shelterCount"));
    Invariants.check(getPopulation().isPresent() || getPopulationYear().isEmpty(), Municipality.class,
        "populationYear", getPopulationYear().orElse(null), "Municipality.yearWithoutPopulation");
    if (getEstablishedOn().isPresent() && getAbolishedOn().isPresent()) {
      Invariants.check(getAbolishedOn().get().isAfter(getEstablishedOn().get()), Municipality.class,
          "abolishedOn", getAbolishedOn().get(), "Municipality.abolishedBeforeEstablished",
          getEstablishedOn().get(), getAbolishedOn().get());
    }
    Invariants.check(getSuccessorId().isEmpty() || getAbolishedOn().isPresent(), Municipality.class,
        "successorId", getSuccessorId().orElse(null), "Municipality.successorWithoutEnd");
  }

  /** Whether the municipality exists on {@code date}: on or after its establishment and before its abolition. */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getEstablishedOn().map(d -> !date.isBefore(d)).orElse(true)
        && getAbolishedOn().map(date::isBefore).orElse(true);
  }

  /** Whether its population is known to be at least {@code threshold}. */
  public boolean hasPopulationOfAtLeast(long threshold) {
    return getPopulation().isPresent() && getPopulation().getAsLong() >= threshold;
  }
}
