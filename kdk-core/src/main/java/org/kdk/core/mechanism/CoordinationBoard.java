package org.kdk.core.mechanism;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.kdk.core.value.Id;

/**
 * İl Kadın Hakları Koordinasyon Kurulu (İKHKK) — a province's women's rights coordination board, at the
 * governorship, whose members are public institutions, local administrations, women's NGOs, universities, the bar
 * association and the private sector.
 *
 * <p>Setting it up is the first item of the Official Commitment each programme province signed; it is programme
 * practice, not a body in law. A board may have an upper tier (Üst Kurul), as Mardin's had, and thematic
 * sub-commissions. Who chairs it, who holds its secretariat and how often it meets are left to kdk-rules as
 * configurable defaults, since the brief marks them unverified. Immutable and thread-safe.
 */
// Identity and host first, then history, people and meetings; the interface's attributes would otherwise come first.
@JsonPropertyOrder({
    "id",
    "name",
    "provinceCode",
    "hostInstitutionId",
    "secretariatUnitId",
    "tiers",
    "establishedOn",
    "foundingDecisionId",
    "statusHistory",
    "members",
    "subCommissions",
    "meetings",
    "illustrative"})
@Value.Immutable
@JsonSerialize(as = ImmutableCoordinationBoard.class)
@JsonDeserialize(as = ImmutableCoordinationBoard.class)
public abstract non-sealed class CoordinationBoard implements Mechanism {

  CoordinationBoard() {}

  /** The institution hosting the board: the governorship (Valilik). */
  public abstract Id getHostInstitutionId();

  /** The equality unit holding the board's secretariat, where one is named. */
  public abstract Optional<Id> getSecretariatUnitId();

  /** The board's tiers: {@link BoardTier#MAIN}, and {@link BoardTier#UPPER} where it has an upper board. */
  public abstract Set<BoardTier> getTiers();

  /** The thematic sub-commissions, each with its own id. */
  public abstract List<@Valid SubCommission> getSubCommissions();

  /** Whether the board is made up for an example or a test rather than taken from a source. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a coordination board. */
  public static ImmutableCoordinationBoard.Builder builder() {
    return ImmutableCoordinationBoard.builder();
  }

  @Value.Check
  void check() {
    MechanismChecks.checkStatusHistory(CoordinationBoard.class, getStatusHistory());
    MechanismChecks.checkUnique(CoordinationBoard.class, "subCommissions", getSubCommissions(),
        SubCommission::getId, ".id");
    MechanismChecks.checkMeetingIds(CoordinationBoard.class, getMeetings());
    // A tier named by a member or a meeting must be one the board has, or counts per tier would not add up.
    for (int i = 0; i < getMembers().size(); i++) {
      MechanismChecks.checkTier(CoordinationBoard.class, "members[" + i + "].tier", getMembers().get(i).getTier(),
          getTiers());
    }
    for (int i = 0; i < getMeetings().size(); i++) {
      MechanismChecks.checkTier(CoordinationBoard.class, "meetings[" + i + "].tier", getMeetings().get(i).getTier(),
          getTiers());
    }
  }

  /** Whether the board has an upper tier (Üst Kurul). */
  public boolean hasUpperTier() {
    return getTiers().contains(BoardTier.UPPER);
  }

  /** The sub-commission with {@code id}, if the board has it. */
  public Optional<SubCommission> subCommission(Id id) {
    Objects.requireNonNull(id, "id");
    return getSubCommissions().stream().filter(s -> s.getId().equals(id)).findFirst();
  }
}
