package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.mechanism.MechanismStatus;

/**
 * Mekanizma yeri — one of the mechanisms the commitment asks for, in one province on one date: whether the law
 * lets it exist then, whether it exists, its status and its last meeting. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMechanismSlot.class)
@JsonDeserialize(as = ImmutableMechanismSlot.class)
public abstract class MechanismSlot {
  MechanismSlot() {}

  /** Which mechanism. */
  public abstract MechanismKind getKind();

  /** Whether the law lets it exist on the date (the special provincial administration's bodies may not). */
  public abstract boolean isApplicable();

  /** Whether the dataset holds one that exists on the date (established and not dissolved). */
  public abstract boolean isPresent();

  /** Whether it is active on the date. */
  public abstract boolean isActive();

  /** Its status on the date. */
  public abstract Optional<MechanismStatus> getStatus();

  /** Its last meeting on or before the date. */
  public abstract Optional<LocalDate> getLastMeeting();

  /** The names of the mechanisms in this slot. */
  public abstract List<String> getNames();

  /** A builder. */
  public static ImmutableMechanismSlot.Builder builder() {
    return ImmutableMechanismSlot.builder();
  }
}
