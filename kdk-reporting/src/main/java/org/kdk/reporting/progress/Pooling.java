package org.kdk.reporting.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;

/**
 * Birleştirme — combines measurements of the same indicator from several places or groups the only correct
 * way: counts and money by adding them, percentages and ratios through their numerators and denominators.
 *
 * <p>Percentages are never averaged: 1 of 10 and 9 of 10 pool to 50 %, while 1 of 10 and 90 of 100 pool to
 * 82.7 % (91 of 110), not to the 50 % an average of 10 % and 90 % would claim. When a percentage lacks its numerator and
 * denominator the pool is empty rather than wrong.
 */
public final class Pooling {
  private Pooling() {}

  /** The pooled measurement, or empty when the measurements cannot be combined for {@code measure}. */
  public static Optional<Measurement> pool(Measure measure, Collection<Measurement> measurements) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(measurements, "measurements");
    if (measurements.isEmpty()) {
      return Optional.empty();
    }
    switch (measure) {
      case COUNT:
      case MONEY: {
        BigDecimal sum = BigDecimal.ZERO;
        for (Measurement m : measurements) {
          Optional<BigDecimal> n = m.toNumber(measure);
          if (n.isEmpty()) {
            return Optional.empty();
          }
          sum = sum.add(n.get());
        }
        return Optional.of(Measurement.of(sum));
      }
      case PERCENTAGE:
      case RATIO: {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (Measurement m : measurements) {
          if (!m.hasRatio()) {
            return Optional.empty();
          }
          numerator = numerator.add(m.getNumerator().orElseThrow());
          denominator = denominator.add(m.getDenominator().orElseThrow());
        }
        return Optional.of(Measurement.ofRatio(numerator, denominator));
      }
      default:
        return Optional.empty();
    }
  }
}
