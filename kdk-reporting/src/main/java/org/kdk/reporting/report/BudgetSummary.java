package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.kdk.core.value.Money;

/**
 * Bütçe özeti — a plan's or an action's budget, planned and executed, by funding source and in total, in one
 * currency (lines in other currencies are left out and counted in {@link #getLinesInOtherCurrencies()}).
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetSummary.class)
@JsonDeserialize(as = ImmutableBudgetSummary.class)
public abstract class BudgetSummary {
  BudgetSummary() {}

  /** By funding source, in the order of {@code FundingSource}; sources without lines are left out. */
  public abstract List<BudgetBySource> getBySource();

  /** Total planned. */
  public abstract Money getPlanned();

  /** Total executed. */
  public abstract Money getExecuted();

  /** Budget lines not in the summary's currency. */
  @Value.Default
  public int getLinesInOtherCurrencies() {
    return 0;
  }

  /** A builder. */
  public static ImmutableBudgetSummary.Builder builder() {
    return ImmutableBudgetSummary.builder();
  }
}
