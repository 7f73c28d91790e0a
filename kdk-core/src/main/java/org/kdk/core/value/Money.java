package org.kdk.core.value;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Tutar — an amount of money in an ISO 4217 currency, such as 630 000 TRY.
 *
 * <p>The amount is kept at the currency's scale (two decimals for TRY, EUR and USD), so that {@code 100} and
 * {@code 100.00} are the same money; an amount with more decimals than the currency has is rejected rather than
 * rounded. Written in JSON as {@code {"amount": 630000.00, "currency": "TRY"}}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableMoney.class)
@JsonDeserialize(as = ImmutableMoney.class)
public abstract class Money implements Comparable<Money> {
  /** Türk lirası. */
  public static final Currency TRY = Currency.getInstance("TRY");

  Money() {}

  /** The amount, at the currency's scale. */
  @Value.Parameter
  public abstract BigDecimal getAmount();

  /** The ISO 4217 currency. */
  @Value.Parameter
  public abstract Currency getCurrency();

  /**
   * The money {@code amount} in {@code currency}.
   *
   * @throws InvariantViolationException if the amount has more decimals than the currency
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return ImmutableMoney.of(amount, currency);
  }

  /** The money {@code amount} (decimal text such as {@code "1250.50"}) in the currency with ISO code {@code currency}. */
  public static Money of(String amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    return of(new BigDecimal(amount), Currency.getInstance(currency));
  }

  /** Turkish lira. */
  public static Money ofLira(long amount) {
    return of(BigDecimal.valueOf(amount), TRY);
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  @Value.Check
  Money normalize() {
    int scale = Math.max(getCurrency().getDefaultFractionDigits(), 0);
    if (getAmount().scale() == scale) {
      return this; // the common case, checked without making the message's texts
    }
    BigDecimal stripped = getAmount().stripTrailingZeros();
    Invariants.check(stripped.scale() <= scale, Money.class, "amount", getAmount().toPlainString(),
        "Money.scale", scale, getCurrency().getCurrencyCode());
    return ImmutableMoney.of(getAmount().setScale(scale, RoundingMode.UNNECESSARY), getCurrency());
  }

  /**
   * The sum of this and {@code other}.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(getAmount().add(other.getAmount()), getCurrency());
  }

  /**
   * This minus {@code other}.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return of(getAmount().subtract(other.getAmount()), getCurrency());
  }

  /** Whether the amount is zero. */
  @JsonIgnore
  public boolean isZero() {
    return getAmount().signum() == 0;
  }

  /** Whether the amount is below zero. */
  @JsonIgnore
  public boolean isNegative() {
    return getAmount().signum() < 0;
  }

  /**
   * Orders by amount within one currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return getAmount().compareTo(other.getAmount());
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!getCurrency().equals(other.getCurrency())) {
      throw new IllegalArgumentException(
          "currencies differ: " + getCurrency().getCurrencyCode() + " and " + other.getCurrency().getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return getAmount().toPlainString() + " " + getCurrency().getCurrencyCode();
  }
}
