package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.LocalizedText;

/**
 * Sıralı ölçek — the whole-number points from {@code min} to {@code max} an ordinal indicator is scored on,
 * optionally with a label for each point.
 *
 * <p>Written in JSON as {@code {"min": 0, "max": 2, "levels": [{"tr": "Karşılamıyor", "en": "Does not meet"},
 * …]}}; when labels are given there is one per point, the first for {@code min}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrdinalScale.class)
@JsonDeserialize(as = ImmutableOrdinalScale.class)
public abstract class OrdinalScale {
  private static final OrdinalScale SDG_5_C_1 = of(0, 2,
      LocalizedText.of("Karşılamıyor", "Does not meet the requirements"),
      LocalizedText.of("Yaklaşıyor", "Approaches the requirements"),
      LocalizedText.of("Tam olarak karşılıyor", "Fully meets the requirements"));

  OrdinalScale() {}

  /** The lowest point of the scale. */
  public abstract int getMin();

  /** The highest point of the scale, above {@link #getMin()}. */
  public abstract int getMax();

  /** The labels of the points from {@code min} to {@code max}, one per point; empty when unlabelled. */
  public abstract List<LocalizedText> getLevels();

  /** A builder for a scale. */
  public static ImmutableOrdinalScale.Builder builder() {
    return ImmutableOrdinalScale.builder();
  }

  /**
   * The unlabelled scale from {@code min} to {@code max}.
   *
   * @throws org.kdk.core.value.InvariantViolationException if {@code max} is not above {@code min}
   */
  public static OrdinalScale of(int min, int max) {
    return builder().min(min).max(max).build();
  }

  /**
   * The scale from {@code min} to {@code max} with one label per point, the first for {@code min}.
   *
   * @throws org.kdk.core.value.InvariantViolationException if {@code max} is not above {@code min} or the
   *     number of labels is not the number of points
   */
  public static OrdinalScale of(int min, int max, LocalizedText... levels) {
    Objects.requireNonNull(levels, "levels");
    return builder().min(min).max(max).addAllLevels(Arrays.asList(levels)).build();
  }

  /**
   * The scale of SDG indicator 5.c.1: 0 does not meet, 1 approaches, 2 fully meets the requirements for a
   * system that tracks public allocations for gender equality.
   */
  public static OrdinalScale sdg5c1() {
    return SDG_5_C_1;
  }

  @Value.Check
  void check() {
    Invariants.check(getMax() > getMin(), OrdinalScale.class, "max", getMax(),
        "OrdinalScale.maxNotAboveMin", getMin(), getMax());
    long points = (long) getMax() - getMin() + 1;
    Invariants.check(getLevels().isEmpty() || getLevels().size() == points, OrdinalScale.class, "levels",
        getLevels().size(), "OrdinalScale.levelCount", points, getMin(), getMax(), getLevels().size());
  }

  /** The number of points on the scale, both ends counted. */
  public long size() {
    return (long) getMax() - getMin() + 1;
  }

  /** Whether {@code point} lies on the scale. */
  public boolean contains(int point) {
    return point >= getMin() && point <= getMax();
  }

  /** The label of {@code point}, if the scale is labelled and the point lies on it. */
  public Optional<LocalizedText> levelOf(int point) {
    if (getLevels().isEmpty() || !contains(point)) {
      return Optional.empty();
    }
    return Optional.of(getLevels().get(point - getMin()));
  }

  @Override
  public String toString() {
    return "OrdinalScale{" + getMin() + ".." + getMax() + (getLevels().isEmpty() ? "" : ", " + getLevels()) + "}";
  }
}
