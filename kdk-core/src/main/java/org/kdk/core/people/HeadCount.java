package org.kdk.core.people;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Kişi sayısı — how many women and men took part, with those whose sex was not recorded counted apart.
 *
 * <p>The total is always the sum of the parts, so it can never disagree with them. Written in JSON as
 * {@code {"women": 31, "men": 16, "unrecorded": 0}}; {@code unrecorded} may be left out when reading. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableHeadCount.class)
@JsonDeserialize(as = ImmutableHeadCount.class)
public abstract class HeadCount {
  private static final HeadCount NONE = ImmutableHeadCount.of(0, 0, 0);

  HeadCount() {}

  /** Women. */
  @Value.Parameter
  public abstract int getWomen();

  /** Men. */
  @Value.Parameter
  public abstract int getMen();

  /** People whose sex was not recorded. */
  @Value.Parameter
  @Value.Default
  public int getUnrecorded() {
    return 0;
  }

  /** {@code women} women and {@code men} men. */
  public static HeadCount of(int women, int men) {
    return ImmutableHeadCount.of(women, men, 0);
  }

  /** {@code women} women, {@code men} men and {@code unrecorded} people whose sex was not recorded. */
  public static HeadCount of(int women, int men, int unrecorded) {
    return ImmutableHeadCount.of(women, men, unrecorded);
  }

  /** Nobody. */
  public static HeadCount none() {
    return NONE;
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getWomen(), HeadCount.class, "women");
    Invariants.checkNotNegative(getMen(), HeadCount.class, "men");
    Invariants.checkNotNegative(getUnrecorded(), HeadCount.class, "unrecorded");
  }

  /** Everyone counted. */
  public long total() {
    return (long) getWomen() + getMen() + getUnrecorded();
  }

  /** The sum of this count and {@code other}. */
  public HeadCount plus(HeadCount other) {
    return of(
        Math.addExact(getWomen(), other.getWomen()),
        Math.addExact(getMen(), other.getMen()),
        Math.addExact(getUnrecorded(), other.getUnrecorded()));
  }

  @Override
  public String toString() {
    return "HeadCount{women=" + getWomen() + ", men=" + getMen()
        + (getUnrecorded() == 0 ? "" : ", unrecorded=" + getUnrecorded()) + "}";
  }
}
