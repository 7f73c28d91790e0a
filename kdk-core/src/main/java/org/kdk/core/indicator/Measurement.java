package org.kdk.core.indicator;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.NonBlank;

/**
 * Ölçüm — one measured value of an indicator: a number, a numerator over a denominator, a text, or several of
 * these together (a percentage with the counts behind it, a score with a comment).
 *
 * <p>Written in JSON as {@code {"value": 42}}, {@code {"numerator": 31, "denominator": 47}} or
 * {@code {"text": "…"}}. Only what holds whatever the measure is checked here: something is given, numerator and
 * denominator come together, the numerator is not negative and the denominator is above zero. Whether a
 * percentage lies between 0 and 100 or a numerator is below its denominator depends on the indicator's
 * {@link Measure} and is checked by kdk-rules: a ratio may well exceed 1. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasurement.class)
@JsonDeserialize(as = ImmutableMeasurement.class)
public abstract class Measurement {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Measurement() {}

  /** The value as a single number: a count, a percentage (0–100), a ratio, an amount, a score. */
  public abstract Optional<BigDecimal> getValue();

  /** The numerator (pay) of a percentage or ratio, such as the number of seats held by women. */
  public abstract Optional<BigDecimal> getNumerator();

  /** The denominator (payda) of a percentage or ratio, such as the number of seats; above zero. */
  public abstract Optional<BigDecimal> getDenominator();

  /** The value in words, for qualitative indicators and milestones, or a comment on a number. */
  public abstract Optional<@NonBlank(max = 2000) String> getText();

  /** A builder for a measurement. */
  public static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }

  /** The number {@code value}. */
  public static Measurement of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return builder().value(value).build();
  }

  /** The whole number {@code value}, such as a count. */
  public static Measurement of(long value) {
    return of(BigDecimal.valueOf(value));
  }

  /**
   * {@code numerator} over {@code denominator}, such as 31 of 47.
   *
   * @throws org.kdk.core.value.InvariantViolationException if the numerator is negative or the denominator is
   *     not above zero
   */
  public static Measurement ofRatio(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    return builder().numerator(numerator).denominator(denominator).build();
  }

  /** {@code numerator} over {@code denominator}, both whole numbers. */
  public static Measurement ofRatio(long numerator, long denominator) {
    return ofRatio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The value in words. */
  public static Measurement ofText(String text) {
    Objects.requireNonNull(text, "text");
    return builder().text(text).build();
  }

  @Value.Check
  Measurement check() {
    // Runs for every value read (millions in a national dataset): each getter is called once, and the texts
    // of a message are made only when an invariant is broken.
    Optional<BigDecimal> value = getValue();
    Optional<BigDecimal> numerator = getNumerator();
    Optional<BigDecimal> denominator = getDenominator();
    if (value.isEmpty() && numerator.isEmpty() && denominator.isEmpty() && getText().isEmpty()) {
      Invariants.check(false, Measurement.class, "value", "none", "Measurement.empty");
    }
    if (numerator.isPresent()) {
      if (denominator.isEmpty()) {
        Invariants.check(false, Measurement.class, "denominator", "none", "Measurement.unpaired",
            "denominator", "numerator", numerator.get().toPlainString());
      }
      Invariants.checkNotNegative(numerator.get(), Measurement.class, "numerator");
    }
    if (denominator.isPresent()) {
      BigDecimal d = denominator.get();
      if (numerator.isEmpty()) {
        Invariants.check(false, Measurement.class, "numerator", "none", "Measurement.unpaired",
            "numerator", "denominator", d.toPlainString());
      }
      if (d.signum() <= 0) {
        Invariants.check(false, Measurement.class, "denominator", d.toPlainString(),
            "Measurement.denominatorNotPositive", d.toPlainString());
      }
    }
    // JSON is written in plain notation, so 1E+3 would read back as 1000 and differ from itself: keep whole
    // numbers at scale 0 from the start (1000), as every writer and reader then agrees.
    if (isNegativeScale(value) || isNegativeScale(numerator) || isNegativeScale(denominator)) {
      return builder().value(wholeScale(value)).numerator(wholeScale(numerator))
          .denominator(wholeScale(denominator)).text(getText()).build();
    }
    return this;
  }

  private static boolean isNegativeScale(Optional<BigDecimal> number) {
    return number.isPresent() && number.get().scale() < 0;
  }

  private static Optional<BigDecimal> wholeScale(Optional<BigDecimal> number) {
    return number.map(n -> n.scale() < 0 ? n.setScale(0) : n);
  }

  /** Whether a numerator and a denominator are given. */
  public boolean hasRatio() {
    return getNumerator().isPresent();
  }

  /**
   * The single number this measurement stands for under {@code measure}: the value where one is given;
   * otherwise 100 × numerator ÷ denominator for {@link Measure#PERCENTAGE} and numerator ÷ denominator for
   * {@link Measure#RATIO}, computed with {@link MathContext#DECIMAL64}; otherwise empty, as for a text alone
   * or a numerator and denominator under a measure that gives them no single meaning.
   */
  public Optional<BigDecimal> toNumber(Measure measure) {
    Objects.requireNonNull(measure, "measure");
    if (getValue().isPresent()) {
      return getValue();
    }
    if (!hasRatio()) {
      return Optional.empty();
    }
    BigDecimal numerator = getNumerator().get();
    BigDecimal denominator = getDenominator().get();
    switch (measure) {
      case PERCENTAGE:
        return Optional.of(numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64));
      case RATIO:
        return Optional.of(numerator.divide(denominator, MathContext.DECIMAL64));
      default:
        return Optional.empty();
    }
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    getValue().ifPresent(v -> s.append(v.toPlainString()));
    if (hasRatio()) {
      s.append(s.length() == 0 ? "" : " ").append(getNumerator().get().toPlainString()).append('/')
          .append(getDenominator().get().toPlainString());
    }
    getText().ifPresent(t -> s.append(s.length() == 0 ? "" : " ").append('"').append(t).append('"'));
    return "Measurement{" + s + "}";
  }
}
