package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Durum değişikliği — the day a mechanism entered a status, with the decision that put it there if there was one.
 *
 * <p>A mechanism's status on a day is the last change on or before that day ({@link Mechanism#statusOn}).
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
public abstract class StatusChange {

  StatusChange() {}

  /** The day the status took effect. */
  public abstract LocalDate getDate();

  /** The status entered on that day. */
  public abstract MechanismStatus getStatus();

  /** The decision that brought the change, such as the founding decision for {@link MechanismStatus#ESTABLISHED}. */
  public abstract Optional<Id> getDecisionId();

  /** Why, in the words of the source, such as {@code 30 Mart 2014 seçimleriyle İl Özel İdaresi kaldırıldı}. */
  public abstract Optional<@NonBlank(max = 1000) String> getReason();

  /** The change to {@code status} on {@code date}, without decision or reason. */
  public static StatusChange of(LocalDate date, MechanismStatus status) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    return builder().date(date).status(status).build();
  }

  /** The change to {@code status} on {@code date} by the decision {@code decisionId}. */
  public static StatusChange of(LocalDate date, MechanismStatus status, Id decisionId) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decisionId, "decisionId");
    return builder().date(date).status(status).decisionId(decisionId).build();
  }

  /** A builder for a status change. */
  public static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }
}
