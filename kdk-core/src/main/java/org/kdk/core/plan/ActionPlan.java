package org.kdk.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Observation;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Invariants;
import org.kdk.core.value.Money;
import org.kdk.core.value.Replacing;

/**
 * Yerel Eşitlik Eylem Planı (YEEP) — a local equality action plan, or the Local Equality Strategic Plan (YESP)
 * it was upgraded into: problems, aims, targets and actions under the six themes, with budgets, consultations,
 * approvals, links to strategic plans, revisions and the lifecycle history.
 *
 * <p>The parts are kept in flat lists and refer to each other by id (aims ← targets ← actions), so that a path
 * such as {@code plans[0].actions[3].budget} names one place in a document. Intrinsic invariants, checked on
 * every build, copy and read:
 *
 * <ul>
 *   <li>the ids of problems, aims, targets, actions and consultations are unique within the plan, all five lists
 *       together;
 *   <li>a theme is not both covered and exempted, nor exempted twice; revision numbers are unique;
 *   <li>the history is consistent: only the first event may lack {@code from}, every later event starts where
 *       the previous one ended, every step with a {@code from} is an edge of {@link PlanLifecycle}, dates do not
 *       go backwards, and {@link #getState()} is the last event's {@code to};
 *   <li>the declared total budget is not negative; a plan is not upgraded from itself.
 * </ul>
 *
 * <p>Rules that depend on context — a period of two to five years, all six themes accounted for, who must
 * approve and in which order, references to existing institutions and indicators — are kdk-rules' job.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActionPlan.class)
@JsonDeserialize(as = ImmutableActionPlan.class)
public abstract class ActionPlan {

  ActionPlan() {}

  /** The plan's id. */
  public abstract Id getId();

  /** Whether it is an action plan (YEEP) or a strategic plan (YESP). */
  public abstract PlanKind getKind();

  /** The plan's title, such as {@code Mardin Yerel Eşitlik Eylem Planı}. */
  @NotBlank
  @Size(max = 300)
  public abstract String getTitle();

  /** The province or municipality it covers. */
  @Valid
  public abstract PlanScope getScope();

  /** The institutions that own it, such as the governorship and the municipality. */
  public abstract List<Id> getOwnerInstitutionIds();

  /** The years it runs. */
  public abstract DateRange getPeriod();

  /** The themes it covers. */
  public abstract Set<Theme> getThemes();

  /** The themes it leaves out on purpose, each with its reason. */
  public abstract List<@Valid ThemeExemption> getThemeExemptions();

  /** The problems identified in the situation analysis. */
  public abstract List<@Valid Problem> getProblems();

  /** The aims, each under a theme. */
  public abstract List<@Valid Aim> getAims();

  /** The targets, each under an aim. */
  public abstract List<@Valid Target> getTargets();

  /** The actions, each under a target. */
  public abstract List<@Valid Action> getActions();

  /** The indicators that track the plan's expected outcomes; actions refer to them by id. */
  public abstract List<@Valid Indicator> getIndicators();

  /** The stakeholder consultations held for it. */
  public abstract List<@Valid Consultation> getConsultations();

  /** The approvals it received. */
  public abstract List<@Valid Approval> getApprovals();

  /** Where its actions were written into institutions' strategic plans and performance programmes. */
  public abstract List<@Valid StrategicPlanLink> getStrategicPlanLinks();

  /** Its revisions. */
  public abstract List<@Valid Revision> getRevisions();

  /** For a strategic plan (YESP), the action plan (YEEP) it was upgraded from. */
  public abstract Optional<Id> getUpgradedFromPlanId();

  /**
   * The total budget the plan declares; zero or more. It need not equal the sum of the budget lines, which is
   * {@link #plannedBudget()}.
   */
  public abstract Optional<Money> getTotalBudget();

  /** Where the plan stands; the last event's {@code to} when there is a history. */
  public abstract PlanState getState();

  /** The steps the plan has taken, oldest first. */
  public abstract List<@Valid LifecycleEvent> getHistory();

  /** Whether the plan is made up for an example rather than taken from a real document. */
  @Value.Default
  public boolean isIllustrative() {
    return false;
  }

  /** A builder for a plan. */
  public static ImmutableActionPlan.Builder builder() {
    return ImmutableActionPlan.builder();
  }

  @Value.Check
  void check() {
    getTotalBudget().ifPresent(total ->
        Invariants.checkNotNegative(total.getAmount(), ActionPlan.class, "totalBudget"));
    getUpgradedFromPlanId().ifPresent(from ->
        Invariants.check(!from.equals(getId()), ActionPlan.class, "upgradedFromPlanId", from,
            "ActionPlan.upgradedFromItself", from));
    checkUniqueIds();
    checkThemes();
    checkRevisions();
    checkHistory();
  }

  private void checkUniqueIds() {
    Map<Id, String> seen = new HashMap<>();
    uniqueIds(seen, "problems", getProblems(), Problem::getId);
    uniqueIds(seen, "aims", getAims(), Aim::getId);
    uniqueIds(seen, "targets", getTargets(), Target::getId);
    uniqueIds(seen, "actions", getActions(), Action::getId);
    uniqueIds(seen, "consultations", getConsultations(), Consultation::getId);
    uniqueIds(seen, "indicators", getIndicators(), Indicator::getId);
  }

  private static <T> void uniqueIds(Map<Id, String> seen, String list, List<T> parts, Function<T, Id> id) {
    for (int i = 0; i < parts.size(); i++) {
      Id current = id.apply(parts.get(i));
      String at = list + "[" + i + "]";
      String first = seen.putIfAbsent(current, at);
      Invariants.check(first == null, ActionPlan.class, at + ".id", current, "ActionPlan.duplicateId", current,
          first, at);
    }
  }

  private void checkThemes() {
    Set<Theme> exempted = EnumSet.noneOf(Theme.class);
    for (int i = 0; i < getThemeExemptions().size(); i++) {
      Theme theme = getThemeExemptions().get(i).getTheme();
      String field = "themeExemptions[" + i + "].theme";
      Invariants.check(!getThemes().contains(theme), ActionPlan.class, field, theme,
          "ActionPlan.themeCoveredAndExempted", theme);
      Invariants.check(exempted.add(theme), ActionPlan.class, field, theme, "ActionPlan.themeExemptedTwice", theme);
    }
  }

  private void checkRevisions() {
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < getRevisions().size(); i++) {
      int number = getRevisions().get(i).getNumber();
      Invariants.check(numbers.add(number), ActionPlan.class, "revisions[" + i + "].number", number,
          "ActionPlan.duplicateRevision", number);
    }
  }

  private void checkHistory() {
    List<LifecycleEvent> history = getHistory();
    for (int i = 0; i < history.size(); i++) {
      LifecycleEvent event = history.get(i);
      String at = "history[" + i + "]";
      if (i > 0) {
        LifecycleEvent previous = history.get(i - 1);
        Invariants.check(event.getFrom().isPresent(), ActionPlan.class, at + ".from", "(absent)",
            "ActionPlan.historyFromMissing", i, event.getTo());
        PlanState from = event.getFrom().get();
        Invariants.check(from == previous.getTo(), ActionPlan.class, at + ".from", from,
            "ActionPlan.historyNotContinuous", i, from, previous.getTo());
        Invariants.check(!event.getDate().isBefore(previous.getDate()), ActionPlan.class, at + ".date",
            event.getDate(), "ActionPlan.historyDateOrder", i, event.getDate(), previous.getDate());
      }
      if (event.getFrom().isPresent()) {
        checkEdge(event.getFrom().get(), event.getTo(), at + ".to");
      }
    }
    if (!history.isEmpty()) {
      PlanState last = history.get(history.size() - 1).getTo();
      Invariants.check(getState() == last, ActionPlan.class, "state", getState(), "ActionPlan.stateNotLastEvent",
          getState(), last);
    }
  }

  private static void checkEdge(PlanState from, PlanState to, String field) {
    if (!PlanLifecycle.isAllowed(from, to)) {
      String allowed = PlanLifecycle.allowedFrom(from).stream().map(PlanState::name)
          .collect(Collectors.joining(", "));
      Invariants.check(false, ActionPlan.class, field, to, "ActionPlan.edgeNotAllowed", from, to,
          allowed.isEmpty() ? "—" : allowed);
    }
  }

  /**
   * A copy of this plan that has taken the step {@code event}: the event appended to the history and the state
   * set to its {@code to}. This plan is left unchanged.
   *
   * <p>An event with a {@code from} must start from this plan's state, and the step must be an edge of
   * {@link PlanLifecycle}. An event without {@code from} records the plan's creation and is accepted only as the
   * first event of an empty history, whatever the state before. Only the graph is checked here; the guards of a
   * step (the decision on file, the right body) are kdk-rules' job.
   *
   * @throws org.kdk.core.value.InvariantViolationException if the event does not start from this plan's state,
   *     the step is not allowed, the event lacks {@code from} after the first, or it is dated before the last
   *     event
   */
  public ActionPlan withEvent(LifecycleEvent event) {
    Objects.requireNonNull(event, "event");
    int index = getHistory().size();
    String at = "history[" + index + "]";
    if (event.getFrom().isPresent()) {
      PlanState from = event.getFrom().get();
      Invariants.check(from == getState(), ActionPlan.class, at + ".from", from, "ActionPlan.eventNotFromState",
          from, getState());
      checkEdge(from, event.getTo(), at + ".to");
    } else {
      Invariants.check(index == 0, ActionPlan.class, at + ".from", "(absent)", "ActionPlan.historyFromMissing",
          index, event.getTo());
    }
    List<LifecycleEvent> history = new ArrayList<>(getHistory());
    history.add(event);
    return copyWith(event.getTo(), history);
  }

  /** Every attribute copied but state and history: the strict builder has no {@code from(plan)}. */
  private ActionPlan copyWith(PlanState state, List<LifecycleEvent> history) {
    return builder()
        .id(getId())
        .kind(getKind())
        .title(getTitle())
        .scope(getScope())
        .addAllOwnerInstitutionIds(getOwnerInstitutionIds())
        .period(getPeriod())
        .addAllThemes(getThemes())
        .addAllThemeExemptions(getThemeExemptions())
        .addAllProblems(getProblems())
        .addAllAims(getAims())
        .addAllTargets(getTargets())
        .addAllActions(getActions())
        .addAllIndicators(getIndicators())
        .addAllConsultations(getConsultations())
        .addAllApprovals(getApprovals())
        .addAllStrategicPlanLinks(getStrategicPlanLinks())
        .addAllRevisions(getRevisions())
        .upgradedFromPlanId(getUpgradedFromPlanId())
        .totalBudget(getTotalBudget())
        .state(state)
        .addAllHistory(history)
        .illustrative(isIllustrative())
        .build();
  }

  /** The last step of the history, if there is one. */
  public Optional<LifecycleEvent> lastEvent() {
    List<LifecycleEvent> history = getHistory();
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** The problem with id {@code id}. */
  public Optional<Problem> problem(Id id) {
    Objects.requireNonNull(id, "id");
    return getProblems().stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /** The aim with id {@code id}. */
  public Optional<Aim> aim(Id id) {
    Objects.requireNonNull(id, "id");
    return getAims().stream().filter(a -> a.getId().equals(id)).findFirst();
  }

  /** The target with id {@code id}. */
  public Optional<Target> target(Id id) {
    Objects.requireNonNull(id, "id");
    return getTargets().stream().filter(t -> t.getId().equals(id)).findFirst();
  }

  /** The action with id {@code id}. */
  public Optional<Action> action(Id id) {
    Objects.requireNonNull(id, "id");
    return getActions().stream().filter(a -> a.getId().equals(id)).findFirst();
  }

  /** The indicator with id {@code id}. */
  public Optional<Indicator> indicator(Id id) {
    Objects.requireNonNull(id, "id");
    return getIndicators().stream().filter(i -> i.getId().equals(id)).findFirst();
  }

  /** The consultation with id {@code id}. */
  public Optional<Consultation> consultation(Id id) {
    Objects.requireNonNull(id, "id");
    return getConsultations().stream().filter(c -> c.getId().equals(id)).findFirst();
  }

  /**
   * The theme of {@code action}, through its target and that target's aim; empty when the target or the aim is
   * not in this plan (a broken reference, which kdk-rules reports).
   */
  public Optional<Theme> themeOf(Action action) {
    Objects.requireNonNull(action, "action");
    return target(action.getTargetId()).flatMap(t -> aim(t.getAimId())).map(Aim::getTheme);
  }

  /** The actions under {@code theme}, through their targets and aims, in plan order. */
  public List<Action> actionsOf(Theme theme) {
    Objects.requireNonNull(theme, "theme");
    return getActions().stream().filter(a -> themeOf(a).filter(theme::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The planned amounts of all actions' budget lines summed per currency, ordered by currency code; empty when
   * no action has a budget line.
   */
  public Map<Currency, Money> plannedBudgetByCurrency() {
    return Budgets.byCurrency(getActions().stream().flatMap(a -> a.getBudget().stream()));
  }

  /**
   * The planned amounts of the budget lines funded from {@code source}, summed per currency and ordered by
   * currency code; empty when no line is. Worked out once, when the plan is made, since the plan never changes:
   * a national dashboard asks thousands of plans for their own budget every time it is drawn.
   */
  public Map<Currency, Money> plannedBudgetByCurrency(FundingSource source) {
    Objects.requireNonNull(source, "source");
    return plannedBySource().getOrDefault(source, Map.of());
  }

  /**
   * Whether the plan, or a figure of it in use on {@code date}, is made up for an example rather than taken from
   * a real document: the plan itself, a budget line, an indicator or its baseline, or an observation of a period
   * begun by {@code date}. Worked out when the plan is made, as reports ask it of every plan.
   */
  public boolean usesIllustrativeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return illustrativeFrom().filter(from -> !from.isAfter(date)).isPresent();
  }

  /**
   * The first day from which the plan uses an illustrative figure: {@link LocalDate#MIN} when the plan, a budget
   * line, an indicator or a baseline is illustrative, else the earliest start of an illustrative observation;
   * empty when nothing is. Derived, so neither compared nor written.
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Optional<LocalDate> illustrativeFrom() {
    if (isIllustrative()) {
      return Optional.of(LocalDate.MIN);
    }
    for (Action action : getActions()) {
      for (BudgetLine line : action.getBudget()) {
        if (line.isIllustrative()) {
          return Optional.of(LocalDate.MIN);
        }
      }
    }
    LocalDate earliest = null;
    for (Indicator indicator : getIndicators()) {
      if (indicator.isIllustrative() || indicator.getBaseline().filter(Baseline::isIllustrative).isPresent()) {
        return Optional.of(LocalDate.MIN);
      }
      for (Observation observation : indicator.getObservations()) {
        LocalDate start = observation.getPeriod().getStart();
        if (observation.isIllustrative() && (earliest == null || start.isBefore(earliest))) {
          earliest = start;
        }
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The planned amounts per funding source and currency; derived, so neither compared nor written. */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  Map<FundingSource, Map<Currency, Money>> plannedBySource() {
    Map<FundingSource, List<BudgetLine>> bySource = new EnumMap<>(FundingSource.class);
    for (Action action : getActions()) {
      for (BudgetLine line : action.getBudget()) {
        bySource.computeIfAbsent(line.getFundingSource(), s -> new ArrayList<>()).add(line);
      }
    }
    Map<FundingSource, Map<Currency, Money>> sums = new EnumMap<>(FundingSource.class);
    bySource.forEach((source, lines) -> sums.put(source, Budgets.byCurrency(lines.stream())));
    return Collections.unmodifiableMap(sums);
  }

  /**
   * The sum of all actions' budget lines: empty when no action has a budget line. The declared totals
   * ({@link #getTotalBudget()}, {@link Action#getTotalBudget()}) are not consulted.
   *
   * @throws IllegalStateException when the lines are in more than one currency, since amounts in different
   *     currencies cannot be added without an exchange rate; use {@link #plannedBudgetByCurrency()} then
   */
  public Optional<Money> plannedBudget() {
    return Budgets.single(plannedBudgetByCurrency(), "plan " + getId());
  }

  @Override
  public String toString() {
    return "ActionPlan{" + getId() + ", " + getKind() + ", " + getScope() + ", " + getPeriod() + ", " + getState()
        + "}";
  }

  /** A copy with {@code approval} appended to the approvals. */
  public ActionPlan withApproval(Approval approval) {
    Objects.requireNonNull(approval, "approval");
    List<Approval> approvals = new ArrayList<>(getApprovals());
    approvals.add(approval);
    return ImmutableActionPlan.copyOf(this).withApprovals(approvals);
  }

  /** A copy in which {@code indicator} replaces the indicator with the same id, or is appended. */
  public ActionPlan withIndicator(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return ImmutableActionPlan.copyOf(this).withIndicators(Replacing.replaceOrAppend(getIndicators(), indicator,
        i -> i.getId().equals(indicator.getId())));
  }
}
