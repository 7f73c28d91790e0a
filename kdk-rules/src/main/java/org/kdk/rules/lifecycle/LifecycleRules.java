package org.kdk.rules.lifecycle;

import java.util.List;
import org.kdk.rules.rule.Rule;

/** The lifecycle guards as rules of the catalogue, in id order. */
public final class LifecycleRules {
  private LifecycleRules() {}

  /** New instances of every lifecycle guard, in id order. */
  public static List<Rule> all() {
    return List.copyOf(guards());
  }

  /** New instances of every lifecycle guard, in id order, as guards. */
  static List<TransitionGuard> guards() {
    return List.of(
        new StepOnGraphGuard(),
        new BoardBeforeCouncilGuard(),
        new ApprovalDecisionGuard(),
        new ReadyForImplementationGuard(),
        new EarlyCompletionGuard(),
        new ReturnDecisionGuard(),
        new StopReasonGuard(),
        new StepDateGuard());
  }
}
