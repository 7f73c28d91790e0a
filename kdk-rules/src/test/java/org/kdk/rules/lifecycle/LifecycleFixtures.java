package org.kdk.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.ImmutableLifecycleEvent;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.profile.Profile;
import org.kdk.rules.profile.Profiles;

/** Plans, decisions, a context dataset and assertions shared by the lifecycle tests. */
final class LifecycleFixtures {
  static final LocalDate TODAY = LocalDate.of(2015, 6, 30);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  static final Id VALILIK = Id.of("mardin-valilik");
  static final Id BOARD = Id.of("mardin-ikhkk");
  static final Id COUNCIL = Id.of("mardin-belediye-meclisi");

  static final Decision BOARD_DECISION = decision("d-board", DecisionBody.COORDINATION_BOARD,
      LocalDate.of(2012, 12, 20), "2012/1", DecisionOutcome.ADOPTED);
  static final Decision COUNCIL_DECISION = decision("d-council", DecisionBody.MUNICIPAL_COUNCIL,
      LocalDate.of(2013, 2, 5), "2013/45", DecisionOutcome.ADOPTED);
  static final Decision RETURN_DECISION = decision("d-return", DecisionBody.MUNICIPAL_COUNCIL,
      LocalDate.of(2013, 2, 5), "2013/46", DecisionOutcome.RETURNED);

  /** The first step of a fixture path is dated here, each later one a month on. */
  static final LocalDate FIRST_STEP = LocalDate.of(2013, 3, 1);

  private LifecycleFixtures() {}

  /** Transitions with {@code profile}, judged as of {@link #TODAY}. */
  static PlanTransitions transitions(Profile profile) {
    return PlanTransitions.of(profile).withClock(CLOCK);
  }

  /** Transitions with the phase-2 profile, judged as of {@link #TODAY}. */
  static PlanTransitions phase2() {
    return transitions(Profiles.phase2Programme());
  }

  /** Transitions with the current-law profile, judged as of {@link #TODAY}. */
  static PlanTransitions currentLaw() {
    return transitions(Profiles.currentLaw());
  }

  static Decision decision(String id, DecisionBody body, LocalDate date, String number, DecisionOutcome outcome) {
    var builder = Decision.builder().id(Id.of(id)).body(body)
        .bodyId(body == DecisionBody.MUNICIPAL_COUNCIL || body == DecisionBody.PROVINCIAL_COUNCIL ? COUNCIL : BOARD)
        .date(date).subject("Yerel Eşitlik Eylem Planı").outcome(outcome);
    if (number != null) {
      builder.number(number);
    }
    return builder.build();
  }

  /** The institutions, the board and the three decisions the steps refer to, plus {@code more} decisions. */
  static Dataset context(Decision... more) {
    return contextBuilder().addDecisions(more).build();
  }

  /** {@link #context} with {@code plans} in it, for replays. */
  static Dataset contextWith(ActionPlan... plans) {
    return contextBuilder().addPlans(plans).build();
  }

  private static org.kdk.core.dataset.ImmutableDataset.Builder contextBuilder() {
    return Dataset.builder()
        .addInstitution(Institution.builder().id(VALILIK).name("Mardin Valiliği").kind(InstitutionKind.GOVERNORSHIP)
            .provinceCode("TR-47").build())
        .addInstitution(Institution.builder().id(COUNCIL).name("Mardin Belediye Meclisi")
            .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode("TR-47").build())
        .addCoordinationBoard(CoordinationBoard.builder().id(BOARD).name("Mardin İl Kadın Hakları Koordinasyon Kurulu")
            .provinceCode("TR-47").hostInstitutionId(VALILIK).addTiers(BoardTier.MAIN, BoardTier.UPPER).build())
        .addDecisions(BOARD_DECISION, COUNCIL_DECISION, RETURN_DECISION);
  }

  /** An action ready for implementation: responsible institution, a budget line and an indicator. */
  static Action readyAction(String id) {
    return Action.builder().id(Id.of(id)).targetId(Id.of("h1")).title("Kadın kooperatiflerine destek")
        .responsibleInstitutionId(VALILIK)
        .addBudget(BudgetLine.builder().amount(Money.ofLira(50_000)).fundingSource(FundingSource.OWN_BUDGET)
            .year(2013).build())
        .addIndicatorIds(Id.of("g1")).build();
  }

  /** An action with nothing but its title. */
  static Action bareAction(String id) {
    return Action.builder().id(Id.of(id)).targetId(Id.of("h1")).title("Farkındalık semineri").build();
  }

  /** A plan of 2013–2015 with one ready action, in {@code state}, with no history. */
  static ActionPlan fresh(String id, PlanState state) {
    return ActionPlan.builder().id(Id.of(id)).kind(PlanKind.ACTION_PLAN).title("Plan " + id)
        .scope(PlanScope.ofProvince("TR-47")).period(DateRange.ofYears(2013, 2015)).addThemes(Theme.values())
        .addAction(readyAction("f1")).state(state).build();
  }

  /**
   * A plan {@code p1} whose history walks {@code path}: a creation event into the first state on 2012-03-01, then
   * one step a month from {@link #FIRST_STEP}, each naming what its guards ask (decisions, reasons).
   */
  static ActionPlan planThrough(PlanState... path) {
    ActionPlan plan = fresh("p1", path[0]);
    plan = plan.withEvent(LifecycleEvent.ofCreation(LocalDate.of(2012, 3, 1), path[0], VALILIK));
    for (int i = 1; i < path.length; i++) {
      plan = plan.withEvent(step(FIRST_STEP.plusMonths(i - 1), path[i - 1], path[i]).build());
    }
    return plan;
  }

  /** The date the next step of a {@link #planThrough} plan takes. */
  static LocalDate nextDate(ActionPlan plan) {
    return FIRST_STEP.plusMonths(plan.getHistory().size() - 1);
  }

  /** A step from {@code from} to {@code to} with what its guards ask: the decision, or a reason. */
  static ImmutableLifecycleEvent.Builder step(LocalDate date, PlanState from, PlanState to) {
    ImmutableLifecycleEvent.Builder builder = bare(date, from, to);
    switch (to) {
      case BOARD_APPROVED:
        return builder.decisionId(BOARD_DECISION.getId());
      case COUNCIL_APPROVED:
        return builder.decisionId(COUNCIL_DECISION.getId());
      case RETURNED:
        return builder.decisionId(RETURN_DECISION.getId());
      case SUSPENDED:
      case WITHDRAWN:
      case COMPLETED:
        return builder.reason("Kurul kararıyla");
      default:
        return builder;
    }
  }

  /** A step from {@code from} to {@code to} with neither decision nor reason. */
  static ImmutableLifecycleEvent.Builder bare(LocalDate date, PlanState from, PlanState to) {
    return LifecycleEvent.builder().date(date).from(from).to(to).actorId(VALILIK);
  }

  /** A copy of {@code plan} for further changes with {@code with…}. */
  static ImmutableActionPlan copy(ActionPlan plan) {
    return ImmutableActionPlan.copyOf(plan);
  }

  /** The findings of the guard {@code id} among {@code findings}. */
  static List<Finding> of(String id, List<Finding> findings) {
    return findings.stream().filter(f -> f.getRuleId().equals(id)).collect(java.util.stream.Collectors.toList());
  }

  /** Asserts the finding's guard, severity and path, and that both messages name every one of {@code values}. */
  static void assertFinding(Finding finding, String ruleId, Severity severity, String path, Object... values) {
    assertThat(finding.getRuleId()).isEqualTo(ruleId);
    assertThat(finding.getSeverity()).isEqualTo(severity);
    assertThat(finding.getPath()).isEqualTo(path);
    for (Object value : values) {
      assertThat(en(finding)).contains(String.valueOf(value));
      assertThat(tr(finding)).contains(String.valueOf(value));
    }
    assertThat(finding.getHint().get(Locale.ENGLISH)).isNotBlank();
    assertThat(finding.getHint().get(Locale.forLanguageTag("tr"))).isNotBlank();
  }

  /** Asserts that {@code plan} still has the state and history it had before. */
  static void assertUntouched(ActionPlan plan, PlanState state, List<LifecycleEvent> history) {
    assertThat(plan.getState()).isEqualTo(state);
    assertThat(plan.getHistory()).containsExactlyElementsOf(history);
  }

  static String en(Finding finding) {
    return finding.getMessage().get(Locale.ENGLISH);
  }

  static String tr(Finding finding) {
    return finding.getMessage().get(Locale.forLanguageTag("tr"));
  }
}
