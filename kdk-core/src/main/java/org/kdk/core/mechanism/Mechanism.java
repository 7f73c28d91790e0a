package org.kdk.core.mechanism;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.administration.ProvinceCode;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;

/**
 * Yerel eşitlik mekanizması — what the coordination board, an equality unit and a council's equality commission
 * have in common: a province, members, meetings and a status over time.
 *
 * <p>Sealed to {@link CoordinationBoard}, {@link EqualityUnit} and {@link EqualityCommission}, so a switch over the
 * three can be exhaustive; those are {@code non-sealed} only so that Immutables can generate their implementations,
 * and their package-private constructors keep other subclasses out. It is not a JSON type of its own: a dataset
 * keeps the three kinds in three lists, so no type tag is written. The constraints declared here apply to all
 * three. Implementations are immutable and thread-safe.
 */
public sealed interface Mechanism permits CoordinationBoard, EqualityUnit, EqualityCommission {

  /** The mechanism's id in the dataset. */
  Id getId();

  /** The name as the founding decision gives it, such as {@code Mardin İl Kadın Hakları Koordinasyon Kurulu}. */
  @NotBlank
  @Size(max = 300)
  String getName();

  /** The province, as its ISO 3166-2 code such as {@code TR-47}. */
  @ProvinceCode
  String getProvinceCode();

  /** The status changes in date order; empty when none is recorded. */
  List<@Valid StatusChange> getStatusHistory();

  /** The members. */
  List<@Valid Membership> getMembers();

  /** The meetings, normally in date order. */
  List<@Valid Meeting> getMeetings();

  /** The decision that set the mechanism up, where recorded. */
  Optional<Id> getFoundingDecisionId();

  /** The day the mechanism was set up, where recorded. */
  Optional<LocalDate> getEstablishedOn();

  /** The status on {@code date}: that of the last change on or before it; empty before the first change. */
  default Optional<MechanismStatus> statusOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    MechanismStatus status = null;
    for (StatusChange change : getStatusHistory()) {
      if (change.getDate().isAfter(date)) {
        break;
      }
      status = change.getStatus();
    }
    return Optional.ofNullable(status);
  }

  /** The status of the last recorded change; empty when no change is recorded. */
  default Optional<MechanismStatus> latestStatus() {
    List<StatusChange> history = getStatusHistory();
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).getStatus());
  }

  /** The last meeting on or before {@code date}; empty if none. */
  default Optional<Meeting> lastMeetingOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Meeting last = null;
    for (Meeting meeting : getMeetings()) {
      if (!meeting.getDate().isAfter(date) && (last == null || meeting.getDate().isAfter(last.getDate()))) {
        last = meeting;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The meetings within {@code period}, ends included, in date order. */
  default List<Meeting> meetingsBetween(DateRange period) {
    Objects.requireNonNull(period, "period");
    return getMeetings().stream()
        .filter(meeting -> period.contains(meeting.getDate()))
        .sorted(Comparator.comparing(Meeting::getDate))
        .collect(Collectors.toUnmodifiableList());
  }

  /** The members who held their seat on {@code date}: those whose term contains it, and those with no term. */
  default List<Membership> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getMembers().stream().filter(member -> member.heldOn(date)).collect(Collectors.toUnmodifiableList());
  }
}
