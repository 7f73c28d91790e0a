package org.kdk.core.administration;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.NonBlank;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Kurum — an institution that takes part in the programme: a governorship, a municipality or its council, a
 * provincial directorate, a development agency, a women's NGO, a university, a bar, a UN agency…
 *
 * <p>Mechanisms, plans and activities refer to institutions by {@link #getId()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstitution.class)
@JsonDeserialize(as = ImmutableInstitution.class)
public abstract class Institution {

  Institution() {}

  /** The identifier other objects use for this institution. */
  public abstract Id getId();

  /** The official name, such as {@code Mardin Valiliği}. */
  @NotBlank
  @Size(max = 300)
  public abstract String getName();

  /** The short name, such as {@code DİKA}. */
  public abstract Optional<@NonBlank(max = 40) String> getAbbreviation();

  /** The kind of institution. */
  public abstract InstitutionKind getKind();

  /** The province it serves, for local institutions. */
  public abstract Optional<@ProvinceCode String> getProvinceCode();

  /** The municipality, for a municipality's own record or its council. */
  public abstract Optional<Id> getMunicipalityId();

  /** The institution it belongs to, such as the ministry of a provincial directorate. */
  public abstract Optional<Id> getParentId();

  /** The day it came into being, where it matters. */
  public abstract Optional<LocalDate> getEstablishedOn();

  /** The first day it no longer existed, such as 2014-03-30 for Mardin's special provincial administration. */
  public abstract Optional<LocalDate> getAbolishedOn();

  /** A builder for an institution. */
  public static ImmutableInstitution.Builder builder() {
    return ImmutableInstitution.builder();
  }

  /** An institution with only the required parts. */
  public static Institution of(Id id, String name, InstitutionKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  @Value.Check
  void check() {
    if (getEstablishedOn().isPresent() && getAbolishedOn().isPresent()) {
      Invariants.check(getAbolishedOn().get().isAfter(getEstablishedOn().get()), Institution.class,
          "abolishedOn", getAbolishedOn().get(), "Institution.abolishedBeforeEstablished",
          getEstablishedOn().get(), getAbolishedOn().get());
    }
    Invariants.check(getParentId().map(p -> !p.equals(getId())).orElse(true), Institution.class, "parentId",
        getParentId().orElse(null), "Institution.ownParent");
  }

  /** Whether the institution exists on {@code date} by its own recorded dates (see {@link LawCalendar} for the law). */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getEstablishedOn().map(d -> !date.isBefore(d)).orElse(true)
        && getAbolishedOn().map(date::isBefore).orElse(true);
  }
}
