package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.people.Person;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Kurumsal eşitlik sorumlusu / eşitlik birimi temsilcisi — the equality focal person a member institution of the
 * coordination board names, possibly one per department.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFocalPerson.class)
@JsonDeserialize(as = ImmutableFocalPerson.class)
public abstract class FocalPerson {

  FocalPerson() {}

  /** The institution that named the focal person. */
  public abstract Id getInstitutionId();

  /** The department within the institution, such as {@code Fen İşleri Müdürlüğü}. */
  public abstract Optional<@NonBlank(max = 300) String> getDepartment();

  /** The person, where named. */
  public abstract Optional<@Valid Person> getPerson();

  /** A focal person of {@code institutionId}, not named. */
  public static FocalPerson of(Id institutionId) {
    Objects.requireNonNull(institutionId, "institutionId");
    return builder().institutionId(institutionId).build();
  }

  /** {@code person} as focal person of {@code institutionId}. */
  public static FocalPerson of(Id institutionId, Person person) {
    Objects.requireNonNull(institutionId, "institutionId");
    Objects.requireNonNull(person, "person");
    return builder().institutionId(institutionId).person(person).build();
  }

  /** A builder for a focal person. */
  public static ImmutableFocalPerson.Builder builder() {
    return ImmutableFocalPerson.builder();
  }
}
