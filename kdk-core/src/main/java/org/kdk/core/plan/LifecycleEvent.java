package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;
import org.kdk.core.value.NonBlank;

/**
 * Yaşam döngüsü olayı — one step in a plan's history: on a date, an institution or mechanism moved the plan from
 * one state to another, perhaps by a decision.
 *
 * <p>{@link #getFrom()} is absent only in the first event of a history, which records the plan's creation (or
 * the state in which the dataset starts following it). Whether the step is allowed is checked by the plan that
 * holds the history, against {@link PlanLifecycle}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifecycleEvent.class)
@JsonDeserialize(as = ImmutableLifecycleEvent.class)
public abstract class LifecycleEvent {

  LifecycleEvent() {}

  /** The day the step was taken. */
  public abstract LocalDate getDate();

  /** The state the plan left; absent only for the event that creates the plan. */
  public abstract Optional<PlanState> getFrom();

  /** The state the plan entered. */
  public abstract PlanState getTo();

  /** The institution or mechanism that took the step, such as the coordination board. */
  public abstract Id getActorId();

  /** Why, in the actor's words, such as the reason a council returned the plan. */
  public abstract Optional<@NonBlank(max = 1000) String> getReason();

  /** The decision that took the step, where there is one. */
  public abstract Optional<Id> getDecisionId();

  /** The step from {@code from} to {@code to} taken by {@code actorId} on {@code date}. */
  public static LifecycleEvent of(LocalDate date, PlanState from, PlanState to, Id actorId) {
    Objects.requireNonNull(from, "from");
    return builder().date(date).from(from).to(to).actorId(actorId).build();
  }

  /** The event that creates a plan in state {@code to}, recorded by {@code actorId} on {@code date}. */
  public static LifecycleEvent ofCreation(LocalDate date, PlanState to, Id actorId) {
    return builder().date(date).to(to).actorId(actorId).build();
  }

  /** A builder for a lifecycle event. */
  public static ImmutableLifecycleEvent.Builder builder() {
    return ImmutableLifecycleEvent.builder();
  }

  @Override
  public String toString() {
    return getDate() + " " + getFrom().map(PlanState::name).orElse("(created)") + " → " + getTo()
        + " by " + getActorId();
  }
}
