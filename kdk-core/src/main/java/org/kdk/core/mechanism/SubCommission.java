package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.Id;

/**
 * Alt komisyon — a thematic sub-commission of a coordination board, such as Nevşehir's on early marriage.
 *
 * <p>Its members are the equality representatives of the board's member institutions and women's NGOs; outsiders
 * may join with the board's approval ({@link Membership#isExternal()}). How many members, whom they elect and
 * that outsiders are never a majority are programme practice, checked by kdk-rules, so a sub-commission breaking
 * them can still be recorded. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubCommission.class)
@JsonDeserialize(as = ImmutableSubCommission.class)
public abstract class SubCommission {

  SubCommission() {}

  /** The sub-commission's id, unique within its board. */
  public abstract Id getId();

  /** The sub-commission's name. */
  @NotBlank
  @Size(max = 300)
  public abstract String getName();

  /** The topic in the words of the source, such as {@code Erken yaşta evlilikler}. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTopic();

  /** The action-plan theme the topic falls under, where one does. */
  public abstract Optional<Theme> getTheme();

  /** The board's decision approving the sub-commission, where recorded. */
  public abstract Optional<Id> getApprovingDecisionId();

  /** The day it was set up, where recorded. */
  public abstract Optional<LocalDate> getEstablishedOn();

  /** The members, outsiders marked {@link Membership#isExternal() external}. */
  public abstract List<@Valid Membership> getMembers();

  /** The meetings. */
  public abstract List<@Valid Meeting> getMeetings();

  /** A builder for a sub-commission. */
  public static ImmutableSubCommission.Builder builder() {
    return ImmutableSubCommission.builder();
  }

  @Value.Check
  void check() {
    MechanismChecks.checkMeetingIds(SubCommission.class, getMeetings());
  }

  /** How many members come from outside the board. */
  public long externalMemberCount() {
    return getMembers().stream().filter(Membership::isExternal).count();
  }
}
