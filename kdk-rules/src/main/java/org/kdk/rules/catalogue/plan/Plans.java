package org.kdk.rules.catalogue.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;

/**
 * What several plan rules ask of a plan: how far it has come, which bodies are boards and which are councils, and
 * where its actions are.
 */
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

  /** An action of a plan of the dataset, with the indexes that make its path. */
  record PlannedAction(int planIndex, ActionPlan plan, int actionIndex, Action action) {

    /** {@code plans[i].actions[k]}. */
    String path() {
      return Plans.path(planIndex) + ".actions[" + actionIndex + "]";
    }
  }

  /** Every action of every plan of {@code dataset}, plan by plan, in document order; unmodifiable. */
  static List<PlannedAction> actions(Dataset dataset) {
    List<PlannedAction> actions = new ArrayList<>();
    List<ActionPlan> plans = dataset.getPlans();
    for (int i = 0; i < plans.size(); i++) {
      List<Action> ofPlan = plans.get(i).getActions();
      for (int k = 0; k < ofPlan.size(); k++) {
        actions.add(new PlannedAction(i, plans.get(i), k, ofPlan.get(k)));
      }
    }
    return Collections.unmodifiableList(actions);
  }
}
