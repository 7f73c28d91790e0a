package org.kdk.core.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.BoardTier;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
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
import org.kdk.core.programme.Commitment;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * The facts of DOMAIN.md §6 about Mardin, expressed in the model: the commitment of 6 July 2012, the board with
 * its upper tier, the equality units and commissions of the special provincial administration that end with the
 * metropolitan reform of 30 March 2014, the action plan's path and the strategic plan adopted by the upper tier
 * by majority on 6 August 2014. Ids, the plan's contents and the figures are illustrative and marked so.
 */
public final class MardinDataset {
  public static final LocalDate COMMITMENT = LocalDate.of(2012, 7, 6);
  public static final LocalDate YESP_ADOPTED = LocalDate.of(2014, 8, 6);
  static final Id GOVERNORSHIP = Id.of("mardin-valilik");
  static final Id SPA = Id.of("mardin-ioi");
  static final Id PROVINCIAL_COUNCIL = Id.of("mardin-igm");
  static final Id MUNICIPALITY = Id.of("mardin-belediyesi");
  static final Id METROPOLITAN = Id.of("mardin-bb");
  static final Id MUNICIPAL_COUNCIL = Id.of("mardin-belediye-meclisi");
  static final Id DIKA = Id.of("dika");
  static final Id NGO = Id.of("mardin-kadin-dernegi");
  static final Id BOARD = Id.of("mardin-ikhkk");

  private MardinDataset() {}

  public static Dataset build() {
    LocalDate reform = LawCalendar.METROPOLITAN_REFORM;
    return Dataset.builder()
        .title("Mardin — Kadın Dostu Kentler")
        .description("Facts of the programme's brief about Mardin; ids, plan contents and figures are illustrative.")
        .asOf(LocalDate.of(2015, 6, 30))
        .addInstitution(Institution.builder().id(GOVERNORSHIP).name("Mardin Valiliği")
            .kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-47").build())
        .addInstitution(Institution.builder().id(SPA).name("Mardin İl Özel İdaresi")
            .kind(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION).provinceCode("TR-47").abolishedOn(reform).build())
        .addInstitution(Institution.builder().id(PROVINCIAL_COUNCIL).name("Mardin İl Genel Meclisi")
            .kind(InstitutionKind.PROVINCIAL_COUNCIL).provinceCode("TR-47").parentId(SPA).abolishedOn(reform).build())
        .addInstitution(Institution.builder().id(Id.of("mardin-belediyesi-kurum")).name("Mardin Belediyesi")
            .kind(InstitutionKind.MUNICIPALITY).provinceCode("TR-47").municipalityId(MUNICIPALITY)
            .abolishedOn(reform).build())
        .addInstitution(Institution.builder().id(Id.of("mardin-bb-kurum")).name("Mardin Büyükşehir Belediyesi")
            .kind(InstitutionKind.MUNICIPALITY).provinceCode("TR-47").municipalityId(METROPOLITAN)
            .establishedOn(reform).build())
        .addInstitution(Institution.builder().id(MUNICIPAL_COUNCIL).name("Mardin Belediye Meclisi")
            .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode("TR-47").municipalityId(MUNICIPALITY)
            .abolishedOn(reform).build())
        .addInstitution(Institution.builder().id(DIKA).name("Dicle Kalkınma Ajansı").abbreviation("DİKA")
            .kind(InstitutionKind.DEVELOPMENT_AGENCY).build())
        .addInstitution(Institution.builder().id(NGO).name("Mardin Kadın Dayanışma Derneği (örnek)")
            .kind(InstitutionKind.WOMENS_NGO).provinceCode("TR-47").build())
        .addMunicipality(Municipality.builder().id(MUNICIPALITY).name("Mardin Belediyesi")
            .type(MunicipalityType.PROVINCE_CENTRE).provinceCode("TR-47").abolishedOn(reform)
            .successorId(METROPOLITAN).build())
        .addMunicipality(Municipality.builder().id(METROPOLITAN).name("Mardin Büyükşehir Belediyesi")
            .type(MunicipalityType.METROPOLITAN).provinceCode("TR-47").establishedOn(reform)
            .population(796_591).populationYear(Year.of(2014)).illustrative(true).build())
        .addMunicipality(Municipality.builder().id(Id.of("artuklu-belediyesi")).name("Artuklu Belediyesi")
            .type(MunicipalityType.METROPOLITAN_DISTRICT).provinceCode("TR-47").district("Artuklu")
            .establishedOn(reform).build())
        .addCommitment(Commitment.builder().id(Id.of("mardin-taahhutname")).provinceCode("TR-47")
            .signedOn(COMMITMENT).addSignatoryInstitutionId(GOVERNORSHIP)
            .addSignatoryInstitutionId(Id.of("mardin-belediyesi-kurum")).build())
        .addCoordinationBoard(CoordinationBoard.builder().id(BOARD)
            .name("Mardin İl Kadın Hakları Koordinasyon Kurulu").provinceCode("TR-47")
            .hostInstitutionId(GOVERNORSHIP).secretariatUnitId(Id.of("mardin-valilik-eb"))
            .addTiers(BoardTier.MAIN, BoardTier.UPPER)
            .addStatusHistory(StatusChange.of(LocalDate.of(2011, 10, 1), MechanismStatus.ESTABLISHED))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 7, 6), MechanismStatus.ACTIVE))
            .illustrative(true).build())
        .addEqualityUnit(EqualityUnit.builder().id(Id.of("mardin-valilik-eb")).name("Mardin Valiliği Eşitlik Birimi")
            .host(UnitHost.GOVERNORSHIP).hostInstitutionId(GOVERNORSHIP).provinceCode("TR-47")
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE)).illustrative(true)
            .build())
        .addEqualityUnit(EqualityUnit.builder().id(Id.of("mardin-ioi-eb")).name("Mardin İl Özel İdaresi Eşitlik Birimi")
            .host(UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION).hostInstitutionId(SPA).provinceCode("TR-47")
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.builder().date(reform).status(MechanismStatus.DISSOLVED)
                .reason("6360 sayılı Kanunla İl Özel İdaresi kaldırıldı").build())
            .illustrative(true).build())
        .addEqualityCommission(EqualityCommission.builder().id(Id.of("mardin-igm-kek"))
            .name("Mardin İl Genel Meclisi Kadın-Erkek Eşitlik Komisyonu").provinceCode("TR-47")
            .council(CouncilKind.PROVINCIAL_COUNCIL).councilInstitutionId(PROVINCIAL_COUNCIL)
            .term(DateRange.of(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)))
            .addStatusHistory(StatusChange.of(LocalDate.of(2013, 1, 1), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.of(reform, MechanismStatus.DISSOLVED))
            .illustrative(true).build())
        .addDecision(Decision.builder().id(Id.of("mardin-ikhkk-2012-1")).body(DecisionBody.COORDINATION_BOARD)
            .bodyId(BOARD).number("2012/1").date(LocalDate.of(2012, 12, 20))
            .subject("Mardin Yerel Eşitlik Eylem Planının onaylanması").outcome(DecisionOutcome.ADOPTED)
            .illustrative(true).build())
        .addDecision(Decision.builder().id(Id.of("mardin-ust-kurul-2014-1")).body(DecisionBody.COORDINATION_BOARD_UPPER_TIER)
            .bodyId(BOARD).date(YESP_ADOPTED).subject("Mardin Yerel Eşitlik Stratejik Planının kabulü")
            .outcome(DecisionOutcome.ADOPTED).voting(VotingMethod.MAJORITY).build())
        .addPlan(actionPlan())
        .addPlan(strategicPlan())
        .build();
  }

  static ActionPlan actionPlan() {
    Id yeep = Id.of("mardin-yeep");
    return ActionPlan.builder().id(yeep).kind(PlanKind.ACTION_PLAN).title("Mardin Yerel Eşitlik Eylem Planı")
        .scope(PlanScope.ofProvince("TR-47")).addOwnerInstitutionIds(GOVERNORSHIP, SPA, Id.of("mardin-belediyesi-kurum"))
        .period(DateRange.ofYears(2013, 2015))
        .addThemes(Theme.values())
        .addAim(Aim.of(Id.of("yeep-a1"), Theme.EMPLOYMENT, "Kadınların istihdama katılımını artırmak"))
        .addTarget(Target.of(Id.of("yeep-h1"), Id.of("yeep-a1"), "Kadın kooperatiflerini desteklemek"))
        .addAction(Action.builder().id(Id.of("yeep-f1")).targetId(Id.of("yeep-h1"))
            .title("Kadın kooperatiflerine yönelik girişimcilik eğitimi").responsibleInstitutionId(GOVERNORSHIP)
            .addCooperatingInstitutionIds(DIKA, NGO)
            .timeline(DateRange.ofYears(2013, 2014))
            .addBudget(BudgetLine.builder().amount(Money.ofLira(60_000)).fundingSource(FundingSource.OWN_BUDGET)
                .year(2013).executed(Money.ofLira(45_000)).illustrative(true).build())
            .addBudget(BudgetLine.builder().amount(Money.ofLira(40_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
                .funderInstitutionId(DIKA).year(2014).illustrative(true).build())
            .addIndicatorId(Id.of("yeep-g1"))
            .build())
        .addIndicator(Indicator.builder().id(Id.of("yeep-g1")).definition(ReferenceIndicators.of("KDK-R6-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31))
                .value(Measurement.ofRatio(BigDecimal.valueOf(2), BigDecimal.valueOf(31))).illustrative(true).build())
            .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(15)).build())
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
                .total(Measurement.ofRatio(BigDecimal.valueOf(3), BigDecimal.valueOf(31))).illustrative(true).build())
            .illustrative(true).build())
        .addConsultation(Consultation.builder().id(Id.of("yeep-c1")).date(LocalDate.of(2012, 10, 10))
            .title("Yerel Eşitlik Eylem Planı paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
            .addParticipant(ParticipantGroup.of(InstitutionKind.WOMENS_NGO, HeadCount.of(14, 1)))
            .addParticipant(ParticipantGroup.of(InstitutionKind.PROVINCIAL_DIRECTORATE, HeadCount.of(9, 12)))
            .build())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, Id.of("mardin-ikhkk-2012-1"), LocalDate.of(2012, 12, 20)))
        .state(PlanState.BOARD_APPROVED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2012, 3, 1), PlanState.SITUATION_ANALYSIS, GOVERNORSHIP))
        .addHistory(LifecycleEvent.of(LocalDate.of(2012, 9, 1), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING, GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20)).from(PlanState.DRAFTING)
            .to(PlanState.BOARD_APPROVED).actorId(BOARD).decisionId(Id.of("mardin-ikhkk-2012-1")).build())
        .illustrative(true)
        .build();
  }

  static ActionPlan strategicPlan() {
    return ActionPlan.builder().id(Id.of("mardin-yesp")).kind(PlanKind.STRATEGIC_PLAN)
        .title("Mardin Yerel Eşitlik Stratejik Planı").scope(PlanScope.ofProvince("TR-47"))
        .addOwnerInstitutionIds(GOVERNORSHIP, Id.of("mardin-bb-kurum")).period(DateRange.ofYears(2014, 2018))
        .addThemes(Theme.values()).upgradedFromPlanId(Id.of("mardin-yeep"))
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, Id.of("mardin-ust-kurul-2014-1"), YESP_ADOPTED))
        .state(PlanState.BOARD_APPROVED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2014, 4, 15), PlanState.DRAFTING, GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder().date(YESP_ADOPTED).from(PlanState.DRAFTING).to(PlanState.BOARD_APPROVED)
            .actorId(BOARD).decisionId(Id.of("mardin-ust-kurul-2014-1"))
            .reason("Üst Kurul oy çokluğuyla kabul etti").build())
        .build();
  }
}
