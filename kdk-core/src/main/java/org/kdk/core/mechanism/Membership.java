package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.people.Person;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;

/**
 * Üyelik — a seat in a board, sub-commission, equality unit or commission, held by a person, an institution, or a
 * person on behalf of an institution.
 *
 * <p>Boards count institutions as members, commissions count councillors, units count staff: so a membership
 * names at least one of {@link #getPerson()} and {@link #getInstitutionId()}. An {@link MemberRole#ADVISOR} may
 * speak but not vote, so an advisor is non-voting unless said otherwise and can never be voting. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership {

  Membership() {}

  /** The person holding the seat, where recorded. */
  public abstract Optional<@Valid Person> getPerson();

  /** The institution holding the seat, or on whose behalf the person sits. */
  public abstract Optional<Id> getInstitutionId();

  /** The role held. */
  public abstract MemberRole getRole();

  /** Whether the member votes; by default every role but {@link MemberRole#ADVISOR} does. */
  @Value.Default
  public boolean isVoting() {
    return getRole() != MemberRole.ADVISOR;
  }

  /** The period the seat was held, where recorded; without it the member is taken to sit throughout. */
  public abstract Optional<@Valid DateRange> getTerm();

  /** The council party group the member belongs to, for councillors in an equality commission. */
  public abstract Optional<@NonBlank(max = 200) String> getPartyGroup();

  /** The tier of a coordination board the member sits in, where the board has more than one. */
  public abstract Optional<BoardTier> getTier();

  /**
   * Whether the member comes from outside the body, such as an outsider who joined a sub-commission with the
   * board's approval.
   */
  @Value.Default
  public boolean isExternal() {
    return false;
  }

  /** The institution {@code institutionId} as a member with {@code role}. */
  public static Membership ofInstitution(Id institutionId, MemberRole role) {
    Objects.requireNonNull(institutionId, "institutionId");
    Objects.requireNonNull(role, "role");
    return builder().institutionId(institutionId).role(role).build();
  }

  /** The person {@code person} as a member with {@code role}. */
  public static Membership ofPerson(Person person, MemberRole role) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(role, "role");
    return builder().person(person).role(role).build();
  }

  /** A builder for a membership. */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  void check() {
    Invariants.check(getPerson().isPresent() || getInstitutionId().isPresent(), Membership.class, "person",
        "none", "Membership.nobody");
    Invariants.check(!(getRole() == MemberRole.ADVISOR && isVoting()), Membership.class, "voting", true,
        "Membership.advisorVoting");
  }

  /** Whether the seat was held on {@code date}: always when no term is recorded. */
  public boolean heldOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getTerm().map(term -> term.contains(date)).orElse(true);
  }
}
