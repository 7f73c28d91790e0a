package org.kdk.core.plan;

import static org.kdk.core.plan.PlanState.BOARD_APPROVED;
import static org.kdk.core.plan.PlanState.COMPLETED;
import static org.kdk.core.plan.PlanState.COUNCIL_APPROVED;
import static org.kdk.core.plan.PlanState.DRAFTING;
import static org.kdk.core.plan.PlanState.IMPLEMENTING;
import static org.kdk.core.plan.PlanState.INTEGRATED;
import static org.kdk.core.plan.PlanState.RETURNED;
import static org.kdk.core.plan.PlanState.SITUATION_ANALYSIS;
import static org.kdk.core.plan.PlanState.SUSPENDED;
import static org.kdk.core.plan.PlanState.UNDER_REVIEW;
import static org.kdk.core.plan.PlanState.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plan yaşam döngüsü — the transitions a plan's state may take, as a fixed graph.
 *
 * <p>Only the graph is here: whether a particular plan may take an allowed step (a decision on file, the right
 * body, the order of approvals) is a guard for kdk-rules. The graph follows the phase-2 path of DOMAIN §5 and
 * leaves room for what happened: a board-approved plan may go straight into implementation without a council
 * step, as Mardin's strategic plan did when the coordination board's upper tier adopted it on 6 August 2014;
 * a plan under review may go back to drafting for revision. {@link PlanState#COMPLETED} and
 * {@link PlanState#WITHDRAWN} are terminal. No state leads to itself.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanLifecycle {
  private static final Map<PlanState, Set<PlanState>> EDGES;

  static {
    Map<PlanState, Set<PlanState>> edges = new EnumMap<>(PlanState.class);
    edges.put(SITUATION_ANALYSIS, EnumSet.of(DRAFTING, WITHDRAWN));
    edges.put(DRAFTING, EnumSet.of(SITUATION_ANALYSIS, BOARD_APPROVED, COUNCIL_APPROVED, SUSPENDED, WITHDRAWN));
    edges.put(BOARD_APPROVED,
        EnumSet.of(COUNCIL_APPROVED, INTEGRATED, IMPLEMENTING, RETURNED, DRAFTING, SUSPENDED, WITHDRAWN));
    edges.put(COUNCIL_APPROVED, EnumSet.of(INTEGRATED, IMPLEMENTING, RETURNED, SUSPENDED, WITHDRAWN));
    edges.put(RETURNED, EnumSet.of(DRAFTING, WITHDRAWN));
    edges.put(INTEGRATED, EnumSet.of(IMPLEMENTING, SUSPENDED, WITHDRAWN));
    edges.put(IMPLEMENTING, EnumSet.of(UNDER_REVIEW, COMPLETED, SUSPENDED, WITHDRAWN));
    edges.put(UNDER_REVIEW, EnumSet.of(IMPLEMENTING, DRAFTING, COMPLETED, SUSPENDED, WITHDRAWN));
    edges.put(SUSPENDED, EnumSet.of(DRAFTING, IMPLEMENTING, UNDER_REVIEW, WITHDRAWN));
    edges.put(COMPLETED, EnumSet.noneOf(PlanState.class));
    edges.put(WITHDRAWN, EnumSet.noneOf(PlanState.class));
    for (Map.Entry<PlanState, Set<PlanState>> entry : edges.entrySet()) {
      entry.setValue(Collections.unmodifiableSet(entry.getValue()));
    }
    EDGES = Collections.unmodifiableMap(edges);
  }

  private PlanLifecycle() {}

  /** The state a new plan starts in: {@link PlanState#SITUATION_ANALYSIS}. */
  public static PlanState initialState() {
    return SITUATION_ANALYSIS;
  }

  /** Whether the graph has an edge from {@code from} to {@code to}. */
  public static boolean isAllowed(PlanState from, PlanState to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return EDGES.get(from).contains(to);
  }

  /** The states reachable in one step from {@code state}, in declaration order; empty for a terminal state. */
  public static Set<PlanState> allowedFrom(PlanState state) {
    Objects.requireNonNull(state, "state");
    return EDGES.get(state);
  }

  /** Whether no transition leaves {@code state}. */
  public static boolean isTerminal(PlanState state) {
    return allowedFrom(state).isEmpty();
  }

  /**
   * The whole graph: every state, in declaration order, with the states reachable from it in one step. The map
   * and its sets are unmodifiable.
   */
  public static Map<PlanState, Set<PlanState>> edges() {
    return EDGES;
  }
}
