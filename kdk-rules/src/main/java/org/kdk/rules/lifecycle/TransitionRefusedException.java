package org.kdk.rules.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.kdk.core.i18n.Language;
import org.kdk.core.i18n.Texts;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.Id;
import org.kdk.rules.finding.Finding;

/**
 * Geçiş reddedildi — thrown by {@link PlanTransitions#apply} when a guard reports an error on a step: it names the
 * plan, the state it is in and the state it was to enter, and carries every finding of the guards, errors and
 * warnings alike.
 *
 * <p>{@link #getMessage()} lists the findings in English, {@link #getMessage(Locale)} in Turkish or English. The
 * plan is unchanged: nothing was applied.
 */
public final class TransitionRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;
  private static final Texts TEXTS = Texts.of(TransitionRefusedException.class, "Rules");

  private final String planId;
  private final PlanState from;
  private final PlanState to;
  private final transient List<Finding> findings;

  /**
   * The refusal of the step of plan {@code planId} from {@code from} to {@code to} for {@code findings}.
   *
   * @param from the state the plan is in
   */
  public TransitionRefusedException(Id planId, PlanState from, PlanState to, List<Finding> findings) {
    super(compose(Objects.requireNonNull(planId, "planId").toString(), Objects.requireNonNull(from, "from"),
        Objects.requireNonNull(to, "to"), List.copyOf(Objects.requireNonNull(findings, "findings")),
        Locale.ENGLISH));
    this.planId = planId.toString();
    this.from = from;
    this.to = to;
    this.findings = List.copyOf(findings);
  }

  /** The id of the plan whose step was refused. */
  public Id getPlanId() {
    return Id.of(planId);
  }

  /** The state the plan is in, and stays in. */
  public PlanState getFrom() {
    return from;
  }

  /** The state the step was to enter. */
  public PlanState getTo() {
    return to;
  }

  /** Every finding of the guards on the step, in guard order: the errors that refused it and any warnings. */
  public List<Finding> getFindings() {
    return findings == null ? List.of() : findings;
  }

  /** The message in the language of {@code locale}: the refused step, then one line per finding. */
  public String getMessage(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return compose(planId, from, to, getFindings(), locale);
  }

  private static String compose(String planId, PlanState from, PlanState to, List<Finding> findings,
      Locale locale) {
    Language language = Language.of(locale);
    StringBuilder s = new StringBuilder(TEXTS.format("TransitionRefusedException.message", language, planId,
        from.getDisplayName(language), to.getDisplayName(language)));
    for (Finding finding : findings) {
      s.append('\n').append("  ").append(finding.format(locale));
    }
    return s.toString();
  }
}
