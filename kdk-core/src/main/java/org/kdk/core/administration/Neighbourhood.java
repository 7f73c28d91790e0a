package org.kdk.core.administration;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.kdk.core.people.Person;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Mahalle — a neighbourhood of a municipality, with its elected headman (muhtar) and the four members of its
 * council (ihtiyar heyeti). Phase 2 meant to carry the programme down to this level (expected result R3).
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeighbourhood.class)
@JsonDeserialize(as = ImmutableNeighbourhood.class)
public abstract class Neighbourhood {

  Neighbourhood() {}

  /** The identifier other objects use for this neighbourhood. */
  public abstract Id getId();

  /** The neighbourhood's name, such as {@code 13 Mart Mahallesi}. */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** The municipality the neighbourhood belongs to. */
  public abstract Id getMunicipalityId();

  /** The elected headman (muhtar), who holds public office. */
  public abstract Optional<@Valid Person> getMuhtar();

  /** The members of the neighbourhood council (ihtiyar heyeti), four by law. */
  @Size(max = 4)
  public abstract List<@Valid Person> getCouncilMembers();

  /** The population, where known. */
  public abstract OptionalLong getPopulation();

  /** A builder for a neighbourhood. */
  public static ImmutableNeighbourhood.Builder builder() {
    return ImmutableNeighbourhood.builder();
  }

  @Value.Check
  void check() {
    getPopulation().ifPresent(p -> Invariants.checkNotNegative(p, Neighbourhood.class, "population"));
  }
}
