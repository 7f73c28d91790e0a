package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.Money;
import org.kdk.core.value.NonBlank;

/**
 * Bütçe kalemi — money planned for an action from one source, perhaps for one year, with what was spent of it.
 *
 * <p>Amounts are never negative, and the executed amount is in the currency of the planned one. Spending more
 * than planned is possible and therefore allowed. Written in JSON as
 * {@code {"amount": {"amount": 50000.00, "currency": "TRY"}, "fundingSource": "OWN_BUDGET", "year": 2013}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(as = ImmutableBudgetLine.class)
public abstract class BudgetLine {

  BudgetLine() {}

  /** What the money is for, where the action has several lines. */
  public abstract Optional<@NonBlank(max = 500) String> getDescription();

  /** The money planned; zero or more. */
  public abstract Money getAmount();

  /** Where the money comes from. */
  public abstract FundingSource getFundingSource();

  /** The institution that provides the money, such as a development agency or a donor. */
  public abstract Optional<Id> getFunderInstitutionId();

  /** The budget year the money is planned for. */
  public abstract Optional<@Min(1900) @Max(2100) Integer> getYear();

  /** The money spent so far, in the currency of {@link #getAmount()}; zero or more. */
  public abstract Optional<Money> getExecuted();

  /** Whether the figures are made up for an example rather than taken from a real budget. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** {@code amount} planned from {@code fundingSource}. */
  public static BudgetLine of(Money amount, FundingSource fundingSource) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fundingSource, "fundingSource");
    return builder().amount(amount).fundingSource(fundingSource).build();
  }

  /** A builder for a budget line. */
  public static ImmutableBudgetLine.Builder builder() {
    return ImmutableBudgetLine.builder();
  }

  @Value.Check
  void check() {
    Invariants.checkNotNegative(getAmount().getAmount(), BudgetLine.class, "amount");
    if (getExecuted().isPresent()) {
      Money executed = getExecuted().get();
      Invariants.checkNotNegative(executed.getAmount(), BudgetLine.class, "executed");
      Invariants.check(executed.getCurrency().equals(getAmount().getCurrency()), BudgetLine.class, "executed",
          executed, "BudgetLine.currencyMismatch", getAmount(), executed);
    }
  }
}
