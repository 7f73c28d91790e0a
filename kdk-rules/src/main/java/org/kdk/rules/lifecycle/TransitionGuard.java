package org.kdk.rules.lifecycle;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.CatalogueRule;
import org.kdk.rules.rule.RuleContext;
import org.kdk.rules.rule.RuleParameter;

/**
 * Geçiş koşulu — a guard on a step of a plan's lifecycle (KDK-LIFE-…), written once and used twice:
 *
 * <ul>
 *   <li>{@link PlanTransitions} asks it about a step before taking it, and refuses the step on an error; its
 *       findings point at {@code history[n]}, the index the event would get;
 *   <li>as a {@link org.kdk.rules.rule.Rule} of the catalogue, {@link #check(RuleContext)} replays every recorded
 *       step of every plan of the dataset and reports those that broke the guard at
 *       {@code plans[i].history[j]}.
 * </ul>
 *
 * <p>Replaying judges a recorded step against the plan as the dataset holds it now (its actions, period and
 * approvals), since the dataset keeps no earlier versions of a plan. An event without {@code from} records where
 * the dataset starts following a plan, not a step, so only the guards on the graph and on dates look at it.
 *
 * <p>Messages may have several cases ({@code <id>.message.<case>}, {@code <id>.hint.<case>}). Guards are stateless
 * and thread-safe; only the SDK defines them.
 */
public abstract class TransitionGuard extends CatalogueRule {

  TransitionGuard(String id, Severity severity, Basis basis, RuleParameter... parameters) {
    super(id, severity, basis, parameters);
  }

  /** Judges one step and reports through {@code flag} or {@code flagCase} when it breaks the guard. */
  abstract void checkStep(Step step);

  /** Replays every recorded step of every plan of the context's dataset. */
  @Override
  public final void check(RuleContext context) {
    List<ActionPlan> plans = context.dataset().getPlans();
    for (int i = 0; i < plans.size(); i++) {
      ActionPlan plan = plans.get(i);
      for (int j = 0; j < plan.getHistory().size(); j++) {
        checkStep(Step.recorded(context, i, plan, j));
      }
    }
  }

  /** Judges the step {@code event} proposed for {@code plan}, reporting to {@code context}. */
  final void checkTransition(ActionPlan plan, LifecycleEvent event, RuleContext context) {
    checkStep(Step.proposed(context, plan, event));
  }

  /** Reports the step with the guard's message and hint. */
  final void flag(Step step, Object... arguments) {
    report(step.context(), step.path(), arguments);
  }

  /** Reports the step with the message and hint of the case {@code name}. */
  final void flagCase(Step step, String name, Object... arguments) {
    reportCase(step.context(), step.path(), name, arguments);
  }

  /** Codes by their label in each language, joined with " / " ("—" for none), as one argument of a message. */
  static LocalizedText labels(Collection<? extends Labelled> codes) {
    return LocalizedText.of(join(codes, Language.TR), join(codes, Language.EN));
  }

  private static String join(Collection<? extends Labelled> codes, Language language) {
    return codes.isEmpty() ? "—"
        : codes.stream().map(code -> code.getDisplayName(language)).collect(Collectors.joining(" / "));
  }

  /** The coordination board or its upper tier. */
  static boolean isBoard(DecisionBody body) {
    return body == DecisionBody.COORDINATION_BOARD || body == DecisionBody.COORDINATION_BOARD_UPPER_TIER;
  }

  /** A municipal or provincial council. */
  static boolean isCouncil(DecisionBody body) {
    return body == DecisionBody.MUNICIPAL_COUNCIL || body == DecisionBody.PROVINCIAL_COUNCIL;
  }
}
