package org.kdk.core.plan;

import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kdk.core.value.Money;

/** Sums of budget lines, shared by {@link Action} and {@link ActionPlan}. */
final class Budgets {
  private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

  private Budgets() {}

  /** The planned amounts of {@code lines} summed per currency, ordered by currency code. */
  static Map<Currency, Money> byCurrency(Stream<BudgetLine> lines) {
    Map<Currency, Money> sums = new TreeMap<>(BY_CODE);
    lines.map(BudgetLine::getAmount).forEach(amount -> sums.merge(amount.getCurrency(), amount, Money::plus));
    return Collections.unmodifiableMap(sums);
  }

  /**
   * The one sum of {@code sums}: empty when there is none.
   *
   * @throws IllegalStateException when the sums are in more than one currency, which cannot be added
   */
  static Optional<Money> single(Map<Currency, Money> sums, String owner) {
    if (sums.size() > 1) {
      throw new IllegalStateException("the budget lines of " + owner + " are in more than one currency ("
          + sums.keySet().stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", "))
          + "); use plannedBudgetByCurrency()");
    }
    return sums.values().stream().findFirst();
  }
}
