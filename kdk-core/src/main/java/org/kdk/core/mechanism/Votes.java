package org.kdk.core.mechanism;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Oy dağılımı — how the members present voted on a decision: in favour (kabul), against (ret) and abstaining
 * (çekimser).
 *
 * <p>Written in JSON as {@code {"inFavour": 21, "against": 4, "abstaining": 0}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableVotes.class)
@JsonDeserialize(as = ImmutableVotes.class)
public abstract class Votes {

  Votes() {}

  /** Votes in favour (kabul). */
  @Value.Parameter
  public abstract int getInFavour();

  /** Votes against (ret). */
  @Value.Parameter
  public abstract int getAgainst();

  /** Abstentions (çekimser). */
  @Value.Parameter
  @Value.Default
  public int getAbstaining() {
    return 0;
  }

  /** {@code inFavour} in favour and {@code against} against, nobody abstaining. */
  public static Votes of(int inFavour, int against) {
    return ImmutableVotes.of(inFavour, against, 0);
  }

  /** {@code inFavour} in favour, {@code against} against and {@code abstaining} abstaining. */
  public static Votes of(int inFavour, int against, int abstaining) {
    return ImmutableVotes.of(inFavour, against, abstaining);
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getInFavour(), Votes.class, "inFavour");
    Invariants.checkNotNegative(getAgainst(), Votes.class, "against");
    Invariants.checkNotNegative(getAbstaining(), Votes.class, "abstaining");
  }

  /** Everyone who voted, abstentions included. */
  public long total() {
    return (long) getInFavour() + getAgainst() + getAbstaining();
  }

  @Override
  public String toString() {
    return "Votes{inFavour=" + getInFavour() + ", against=" + getAgainst() + ", abstaining=" + getAbstaining() + "}";
  }
}
