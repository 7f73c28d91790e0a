package org.kdk.core.indicator;

import org.kdk.core.i18n.Labelled;

/**
 * Ölçü türü — what kind of quantity an indicator measures, and therefore how its values are read and compared.
 *
 * <p>The mapping to the IATI indicator measure codes ({@link #toIatiCode()}) is this library's own choice where
 * IATI has no exact counterpart (ratio, money and milestone).
 */
public enum Measure implements Labelled {
  /** Sayı — a count of people, institutions, projects and so on. */
  COUNT(1),
  /** Yüzde — a percentage, usually given as numerator and denominator or as a value from 0 to 100. */
  PERCENTAGE(2),
  /** Oran (pay/payda) — a numerator divided by a denominator; unlike a percentage it may exceed 1. */
  RATIO(1),
  /** Tutar — an amount of money, in the currency named by the indicator's unit. */
  MONEY(1),
  /** Kilometre taşı — a step reached or not, such as a regulation adopted. */
  MILESTONE(3),
  /** Sıralı ölçek — a point on an ordered scale, such as the SDG 5.c.1 scale from 0 to 2. */
  ORDINAL(4),
  /** Nitel — a description in words. */
  QUALITATIVE(5);

  private final int iatiCode;

  Measure(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The IATI IndicatorMeasure code: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative.
   *
   * <p>Counts, ratios and money are reported to IATI as units, the unit text saying which; a milestone as
   * nominal (reached or not reached).
   */
  public int toIatiCode() {
    return iatiCode;
  }
}
