package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Siyasi parti grubu — a party group (or the independents, {@code Bağımsız}) of a council, with its seats in the
 * council and in the equality commission.
 *
 * <p>Under Municipal Law 5393 art. 24 the commission's seats are shared among the groups in simple proportion to
 * their council seats; whether a given sharing is proportional is a rule of kdk-rules. Here a group can only not
 * hold more commission seats than council seats. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePartyGroup.class)
@JsonDeserialize(as = ImmutablePartyGroup.class)
public abstract class PartyGroup {

  PartyGroup() {}

  /** The party's name or abbreviation as the council writes it, or {@code Bağımsız} for the independents. */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /** The group's seats in the council. */
  public abstract int getCouncilSeats();

  /** The group's seats in the equality commission, at most its council seats. */
  public abstract int getCommissionSeats();

  /** The group {@code name} with {@code councilSeats} council seats and {@code commissionSeats} commission seats. */
  public static PartyGroup of(String name, int councilSeats, int commissionSeats) {
    Objects.requireNonNull(name, "name");
    return builder().name(name).councilSeats(councilSeats).commissionSeats(commissionSeats).build();
  }

  /** A builder for a party group. */
  public static ImmutablePartyGroup.Builder builder() {
    return ImmutablePartyGroup.builder();
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getCouncilSeats(), PartyGroup.class, "councilSeats");
    Invariants.checkNotNegative(getCommissionSeats(), PartyGroup.class, "commissionSeats");
    // A commission's members are drawn from the council, so a group cannot send more than it has.
    Invariants.checkPartOfWhole(BigDecimal.valueOf(getCommissionSeats()), BigDecimal.valueOf(getCouncilSeats()),
        PartyGroup.class, "commissionSeats", "councilSeats");
  }
}
