package org.kdk.core.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.kdk.core.value.Invariants;

/**
 * The one check of "parts not above their total" shared by baselines, targets and observations.
 *
 * <p>Only numerators and denominators are compared, and only where both the part and the total carry them:
 * a count of women cannot exceed the count of everyone, nor a subgroup's base the whole base. Plain values are
 * not compared, since a women's percentage may well be above the total's; which values must add up under
 * which measure is a rule of kdk-rules.
 */
final class Disaggregation {
  private Disaggregation() {}

  /** Requires {@code part}'s numerator and denominator not to exceed {@code whole}'s, where both have them. */
  static void checkPart(Optional<Measurement> part, Measurement whole, Class<?> owner, String partField,
      String wholeField) {
    if (part.isEmpty() || !part.get().hasRatio() || !whole.hasRatio()) {
      return;
    }
    Measurement p = part.get();
    BigDecimal numerator = p.getNumerator().get();
    BigDecimal wholeNumerator = whole.getNumerator().get();
    if (numerator.compareTo(wholeNumerator) > 0) {
      // The field names are joined only for a broken invariant: this runs for every observation read.
      Invariants.checkPartOfWhole(numerator, wholeNumerator, owner, partField + ".numerator",
          wholeField + ".numerator");
    }
    BigDecimal denominator = p.getDenominator().get();
    BigDecimal wholeDenominator = whole.getDenominator().get();
    if (denominator.compareTo(wholeDenominator) > 0) {
      Invariants.checkPartOfWhole(denominator, wholeDenominator, owner, partField + ".denominator",
          wholeField + ".denominator");
    }
  }

  /**
   * Requires the women's and men's parts and, where both carry numerators, their sum not to exceed the total:
   * women and men are disjoint, so together they cannot be more than everyone.
   */
  static void checkSexes(Optional<Measurement> women, Optional<Measurement> men, Measurement whole,
      Class<?> owner, String wholeField) {
    checkPart(women, whole, owner, "women", wholeField);
    checkPart(men, whole, owner, "men", wholeField);
    if (women.isPresent() && men.isPresent() && women.get().hasRatio() && men.get().hasRatio()
        && whole.hasRatio()) {
      BigDecimal w = women.get().getNumerator().get();
      BigDecimal m = men.get().getNumerator().get();
      BigDecimal total = whole.getNumerator().get();
      BigDecimal sum = w.add(m);
      if (sum.compareTo(total) > 0) {
        Invariants.check(false, owner, "men.numerator", m.toPlainString(),
            "Disaggregation.sexesAboveTotal", w.toPlainString(), m.toPlainString(), sum.toPlainString(),
            wholeField + ".numerator", total.toPlainString());
      }
    }
  }
}
