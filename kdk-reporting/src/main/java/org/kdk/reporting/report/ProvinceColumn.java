package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Money;

/** İl sütunu — one province of the programme dashboard. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableProvinceColumn.class)
@JsonDeserialize(as = ImmutableProvinceColumn.class)
public abstract class ProvinceColumn {
  ProvinceColumn() {}

  /** The province's code. */
  public abstract String getProvinceCode();

  /** Its name. */
  public abstract String getProvinceName();

  /** Its mechanisms, one slot per kind, as in the province scorecard ({@link ProvinceScorecard#getMechanisms()}). */
  public abstract List<MechanismSlot> getMechanisms();

  /**
   * The furthest state any of its plans reached by the date: the most advanced state a lifecycle step on or before
   * the date entered (a plan without history counts with its state), ranked along the path from
   * {@code SITUATION_ANALYSIS} to {@code COMPLETED}, with {@code RETURNED}, {@code SUSPENDED} and {@code WITHDRAWN}
   * below all of them (a plan implemented and then suspended has reached {@code IMPLEMENTING}). Plans whose first
   * step comes after the date do not count; empty when no plan counts.
   */
  public abstract Optional<PlanState> getPlanState();

  /**
   * Whether a plan was approved by the coordination board (or its upper tier) by the date: a plan of the province
   * has an approval by {@code COORDINATION_BOARD} or {@code COORDINATION_BOARD_UPPER_TIER} dated on or before it.
   */
  public abstract boolean isBoardApproved();

  /**
   * Whether a plan was approved by a council by the date: a plan of the province has an approval by
   * {@code MUNICIPAL_COUNCIL} or {@code PROVINCIAL_COUNCIL} dated on or before it.
   */
  public abstract boolean isCouncilApproved();

  /**
   * Whether a plan was written into a strategic plan by the date: a plan of the province existing then whose
   * history reached {@code INTEGRATED} on or before the date, or that has a strategic plan link (links carry no
   * date of their own).
   */
  public abstract boolean isIntegrated();

  /**
   * Money councils allocated to plan actions, in Turkish lira: the planned amounts of the {@code OWN_BUDGET}
   * budget lines of the province's plans approved by a council by the date; lines in other currencies are left
   * out.
   */
  public abstract Money getBudgetAllocated();

  /**
   * People trained by the date: the participants (women, men and those whose sex was not recorded) of the
   * trainings held in the province whose period ended on or before the date.
   */
  public abstract long getPeopleTrained();

  /**
   * Grant projects awarded: the province's grant projects with status {@code AWARDED}, {@code IN_PROGRESS} or
   * {@code COMPLETED}.
   */
  public abstract int getGrantProjects();

  /**
   * Equality representatives and focal persons: for every equality unit of the province that exists on the date
   * (whatever its host), its counted {@code representatives} plus its listed focal persons.
   */
  public abstract long getEqualityRepresentatives();

  /** A builder. */
  public static ImmutableProvinceColumn.Builder builder() {
    return ImmutableProvinceColumn.builder();
  }
}
