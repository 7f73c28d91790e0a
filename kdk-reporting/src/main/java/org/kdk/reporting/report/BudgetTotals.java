package org.kdk.reporting.report;

import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.value.Money;

/**
 * Bütçe toplamı — sums budget lines into a {@link BudgetSummary} in one currency: planned and executed per
 * funding source and in total, an absent executed amount counting as zero, lines in other currencies left out and
 * counted. Stateless.
 */
final class BudgetTotals {
  private BudgetTotals() {}

  /** The currency of the first of {@code lines}, or Turkish lira when there is none. */
  static Currency currencyOf(List<BudgetLine> lines) {
    return lines.isEmpty() ? Money.TRY : lines.get(0).getAmount().getCurrency();
  }

  /** {@code lines} summed in {@code currency}. */
  static BudgetSummary summarise(List<BudgetLine> lines, Currency currency) {
    Money zero = Money.zero(currency);
    Map<FundingSource, Money> planned = new EnumMap<>(FundingSource.class);
    Map<FundingSource, Money> executed = new EnumMap<>(FundingSource.class);
    int other = 0;
    for (BudgetLine line : lines) {
      if (!line.getAmount().getCurrency().equals(currency)) {
        other++;
        continue;
      }
      planned.merge(line.getFundingSource(), line.getAmount(), Money::plus);
      executed.merge(line.getFundingSource(), line.getExecuted().orElse(zero), Money::plus);
    }
    var builder = BudgetSummary.builder();
    Money plannedTotal = zero;
    Money executedTotal = zero;
    for (Map.Entry<FundingSource, Money> entry : planned.entrySet()) {
      Money spent = executed.get(entry.getKey());
      builder.addBySource(BudgetBySource.builder().source(entry.getKey()).planned(entry.getValue())
          .executed(spent).build());
      plannedTotal = plannedTotal.plus(entry.getValue());
      executedTotal = executedTotal.plus(spent);
    }
    return builder.planned(plannedTotal).executed(executedTotal).linesInOtherCurrencies(other).build();
  }
}
