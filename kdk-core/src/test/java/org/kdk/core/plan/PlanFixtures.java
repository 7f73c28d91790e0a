package org.kdk.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.people.HeadCount;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/** Fully populated, illustrative instances of every plan type: every optional set, every list non-empty. */
final class PlanFixtures {
  static final Id GOVERNORSHIP = Id.of("mardin-valilik");
  static final Id MUNICIPALITY = Id.of("mardin-belediye");
  static final Id BOARD = Id.of("mardin-ikhkk");

  private PlanFixtures() {}

  static PlanScope municipalScope() {
    return PlanScope.ofMunicipality("TR-47", MUNICIPALITY);
  }

  static ThemeExemption exemption() {
    return ThemeExemption.of(Theme.HEALTH, "Sağlık teması il sağlık müdürlüğünün planında yer alıyor.");
  }

  static Evidence evidence() {
    return Evidence.builder()
        .description("Kadınların işgücüne katılım oranı il ortalamasının altında.")
        .source("Durum analizi anketi")
        .year(2011)
        .indicatorId(Id.of("ind-istihdam-1"))
        .build();
  }

  static Problem problem() {
    return Problem.builder()
        .id(Id.of("p1"))
        .theme(Theme.EMPLOYMENT)
        .description("Kadın istihdamı düşük.")
        .addEvidence(evidence())
        .build();
  }

  static Aim aim() {
    return Aim.of(Id.of("a1"), Theme.EMPLOYMENT, "Kadın istihdamını artırmak.");
  }

  static Target target() {
    return Target.of(Id.of("t1"), Id.of("a1"), "Meslek edindirme kurslarına katılan kadın sayısını artırmak.");
  }

  static BudgetLine budgetLine() {
    return BudgetLine.builder()
        .description("Kurs giderleri")
        .amount(Money.ofLira(50_000))
        .fundingSource(FundingSource.DEVELOPMENT_AGENCY)
        .funderInstitutionId(Id.of("dika"))
        .year(2013)
        .executed(Money.ofLira(42_500))
        .illustrative(true)
        .build();
  }

  static Action action() {
    return Action.builder()
        .id(Id.of("f1"))
        .targetId(Id.of("t1"))
        .title("Kadınlara yönelik meslek edindirme kursları")
        .strategy("Halk eğitim merkezleriyle işbirliği")
        .responsibleInstitutionId(MUNICIPALITY)
        .addCooperatingInstitutionId(Id.of("mardin-hem"))
        .addCooperatingInstitutionId(Id.of("mardin-kadin-dernegi"))
        .timeline(DateRange.ofYears(2013, 2014))
        .addBudget(budgetLine())
        .totalBudget(Money.ofLira(60_000))
        .genderMarker(GenderMarker.PRINCIPAL)
        .addIndicatorId(Id.of("ind-istihdam-1"))
        .build();
  }

  static Consultation consultation() {
    return Consultation.builder()
        .id(Id.of("c1"))
        .date(LocalDate.of(2012, 9, 20))
        .title("İstihdam teması çalıştayı")
        .format(ConsultationFormat.WORKSHOP)
        .addParticipant(ParticipantGroup.builder().kind(InstitutionKind.WOMENS_NGO).count(HeadCount.of(12, 0))
            .addInstitutionId(Id.of("mardin-kadin-dernegi")).build())
        .addParticipant(ParticipantGroup.of(InstitutionKind.MUNICIPALITY, HeadCount.of(4, 3, 1)))
        .build();
  }

  static Approval approval() {
    return Approval.of(DecisionBody.COORDINATION_BOARD, Id.of("ikhkk-2012-4"), LocalDate.of(2012, 12, 27));
  }

  static StrategicPlanLink strategicPlanLink() {
    return StrategicPlanLink.builder()
        .institutionId(MUNICIPALITY)
        .strategicPlanPeriod(DateRange.ofYears(2015, 2019))
        .performanceProgrammeYear(2015)
        .reference("Amaç 3, Hedef 3.2")
        .addActionId(Id.of("f1"))
        .build();
  }

  static Revision revision() {
    return Revision.builder()
        .number(1)
        .date(LocalDate.of(2014, 3, 1))
        .reason("İzleme sonuçlarına göre hedefler güncellendi.")
        .decisionId(Id.of("ikhkk-2014-1"))
        .build();
  }

  static LifecycleEvent approvalEvent() {
    return LifecycleEvent.builder()
        .date(LocalDate.of(2012, 12, 27))
        .from(PlanState.DRAFTING)
        .to(PlanState.BOARD_APPROVED)
        .actorId(BOARD)
        .reason("Kurul oy birliğiyle kabul etti.")
        .decisionId(Id.of("ikhkk-2012-4"))
        .build();
  }

  /**
   * An illustrative strategic plan upgraded from an action plan, with every attribute set and a consistent
   * three-step history ending in BOARD_APPROVED.
   */
  /** An indicator from the reference catalogue with a baseline, a target and an observation. */
  static Indicator indicator() {
    return Indicator.builder()
        .id(Id.of("ornek-g1"))
        .definition(ReferenceIndicators.of("KDK-R6-01"))
        .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31))
            .value(Measurement.ofRatio(BigDecimal.valueOf(2),
                BigDecimal.valueOf(31)))
            .build())
        .addTarget(TargetValue.builder()
            .period(ReportingPeriod.ofYear(2017))
            .value(Measurement.of(20)).build())
        .addObservation(Observation.builder()
            .period(ReportingPeriod.ofYear(2014))
            .total(Measurement.ofRatio(BigDecimal.valueOf(4),
                BigDecimal.valueOf(31)))
            .build())
        .illustrative(true)
        .build();
  }

  static ActionPlan fullPlan() {
    return ActionPlan.builder()
        .id(Id.of("ornek-yesp"))
        .kind(PlanKind.STRATEGIC_PLAN)
        .title("Örnek Yerel Eşitlik Stratejik Planı")
        .scope(municipalScope())
        .addOwnerInstitutionId(GOVERNORSHIP)
        .addOwnerInstitutionId(MUNICIPALITY)
        .period(DateRange.ofYears(2013, 2017))
        .addThemes(Theme.EDUCATION, Theme.EMPLOYMENT, Theme.PARTICIPATION, Theme.VIOLENCE_AGAINST_WOMEN,
            Theme.URBAN_SERVICES)
        .addThemeExemption(exemption())
        .addProblem(problem())
        .addAim(aim())
        .addTarget(target())
        .addAction(action())
        .addIndicator(indicator())
        .addConsultation(consultation())
        .addApproval(approval())
        .addStrategicPlanLink(strategicPlanLink())
        .addRevision(revision())
        .upgradedFromPlanId(Id.of("ornek-yeep"))
        .totalBudget(Money.ofLira(630_000))
        .state(PlanState.BOARD_APPROVED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2012, 7, 6), PlanState.SITUATION_ANALYSIS, GOVERNORSHIP))
        .addHistory(LifecycleEvent.of(LocalDate.of(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING,
            GOVERNORSHIP))
        .addHistory(approvalEvent())
        .illustrative(true)
        .build();
  }

  /** The smallest valid plan: required attributes only, no history, in SITUATION_ANALYSIS. */
  static ImmutableActionPlan.Builder minimalPlan() {
    return minimalPlan(PlanState.SITUATION_ANALYSIS);
  }

  /** The smallest valid plan in {@code state}: required attributes only, no history. */
  static ImmutableActionPlan.Builder minimalPlan(PlanState state) {
    return ActionPlan.builder()
        .id(Id.of("plan"))
        .kind(PlanKind.ACTION_PLAN)
        .title("Eylem planı")
        .scope(PlanScope.ofProvince("TR-47"))
        .period(DateRange.ofYears(2013, 2017))
        .state(state);
  }
}
