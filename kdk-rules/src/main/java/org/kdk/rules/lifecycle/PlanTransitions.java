package org.kdk.rules.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.value.LocalizedText;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profile;
import org.kdk.rules.profile.RuleSetting;
import org.kdk.rules.rule.RuleContext;

/**
 * Plan geçişleri — moves a plan to a new state of its lifecycle, after its guards (KDK-LIFE-001 … 008) have looked
 * at the step, as the profile sets them: on or off, at which severity, with which thresholds.
 *
 * <pre>{@code
 * PlanTransitions transitions = PlanTransitions.of(Profiles.phase2Programme());
 * ActionPlan approved = transitions.apply(plan,
 *     LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20)).from(PlanState.DRAFTING)
 *         .to(PlanState.BOARD_APPROVED).actorId(Id.of("mardin-ikhkk")).decisionId(Id.of("mardin-ikhkk-2012-1"))
 *         .build(),
 *     dataset);   // the dataset that holds the decision
 * }</pre>
 *
 * <p>Only errors refuse a step: {@link #apply} throws a {@link TransitionRefusedException} that carries every
 * finding; warnings and notes let the step through and can be read beforehand with {@link #check}. A step is
 * judged as of today by the instance's clock ({@link #withClock}): a step dated after that day is refused.
 * Findings point at {@code history[n]}, the index the event would get in the plan's history. The core's own
 * invariants still hold when a profile switches a guard off: {@code ActionPlan.withEvent} throws an
 * {@link org.kdk.core.value.InvariantViolationException} for a step off the graph or out of date order.
 *
 * <p>Immutable and thread-safe: share one instance. Methods reject {@code null} arguments.
 */
public final class PlanTransitions {
  private final Profile profile;
  private final Clock clock;
  private final List<TransitionGuard> guards;

  private PlanTransitions(Profile profile, Clock clock) {
    this.profile = profile;
    this.clock = clock;
    this.guards = LifecycleRules.guards();
  }

  /** Transitions guarded as {@code profile} sets the guards, judged as of today in the system's time zone. */
  public static PlanTransitions of(Profile profile) {
    return new PlanTransitions(Objects.requireNonNull(profile, "profile"), Clock.systemDefaultZone());
  }

  /** A copy that takes today's date from {@code clock}, for example a fixed clock in tests or replays. */
  public PlanTransitions withClock(Clock clock) {
    return new PlanTransitions(profile, Objects.requireNonNull(clock, "clock"));
  }

  /** The profile in force. */
  public Profile profile() {
    return profile;
  }

  /**
   * The findings of every enabled guard on the step {@code event} for {@code plan}, in guard order, without taking
   * the step.
   *
   * @param context the dataset the step refers to: its decisions, institutions and mechanisms; the plan itself
   *     need not be in it
   */
  public List<Finding> check(ActionPlan plan, LifecycleEvent event, Dataset context) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(context, "context");
    LocalDate today = LocalDate.now(clock);
    List<Finding> findings = new ArrayList<>();
    for (TransitionGuard guard : guards) {
      RuleSetting setting = profile.settingOf(guard.getId());
      if (!setting.isEnabled()) {
        continue;
      }
      Severity severity = setting.getSeverity().orElse(guard.getDefaultSeverity());
      RuleContext ruleContext = new RuleContext(guard, context, today, severity,
          new LinkedHashMap<>(setting.getParameters()), findings::add);
      try {
        guard.checkTransition(plan, event, ruleContext);
      } catch (RuntimeException e) {
        // As in the validator: a guard that throws is a defect, reported rather than crashing the caller.
        ruleContext.report("history[" + plan.getHistory().size() + "]", LocalizedText.of(
            "Geçiş koşulu çalıştırılamadı: " + e, "The guard could not run: " + e),
            LocalizedText.of("Bu bir yazılım hatasıdır; lütfen bildirin.", "This is a defect; please report it."));
      }
    }
    return Collections.unmodifiableList(findings);
  }

  /**
   * A copy of {@code plan} that has taken the step {@code event} ({@code plan.withEvent(event)}); {@code plan}
   * itself is never changed.
   *
   * @param context the dataset the step refers to: its decisions, institutions and mechanisms
   * @throws TransitionRefusedException if an enabled guard reports an error; it carries every finding
   * @throws org.kdk.core.value.InvariantViolationException if a guard the profile switched off would have caught
   *     a step the model itself rejects
   */
  public ActionPlan apply(ActionPlan plan, LifecycleEvent event, Dataset context) {
    List<Finding> findings = check(plan, event, context);
    if (findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)) {
      throw new TransitionRefusedException(plan.getId(), plan.getState(), event.getTo(), findings);
    }
    return plan.withEvent(event);
  }

  @Override
  public String toString() {
    return "PlanTransitions{profile=" + profile.getName() + ", guards=" + guards.size() + "}";
  }
}
