package org.kdk.core.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.Money;
import org.kdk.core.value.NonBlank;

/**
 * Faaliyet — an action of a plan under a target, with the responsible institution, the cooperating institutions
 * and NGOs, a timeline, a budget and the indicators that follow it.
 *
 * <p>The responsible institution is optional here so that a draft can be written down before it is agreed;
 * kdk-rules asks for it once the plan is submitted for approval. Indicators live beside the plan and are named by
 * id. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public abstract class Action {

  Action() {}

  /** The action's id, unique within its plan. */
  public abstract Id getId();

  /** The target it serves, in the same plan. */
  public abstract Id getTargetId();

  /** The action, in a few words. */
  @NotBlank
  @Size(max = 500)
  public abstract String getTitle();

  /** The strategy (strateji) the action carries out. */
  public abstract Optional<@NonBlank(max = 2000) String> getStrategy();

  /** The institution responsible for it (sorumlu kurum). */
  public abstract Optional<Id> getResponsibleInstitutionId();

  /** The institutions and NGOs that cooperate (işbirliği yapılacak kurumlar). */
  public abstract List<Id> getCooperatingInstitutionIds();

  /** When it is to be carried out. */
  public abstract Optional<DateRange> getTimeline();

  /** The money planned for it, line by line. */
  public abstract List<@Valid BudgetLine> getBudget();

  /** The total the plan declares for it, which need not equal the sum of the lines; zero or more. */
  public abstract Optional<Money> getTotalBudget();

  /** The OECD DAC gender equality policy marker of the action. */
  public abstract Optional<GenderMarker> getGenderMarker();

  /** The indicators that follow it. */
  public abstract List<Id> getIndicatorIds();

  /** A builder for an action. */
  public static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }

  @Value.Check
  void check() {
    getTotalBudget().ifPresent(total ->
        Invariants.checkNotNegative(total.getAmount(), Action.class, "totalBudget"));
  }

  /** The planned amounts of the budget lines summed per currency, ordered by currency code; empty without lines. */
  public Map<Currency, Money> plannedBudgetByCurrency() {
    return Budgets.byCurrency(getBudget().stream());
  }

  /**
   * The sum of the budget lines' planned amounts; empty when the action has no budget lines. The declared
   * {@link #getTotalBudget()} is not consulted.
   *
   * @throws IllegalStateException when the lines are in more than one currency; use
   *     {@link #plannedBudgetByCurrency()} then
   */
  public Optional<Money> plannedBudget() {
    return Budgets.single(plannedBudgetByCurrency(), "action " + getId());
  }
}
