package org.kdk.rules.catalogue.plan;

import java.util.EnumSet;
import java.util.Set;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;

/** What several plan rules ask of a plan: how far it has come, which bodies are boards and which are councils. */
final class Plans {
  /** The states a plan reaches only after drafting: submitted for approval or further. */
  static final Set<PlanState> PAST_DRAFTING = EnumSet.of(PlanState.BOARD_APPROVED, PlanState.COUNCIL_APPROVED,
      PlanState.INTEGRATED, PlanState.IMPLEMENTING, PlanState.UNDER_REVIEW, PlanState.COMPLETED,
      PlanState.RETURNED);

  private Plans() {}

  /**
   * Whether the plan has left drafting for approval: it is in a state after drafting, or its history reached
   * one (a suspended, withdrawn or redrafted plan that had been approved).
   */
  static boolean isPastDrafting(ActionPlan plan) {
    if (PAST_DRAFTING.contains(plan.getState())) {
      return true;
    }
    for (LifecycleEvent event : plan.getHistory()) {
      if (PAST_DRAFTING.contains(event.getTo())) {
        return true;
      }
    }
    return false;
  }

  /** The coordination board or its upper tier. */
  static boolean isBoard(DecisionBody body) {
    return body == DecisionBody.COORDINATION_BOARD || body == DecisionBody.COORDINATION_BOARD_UPPER_TIER;
  }

  /** A municipal or provincial council. */
  static boolean isCouncil(DecisionBody body) {
    return body == DecisionBody.MUNICIPAL_COUNCIL || body == DecisionBody.PROVINCIAL_COUNCIL;
  }

  /** The path of plan {@code i}. */
  static String path(int i) {
    return "plans[" + i + "]";
  }
}
