package org.kdk.reporting.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.kdk.core.value.Money;

/** Öne çıkan sayılar — the programme dashboard's headline counts. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableHeadline.class)
@JsonDeserialize(as = ImmutableHeadline.class)
public abstract class Headline {
  Headline() {}

  /**
   * Provinces of the phase: those the programme names for it, or, for a phase that names none (phase 3), those
   * that appear in the dataset; one {@link ProvinceColumn} each.
   */
  public abstract int getProvinces();

  /**
   * Provinces with a plan approved by the coordination board: the provinces whose
   * {@link ProvinceColumn#isBoardApproved()} is true, that is with a plan having an approval by
   * {@code COORDINATION_BOARD} or {@code COORDINATION_BOARD_UPPER_TIER} dated on or before the date.
   */
  public abstract int getPlansBoardApproved();

  /**
   * Provinces with a plan approved by a council: those whose {@link ProvinceColumn#isCouncilApproved()} is true,
   * that is with a plan having an approval by {@code MUNICIPAL_COUNCIL} or {@code PROVINCIAL_COUNCIL} dated on or
   * before the date.
   */
  public abstract int getPlansCouncilApproved();

  /**
   * Provinces with a plan written into a strategic plan: those whose {@link ProvinceColumn#isIntegrated()} is
   * true, that is with a plan whose history reached {@code INTEGRATED} by the date or that has a strategic plan
   * link.
   */
  public abstract int getPlansIntegrated();

  /**
   * Money councils allocated to plan actions, in Turkish lira: the sum of the provinces'
   * {@link ProvinceColumn#getBudgetAllocated()}, the {@code OWN_BUDGET} lines of plans approved by a council by
   * the date.
   */
  public abstract Money getBudgetAllocated();

  /**
   * People trained: the sum of the provinces' {@link ProvinceColumn#getPeopleTrained()}, the participants of the
   * trainings held in those provinces whose period ended by the date; national trainings, held in no province, are
   * not counted.
   */
  public abstract long getPeopleTrained();

  /**
   * Grant projects awarded: the sum of the provinces' {@link ProvinceColumn#getGrantProjects()}, their projects
   * with status {@code AWARDED}, {@code IN_PROGRESS} or {@code COMPLETED}.
   */
  public abstract int getGrantProjects();

  /**
   * Equality representatives and focal persons: the sum of the provinces'
   * {@link ProvinceColumn#getEqualityRepresentatives()}, the counted representatives plus the listed focal
   * persons of the equality units that exist on the date.
   */
  public abstract long getEqualityRepresentatives();

  /** A builder. */
  public static ImmutableHeadline.Builder builder() {
    return ImmutableHeadline.builder();
  }
}
