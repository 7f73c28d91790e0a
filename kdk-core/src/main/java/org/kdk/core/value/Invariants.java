package org.kdk.core.value;

import java.math.BigDecimal;
import java.util.Objects;
import org.kdk.core.i18n.Texts;

/**
 * Değişmez denetimi — the one helper every {@code @Value.Check} method uses, so that every broken invariant
 * gives the same exception with the same shape of message.
 *
 * <p>Messages live in the {@code Invariants.properties} and {@code Invariants_tr.properties} files of the owner
 * type's package, under keys such as {@code DateRange.endBeforeStart}.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * Throws when {@code condition} is false.
   *
   * @param condition what must hold
   * @param owner the value type whose invariant this is
   * @param field the field holding the offending value
   * @param value the offending value, quoted in the message
   * @param key the message key in the owner package's {@code Invariants} files
   * @param arguments the values substituted for {@code {0}}, {@code {1}}… in the message
   * @throws InvariantViolationException if {@code condition} is false
   */
  public static void check(
      boolean condition, Class<?> owner, String field, Object value, String key, Object... arguments) {
    if (!condition) {
      throw new InvariantViolationException(
          owner, field, value, Texts.of(owner, "Invariants"), key, arguments);
    }
  }

  private static void checkCommon(
      boolean condition, Class<?> owner, String field, Object value, String key, Object... arguments) {
    if (!condition) {
      throw new InvariantViolationException(
          owner, field, value, Texts.of(Invariants.class, "Invariants"), key, arguments);
    }
  }

  /** Requires {@code part} not to exceed {@code whole}, as a part of a population never exceeds the population. */
  public static void checkPartOfWhole(
      BigDecimal part, BigDecimal whole, Class<?> owner, String field, String wholeField) {
    if (part.compareTo(whole) <= 0) {
      return; // the texts below are made only for a broken invariant: this runs for every value read
    }
    checkCommon(
        false,
        owner,
        field,
        part.toPlainString(),
        "partAboveWhole",
        field,
        part.toPlainString(),
        wholeField,
        whole.toPlainString());
  }

  /** Requires a count of zero or more. */
  public static void checkNotNegative(long count, Class<?> owner, String field) {
    if (count < 0) {
      checkCommon(false, owner, field, count, "negative", field);
    }
  }

  /** Requires an amount of zero or more. */
  public static void checkNotNegative(BigDecimal amount, Class<?> owner, String field) {
    Objects.requireNonNull(amount, field);
    if (amount.signum() < 0) {
      checkCommon(false, owner, field, amount.toPlainString(), "negative", field);
    }
  }

  /** Requires a percentage from 0 to 100 inclusive. */
  public static void checkPercentage(BigDecimal percentage, Class<?> owner, String field) {
    Objects.requireNonNull(percentage, field);
    if (percentage.signum() >= 0 && percentage.compareTo(BigDecimal.valueOf(100)) <= 0) {
      return;
    }
    checkCommon(
        false,
        owner,
        field,
        percentage.toPlainString(),
        "percentage",
        field);
  }
}
