package org.kdk.rules.catalogue.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.ImmutableAction;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;
import org.kdk.rules.rule.Rule;
import org.kdk.rules.testing.RuleHarness;

/** Plans, actions, decisions and assertions shared by the plan rules' tests. */
final class PlanFixtures {
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final Id VALILIK = Id.of("mardin-valilik");
  static final Id BOARD = Id.of("mardin-ikhkk");
  static final Id COUNCIL = Id.of("mardin-belediye-meclisi");

  private PlanFixtures() {}

  /** A plan builder with id, kind, title, the province scope TR-47 and the period 2013–2015; no state yet. */
  static ImmutableActionPlan.Builder base(String id) {
    return ActionPlan.builder().id(Id.of(id)).kind(PlanKind.ACTION_PLAN).title("Plan " + id)
        .scope(PlanScope.ofProvince("TR-47")).period(DateRange.ofYears(2013, 2015));
  }

  /** A plan covering all six themes, in {@code state}, with nothing else. */
  static ActionPlan plan(String id, PlanState state) {
    return base(id).addThemes(Theme.values()).state(state).build();
  }

  /** A copy of {@code plan} for further changes with {@code with…}. */
  static ImmutableActionPlan copy(ActionPlan plan) {
    return ImmutableActionPlan.copyOf(plan);
  }

  /** An action builder with only id, target and title. */
  static ImmutableAction.Builder bareAction(String id) {
    return bareAction(id, "h1", "Faaliyet " + id);
  }

  /** An action builder with id, target and title. */
  static ImmutableAction.Builder bareAction(String id, String targetId, String title) {
    return Action.builder().id(Id.of(id)).targetId(Id.of(targetId)).title(title);
  }

  /** An action that every plan rule accepts: responsible, one budget line of 10 000 TRY in 2013, indicator, marker, timeline. */
  static Action action(String id) {
    return bareAction(id).responsibleInstitutionId(VALILIK)
        .addBudget(line(10_000, 2013))
        .addIndicatorIds(Id.of("g1"))
        .genderMarker(GenderMarker.PRINCIPAL)
        .timeline(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 12, 31)))
        .build();
  }

  /** A budget line of {@code lira} TRY from the own budget for {@code year}. */
  static BudgetLine line(long lira, int year) {
    return BudgetLine.builder().amount(Money.ofLira(lira)).fundingSource(FundingSource.OWN_BUDGET).year(year).build();
  }

  /** A workshop with {@code kind} participants. */
  static Consultation workshop(String id, InstitutionKind kind, HeadCount count) {
    return Consultation.builder().id(Id.of(id)).date(LocalDate.of(2012, 10, 10)).title("Paydaş çalıştayı")
        .format(ConsultationFormat.WORKSHOP).addParticipants(ParticipantGroup.of(kind, count)).build();
  }

  /** A decision of {@code body} (body id: the board, or the council for councils). */
  static Decision decision(String id, DecisionBody body, LocalDate date, String number, DecisionOutcome outcome) {
    var builder = Decision.builder().id(Id.of(id)).body(body)
        .bodyId(body == DecisionBody.MUNICIPAL_COUNCIL || body == DecisionBody.PROVINCIAL_COUNCIL ? COUNCIL : BOARD)
        .date(date).subject("Yerel Eşitlik Eylem Planı").outcome(outcome);
    if (number != null) {
      builder.number(number);
    }
    return builder.build();
  }

  /** A dataset holding {@code plans}. */
  static Dataset dataset(ActionPlan... plans) {
    return Dataset.builder().addPlans(plans).build();
  }

  /** The findings of {@code rule} on {@code dataset} as of {@link #AS_OF}. */
  static List<Finding> run(Rule rule, Dataset dataset) {
    return RuleHarness.run(rule, dataset, AS_OF);
  }

  /** The findings of {@code rule} on a dataset holding only {@code plans}. */
  static List<Finding> run(Rule rule, ActionPlan... plans) {
    return run(rule, dataset(plans));
  }

  /** Asserts the finding's rule, severity and path, and that both messages name every one of {@code values}. */
  static void assertFinding(Finding finding, String ruleId, Severity severity, String path, Object... values) {
    assertThat(finding.getRuleId()).isEqualTo(ruleId);
    assertThat(finding.getSeverity()).isEqualTo(severity);
    assertThat(finding.getPath()).isEqualTo(path);
    for (Object value : values) {
      assertThat(finding.getMessage().get(Locale.ENGLISH)).contains(String.valueOf(value));
      assertThat(finding.getMessage().get(Locale.forLanguageTag("tr"))).contains(String.valueOf(value));
    }
    assertThat(finding.getHint().get(Locale.ENGLISH)).isNotBlank();
    assertThat(finding.getHint().get(Locale.forLanguageTag("tr"))).isNotBlank();
  }

  /** The English message. */
  static String en(Finding finding) {
    return finding.getMessage().get(Locale.ENGLISH);
  }

  /** The Turkish message. */
  static String tr(Finding finding) {
    return finding.getMessage().get(Locale.forLanguageTag("tr"));
  }
}
