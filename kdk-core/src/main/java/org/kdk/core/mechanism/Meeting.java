package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Toplantı — one meeting of a mechanism: when, which tier, how many women and men attended, what it decided.
 *
 * <p>Decisions are referred to by id; the decisions themselves are kept once, in the dataset's list of decisions.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting {

  Meeting() {}

  /** The meeting's id, where other objects need to refer to it; unique within its mechanism. */
  public abstract Optional<Id> getId();

  /** The day of the meeting. */
  public abstract LocalDate getDate();

  /** The tier of a coordination board that met, where the board has more than one. */
  public abstract Optional<BoardTier> getTier();

  /** Who attended, by sex. */
  @Valid
  public abstract HeadCount getAttendance();

  /** The decisions taken at the meeting, each once. */
  public abstract List<Id> getDecisionIds();

  /** The agenda as recorded. */
  public abstract Optional<@NonBlank(max = 2000) String> getAgenda();

  /** A meeting on {@code date} attended by {@code attendance}. */
  public static Meeting of(LocalDate date, HeadCount attendance) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(attendance, "attendance");
    return builder().date(date).attendance(attendance).build();
  }

  /** A builder for a meeting. */
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  @Value.Check
  void check() {
    MechanismChecks.checkUnique(Meeting.class, "decisionIds", getDecisionIds(), id -> id);
  }
}
