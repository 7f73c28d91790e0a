package org.kdk.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;

/**
 * Mahalle kadın örgütlenmesi — women organised at neighbourhood level, the way phase 2 meant to carry phase-1
 * results into neighbourhoods (activity area A7, expected result R3).
 *
 * <p>Written in JSON as {@code {"id": "…", "name": "…", "neighbourhoodId": "artuklu-13-mart", "municipalityId":
 * "artuklu-belediye", "foundedOn": "2013-05-02", "members": {"women": 25, "men": 0}}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeighbourhoodWomensOrganisation.class)
@JsonDeserialize(as = ImmutableNeighbourhoodWomensOrganisation.class)
public abstract class NeighbourhoodWomensOrganisation {

  NeighbourhoodWomensOrganisation() {}

  /** The organisation's id in the dataset. */
  public abstract Id getId();

  /** The organisation's name. */
  @NotBlank
  @Size(max = 300)
  public abstract String getName();

  /** The neighbourhood (mahalle) where it works. */
  public abstract Id getNeighbourhoodId();

  /** The municipality the neighbourhood belongs to. */
  public abstract Optional<Id> getMunicipalityId();

  /** The day it was founded. */
  public abstract Optional<LocalDate> getFoundedOn();

  /** How many women and men belong to it. */
  public abstract Optional<@Valid HeadCount> getMembers();

  /** Whether this is made-up example data rather than a recorded fact; reports say so when they show it. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a neighbourhood women's organisation. */
  public static ImmutableNeighbourhoodWomensOrganisation.Builder builder() {
    return ImmutableNeighbourhoodWomensOrganisation.builder();
  }
}
