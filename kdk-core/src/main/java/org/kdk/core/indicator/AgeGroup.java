package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;

/**
 * Yaş grubu — an age band of whole years, both ends included, such as 15–24, or open-ended, such as 65 and over.
 *
 * <p>Written in JSON as {@code {"min": 15, "max": 24}} or {@code {"min": 65}}; as text ({@link #toString()},
 * {@link #parse(CharSequence)}) as {@code 15-24} or {@code 65+}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgeGroup.class)
@JsonDeserialize(as = ImmutableAgeGroup.class)
public abstract class AgeGroup {
  private static final Pattern CLOSED = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
  private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\+");

  AgeGroup() {}

  /** The youngest age in the group, in whole years, zero or more. */
  public abstract int getMin();

  /** The oldest age in the group, at least {@link #getMin()}; empty for an open-ended group. */
  public abstract Optional<Integer> getMax();

  /** A builder for an age group. */
  public static ImmutableAgeGroup.Builder builder() {
    return ImmutableAgeGroup.builder();
  }

  /** Ages {@code min} to {@code max}, both included. */
  public static AgeGroup of(int min, int max) {
    return builder().min(min).max(max).build();
  }

  /** Ages {@code min} and over. */
  public static AgeGroup atLeast(int min) {
    return builder().min(min).build();
  }

  /**
   * Parses {@code 15-24} or {@code 65+}.
   *
   * @throws IllegalArgumentException if the text is neither form
   * @throws org.kdk.core.value.InvariantViolationException if the upper age is below the lower one
   */
  public static AgeGroup parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    Matcher m;
    if ((m = CLOSED.matcher(s)).matches()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = OPEN.matcher(s)).matches()) {
      return atLeast(Integer.parseInt(m.group(1)));
    }
    throw new IllegalArgumentException("age group must look like 15-24 or 65+: " + s);
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getMin(), AgeGroup.class, "min");
    getMax().ifPresent(max -> Invariants.check(max >= getMin(), AgeGroup.class, "max", max,
        "AgeGroup.maxBelowMin", getMin(), max));
  }

  /** Whether someone aged {@code age} in whole years belongs to the group. */
  public boolean contains(int age) {
    return age >= getMin() && getMax().map(max -> age <= max).orElse(true);
  }

  /** {@code 15-24}, or {@code 65+} for an open-ended group. */
  @Override
  public String toString() {
    return getMax().map(max -> getMin() + "-" + max).orElse(getMin() + "+");
  }
}
