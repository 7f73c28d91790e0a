package org.kdk.core.mechanism;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;

/**
 * Kadın-Erkek Eşitlik Komisyonu — a council's gender equality commission: an optional specialised commission of a
 * municipal council (Municipal Law 5393 art. 24) or of a provincial council (Law 5302 art. 16).
 *
 * <p>Its members are drawn from the council, with seats shared among the {@linkplain #getPartyGroups() party
 * groups}; muhtars, universities, professional bodies, unions and NGOs may take part as
 * {@linkplain MemberRole#ADVISOR advisors}, who speak but do not vote. The legal size, the one-year term and the
 * proportional sharing of seats depend on the law and the council, and are checked by kdk-rules. Immutable and
 * thread-safe.
 */
// Identity and host first, then history, people and meetings; the interface's attributes would otherwise come first.
@JsonPropertyOrder({
    "id",
    "name",
    "provinceCode",
    "council",
    "councilInstitutionId",
    "municipalityId",
    "term",
    "establishedOn",
    "foundingDecisionId",
    "statusHistory",
    "partyGroups",
    "members",
    "meetings",
    "illustrative"})
@Value.Immutable
@JsonSerialize(as = ImmutableEqualityCommission.class)
@JsonDeserialize(as = ImmutableEqualityCommission.class)
public abstract non-sealed class EqualityCommission implements Mechanism {

  EqualityCommission() {}

  /** Which council the commission belongs to. */
  public abstract CouncilKind getCouncil();

  /** The council institution (Belediye Meclisi or İl Genel Meclisi). */
  public abstract Id getCouncilInstitutionId();

  /** The municipality whose council it is; absent for a provincial council. */
  public abstract Optional<Id> getMunicipalityId();

  /** The term set in the founding decision, where one is recorded. */
  public abstract Optional<@Valid DateRange> getTerm();

  /** The council's party groups and independents, with their council and commission seats, each listed once. */
  public abstract List<@Valid PartyGroup> getPartyGroups();

  /** Whether the commission is made up for an example or a test rather than taken from a source. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for an equality commission. */
  public static ImmutableEqualityCommission.Builder builder() {
    return ImmutableEqualityCommission.builder();
  }

  @Value.Check
  void check() {
    MechanismChecks.checkStatusHistory(EqualityCommission.class, getStatusHistory());
    MechanismChecks.checkMeetingIds(EqualityCommission.class, getMeetings());
    MechanismChecks.checkUnique(EqualityCommission.class, "partyGroups", getPartyGroups(), PartyGroup::getName,
        ".name");
    // A provincial council belongs to the special provincial administration, never to a municipality.
    Invariants.check(getCouncil() != CouncilKind.PROVINCIAL_COUNCIL || getMunicipalityId().isEmpty(),
        EqualityCommission.class, "municipalityId", getMunicipalityId().map(Id::toString).orElse(""),
        "EqualityCommission.municipalityOfProvincialCouncil");
    if (!getPartyGroups().isEmpty()) {
      Set<String> names = new TreeSet<>();
      getPartyGroups().forEach(group -> names.add(group.getName()));
      for (int i = 0; i < getMembers().size(); i++) {
        Optional<String> group = getMembers().get(i).getPartyGroup();
        if (group.isPresent()) {
          Invariants.check(names.contains(group.get()), EqualityCommission.class, "members[" + i + "].partyGroup",
              group.get(), "EqualityCommission.unknownPartyGroup", group.get(), names);
        }
      }
    }
  }

  /** The commission seats of all party groups together. */
  public int commissionSeats() {
    return getPartyGroups().stream().mapToInt(PartyGroup::getCommissionSeats).sum();
  }
}
