package org.kdk.examples.walkthrough;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.VotingMethod;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.plan.ThemeExemption;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.render.MarkdownReportWriter;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.lifecycle.PlanTransitions;
import org.kdk.rules.lifecycle.TransitionRefusedException;
import org.kdk.rules.profile.Profiles;

/**
 * Adım adım — the SDK in one sitting, for a municipal developer's first hour. Run it with
 * {@code java -cp kdk-examples/target/kdk.jar org.kdk.examples.walkthrough.Walkthrough}; the tests run it too.
 *
 * <p>The story is an imagined province-wide plan in Kars (TR-36), a phase-1 and phase-2 province that kept its
 * special provincial administration after 2014. Every name and figure here is illustrative.
 */
public final class Walkthrough {
  static final Id GOVERNORSHIP = Id.of("kars-valilik");
  static final Id NGO = Id.of("kars-kadin-dernegi");
  static final Id BOARD = Id.of("kars-ikhkk");
  static final Id COUNCIL = Id.of("kars-belediye-meclisi");

  private final PrintWriter out;

  /** A walkthrough that tells its story on {@code out}. */
  public Walkthrough(PrintWriter out) {
    this.out = out;
  }

  /** Runs the walkthrough on the standard output. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    new Walkthrough(out).run();
    out.flush();
  }

  /** Every step in order; returns the final dataset. */
  public Dataset run() {
    // 1. A mechanism is a value: build it once, it never changes. The board meets, decides, has an upper tier.
    CoordinationBoard board = CoordinationBoard.builder()
        .id(BOARD).name("Kars İl Kadın Hakları Koordinasyon Kurulu").provinceCode("TR-36")
        .hostInstitutionId(GOVERNORSHIP).addTiers(BoardTier.MAIN)
        .addMember(Membership.ofInstitution(GOVERNORSHIP, MemberRole.CHAIR))
        .addMember(Membership.ofInstitution(NGO, MemberRole.MEMBER))
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 3, 1), MechanismStatus.ACTIVE))
        .addMeeting(Meeting.builder().date(LocalDate.of(2012, 12, 20)).attendance(HeadCount.of(2, 0))
            .addDecisionId(Id.of("kars-ikhkk-2012-3")).build())
        .illustrative(true).build();
    step(1, "A coordination board", board.getName() + ", status on 2013-01-01: "
        + board.statusOn(LocalDate.of(2013, 1, 1)).orElseThrow());

    // 2. A plan: themes, an aim, a target, an action with a responsible institution, a budget line and an indicator.
    Indicator seats = Indicator.builder().id(Id.of("kars-g1")).definition(ReferenceIndicators.of("KDK-R6-01"))
        .baseline(Baseline.of(LocalDate.of(2012, 12, 31), Measurement.ofRatio(2, 31)))
        .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(20)).build())
        .illustrative(true).build();
    ActionPlan plan = ActionPlan.builder()
        .id(Id.of("kars-yeep")).kind(PlanKind.ACTION_PLAN).title("Kars Yerel Eşitlik Eylem Planı")
        .scope(PlanScope.ofProvince("TR-36")).addOwnerInstitutionId(GOVERNORSHIP)
        .period(DateRange.ofYears(2013, 2015))
        .addThemes(Theme.EDUCATION, Theme.HEALTH, Theme.EMPLOYMENT, Theme.PARTICIPATION, Theme.VIOLENCE_AGAINST_WOMEN)
        .addThemeExemption(ThemeExemption.builder().theme(Theme.URBAN_SERVICES)
            .reason("Kentsel hizmetler belediyenin ayrı planında ele alınıyor").build())
        .addAim(Aim.of(Id.of("kars-a1"), Theme.PARTICIPATION, "Kadınların karar alma mekanizmalarına katılımını artırmak"))
        .addTarget(Target.of(Id.of("kars-h1"), Id.of("kars-a1"), "Kadın meclis üyesi oranını yükseltmek"))
        .addAction(Action.builder().id(Id.of("kars-f1")).targetId(Id.of("kars-h1"))
            .title("Kadın aday adaylarına siyasi katılım eğitimi").responsibleInstitutionId(GOVERNORSHIP)
            .addCooperatingInstitutionId(NGO)
            .addBudget(BudgetLine.builder().amount(Money.ofLira(25_000)).fundingSource(FundingSource.OWN_BUDGET)
                .year(2013).illustrative(true).build())
            .addIndicatorId(seats.getId()).build())
        .addIndicator(seats)
        .addConsultation(Consultation.builder().id(Id.of("kars-c1")).date(LocalDate.of(2012, 10, 4))
            .title("Paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
            .addParticipant(ParticipantGroup.of(InstitutionKind.WOMENS_NGO, HeadCount.of(11, 0))).build())
        .state(PlanState.SITUATION_ANALYSIS)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2012, 6, 1), PlanState.SITUATION_ANALYSIS, GOVERNORSHIP))
        .illustrative(true).build();
    step(2, "A local equality action plan", plan.getTitle() + " (" + plan.getActions().size() + " action, "
        + plan.getIndicators().size() + " indicator), state " + plan.getState());

    Decision boardDecision = Decision.builder().id(Id.of("kars-ikhkk-2012-3")).body(DecisionBody.COORDINATION_BOARD)
        .bodyId(BOARD).number("2012/3").date(LocalDate.of(2012, 12, 20)).subject("Eylem planının onayı")
        .outcome(DecisionOutcome.ADOPTED).voting(VotingMethod.UNANIMOUS).illustrative(true).build();
    Dataset context = Dataset.builder()
        .addInstitution(Institution.builder().id(GOVERNORSHIP).name("Kars Valiliği")
            .kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-36").build())
        .addInstitution(Institution.builder().id(NGO).name("Kars Kadın Dayanışma Derneği (örnek)")
            .kind(InstitutionKind.WOMENS_NGO).provinceCode("TR-36").build())
        .addInstitution(Institution.builder().id(COUNCIL).name("Kars Belediye Meclisi")
            .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode("TR-36").build())
        .addCoordinationBoard(board).addDecision(boardDecision).build();

    // 3. The lifecycle: each step is checked by the guards of the profile; an accepted step returns a new plan.
    PlanTransitions transitions = PlanTransitions.of(Profiles.phase2Programme())
        .withClock(Clock.fixed(LocalDate.of(2015, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    ActionPlan drafting = transitions.apply(plan,
        LifecycleEvent.of(LocalDate.of(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, GOVERNORSHIP),
        context);
    step(3, "Drafting", "state " + drafting.getState() + ", history of " + drafting.getHistory().size()
        + " steps; the original plan is still " + plan.getState());

    // 4. A refused step: council approval without a recorded board approval breaks the phase-2 path.
    LifecycleEvent tooEarly = LifecycleEvent.builder().date(LocalDate.of(2012, 11, 1)).from(PlanState.DRAFTING)
        .to(PlanState.COUNCIL_APPROVED).actorId(COUNCIL).build();
    try {
      transitions.apply(drafting, tooEarly, context);
      throw new IllegalStateException("the guards should have refused this step");
    } catch (TransitionRefusedException refused) {
      step(4, "A refused step", refused.getFindings().size() + " findings, first: "
          + refused.getFindings().get(0).format(Locale.ENGLISH) + "; the plan is still " + drafting.getState());
    }

    // 5. The board approves with its decision; the step is accepted.
    ActionPlan approved = transitions.apply(drafting, LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20))
        .from(PlanState.DRAFTING).to(PlanState.BOARD_APPROVED).actorId(BOARD)
        .decisionId(boardDecision.getId()).build(), context);
    approved = approved.withApproval(
        Approval.of(DecisionBody.COORDINATION_BOARD, boardDecision.getId(), LocalDate.of(2012, 12, 20)));
    step(5, "Board approval", "state " + approved.getState() + " with decision " + boardDecision.getNumber().orElseThrow());

    // 6. Observations: the share of council seats held by women, counted as numerator and denominator.
    Indicator observed = seats.withObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
        .total(Measurement.ofRatio(5, 31)).illustrative(true).build());
    ActionPlan tracked = approved.withIndicator(observed);
    step(6, "An observation", "2014: 5 of 31 seats, " + observed.getObservations().get(0).getTotal()
        .toNumber(observed.getDefinition().getMeasure()).orElseThrow().setScale(1, java.math.RoundingMode.HALF_EVEN)
        .toPlainString() + " %");

    // 7. Validation as of a date: every finding, in Turkish and English.
    Dataset dataset = context.withPlan(tracked);
    ValidationReport report = KdkValidator.of(Profiles.currentLaw()).validate(dataset, LocalDate.of(2015, 6, 30));
    step(7, "Validation", report.format(Locale.ENGLISH).lines().skip(1).findFirst().orElse(""));

    // 8. Reporting: progress from baseline to target, rendered as Markdown (also HTML, CSV, JSON).
    PlanReport planReport = ReportEngine.standard().planReport(dataset, tracked.getId(), LocalDate.of(2015, 6, 30));
    BigDecimal share = planReport.getIndicators().get(0).getPeriods().get(0).getShare().orElse(BigDecimal.ZERO);
    step(8, "Progress", "share of the way to the 2015 target in 2014: " + share.toPlainString() + ", status "
        + planReport.getIndicators().get(0).getStatus() + "; Markdown report of "
        + MarkdownReportWriter.standard().write(planReport, org.kdk.core.i18n.Language.EN).lines().count() + " lines");
    out.flush();
    return dataset;
  }

  private void step(int number, String title, String result) {
    out.println(number + ". " + title + ": " + result);
  }
}
