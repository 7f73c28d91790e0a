package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.value.Money;

/** Kaynağa göre bütçe — money planned and executed from one funding source. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetBySource.class)
@JsonDeserialize(as = ImmutableBudgetBySource.class)
public abstract class BudgetBySource {
  BudgetBySource() {}

  /** The funding source. */
  public abstract FundingSource getSource();

  /** Planned. */
  public abstract Money getPlanned();

  /** Executed, as recorded. */
  public abstract Money getExecuted();

  /** A builder. */
  public static ImmutableBudgetBySource.Builder builder() {
    return ImmutableBudgetBySource.builder();
  }
}
