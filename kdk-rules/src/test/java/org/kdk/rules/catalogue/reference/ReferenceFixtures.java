package org.kdk.rules.catalogue.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.kdk.core.activity.Authority;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.LegislativeProposal;
import org.kdk.core.activity.NeighbourhoodWomensOrganisation;
import org.kdk.core.activity.ProposalStatus;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.ImmutableInstitution;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.administration.Neighbourhood;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.FocalPerson;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.SubCommission;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.Evidence;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.ImmutableAction;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Problem;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.programme.Commitment;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.rules.finding.Finding;

/**
 * A small Kars dataset in which every reference resolves: institutions, a municipality with a neighbourhood, the
 * commitment, a board with a sub-commission and a meeting, a unit, a commission, decisions, an action plan and
 * the strategic plan upgraded from it, grants, a training and a legislative proposal. Tests break one thing.
 */
final class ReferenceFixtures {
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final String KARS = "TR-36";
  static final Locale TR = Locale.forLanguageTag("tr");

  private ReferenceFixtures() {}

  static Id id(String value) {
    return Id.of(value);
  }

  static ImmutableInstitution institution(String id, InstitutionKind kind) {
    return Institution.builder().id(id(id)).name("Kurum " + id).kind(kind).provinceCode(KARS).build();
  }

  /** The action plan's only action, with every reference set. */
  static ImmutableAction action() {
    return Action.builder().id(id("yeep-f1")).targetId(id("yeep-h1")).title("Kadın kooperatiflerine eğitim")
        .responsibleInstitutionId(id("kars-valilik")).addCooperatingInstitutionIds(id("kars-stk"))
        .addBudget(BudgetLine.builder().amount(Money.ofLira(10_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
            .funderInstitutionId(id("serka")).build())
        .addIndicatorIds(id("yeep-g1")).build();
  }

  static ImmutableActionPlan actionPlan() {
    return ActionPlan.builder().id(id("kars-yeep")).kind(PlanKind.ACTION_PLAN).title("Kars YEEP")
        .scope(PlanScope.ofProvince(KARS)).addOwnerInstitutionIds(id("kars-valilik"), id("kars-belediye-kurum"))
        .period(DateRange.ofYears(2013, 2015)).addThemes(Theme.EMPLOYMENT)
        .addProblem(Problem.builder().id(id("yeep-s1")).theme(Theme.EMPLOYMENT).description("Düşük istihdam")
            .addEvidence(Evidence.builder().description("TÜİK").indicatorId(id("yeep-g1")).build()).build())
        .addAim(Aim.of(id("yeep-a1"), Theme.EMPLOYMENT, "İstihdamı artırmak"))
        .addTarget(Target.of(id("yeep-h1"), id("yeep-a1"), "Kooperatifleri desteklemek"))
        .addAction(action())
        .addIndicator(Indicator.of(id("yeep-g1"), ReferenceIndicators.of("KDK-R6-01")))
        .addConsultation(Consultation.builder().id(id("yeep-c1")).date(LocalDate.of(2012, 10, 10))
            .title("Çalıştay").format(ConsultationFormat.WORKSHOP)
            .addParticipant(ParticipantGroup.builder().kind(InstitutionKind.WOMENS_NGO).count(HeadCount.of(5, 0))
                .addInstitutionIds(id("kars-stk")).build()).build())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, id("kars-karar-1"), LocalDate.of(2012, 12, 20)))
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(id("kars-belediye-kurum"))
            .strategicPlanPeriod(DateRange.ofYears(2015, 2019)).addActionIds(id("yeep-f1")).build())
        .state(PlanState.BOARD_APPROVED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2012, 9, 1), PlanState.DRAFTING, id("kars-valilik")),
            LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20)).from(PlanState.DRAFTING)
                .to(PlanState.BOARD_APPROVED).actorId(id("kars-ikhkk")).decisionId(id("kars-karar-1")).build())
        .build();
  }

  static ImmutableActionPlan strategicPlan() {
    return ActionPlan.builder().id(id("kars-yesp")).kind(PlanKind.STRATEGIC_PLAN).title("Kars YESP")
        .scope(PlanScope.ofProvince(KARS)).addOwnerInstitutionIds(id("kars-valilik"))
        .period(DateRange.ofYears(2014, 2018)).addThemes(Theme.HEALTH)
        .addAim(Aim.of(id("yesp-a1"), Theme.HEALTH, "Sağlığa erişim"))
        .addTarget(Target.of(id("yesp-h1"), id("yesp-a1"), "Tarama"))
        .addAction(Action.builder().id(id("yesp-f1")).targetId(id("yesp-h1")).title("Tarama günleri")
            .responsibleInstitutionId(id("kars-valilik")).addIndicatorIds(id("yesp-g1")).build())
        .addIndicator(Indicator.of(id("yesp-g1"), ReferenceIndicators.of("KDK-R6-01")))
        .upgradedFromPlanId(id("kars-yeep"))
        .state(PlanState.DRAFTING)
        .build();
  }

  static ImmutableDataset.Builder builder() {
    return Dataset.builder().title("Kars — başvuru denemesi")
        .addInstitutions(
            institution("kars-valilik", InstitutionKind.GOVERNORSHIP),
            Institution.builder().id(id("kars-belediye-kurum")).name("Kars Belediyesi")
                .kind(InstitutionKind.MUNICIPALITY).provinceCode(KARS).municipalityId(id("kars-belediyesi")).build(),
            Institution.builder().id(id("kars-meclis")).name("Kars Belediye Meclisi")
                .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode(KARS).municipalityId(id("kars-belediyesi"))
                .parentId(id("kars-belediye-kurum")).build(),
            institution("kars-stk", InstitutionKind.WOMENS_NGO),
            Institution.builder().id(id("serka")).name("Serhat Kalkınma Ajansı")
                .kind(InstitutionKind.DEVELOPMENT_AGENCY).build(),
            Institution.builder().id(id("icisleri")).name("İçişleri Bakanlığı").kind(InstitutionKind.MINISTRY)
                .build())
        .addMunicipality(Municipality.builder().id(id("kars-belediyesi")).name("Kars Belediyesi")
            .type(MunicipalityType.PROVINCE_CENTRE).provinceCode(KARS).population(80_000).build())
        .addNeighbourhood(Neighbourhood.builder().id(id("kars-mahalle-1")).name("Yenimahalle")
            .municipalityId(id("kars-belediyesi")).build())
        .addCommitment(Commitment.builder().id(id("kars-taahhutname")).provinceCode(KARS)
            .signedOn(LocalDate.of(2012, 7, 6))
            .addSignatoryInstitutionIds(id("kars-valilik"), id("kars-belediye-kurum"))
            .build())
        .addCoordinationBoard(CoordinationBoard.builder().id(id("kars-ikhkk")).name("Kars İKHKK").provinceCode(KARS)
            .hostInstitutionId(id("kars-valilik")).secretariatUnitId(id("kars-valilik-eb"))
            .foundingDecisionId(id("kars-karar-0"))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 1), MechanismStatus.ACTIVE, id("kars-karar-0")))
            .addMembers(Membership.ofInstitution(id("kars-stk"), MemberRole.MEMBER))
            .addSubCommission(SubCommission.builder().id(id("kars-alt-1")).name("Erken evlilik alt komisyonu")
                .topic("Erken yaşta evlilikler").approvingDecisionId(id("kars-karar-1")).build())
            .addMeeting(Meeting.builder().id(id("kars-toplanti-1")).date(LocalDate.of(2012, 12, 20))
                .attendance(HeadCount.of(20, 10)).addDecisionIds(id("kars-karar-1")).build())
            .build())
        .addEqualityUnit(EqualityUnit.builder().id(id("kars-valilik-eb")).name("Kars Valiliği Eşitlik Birimi")
            .provinceCode(KARS).host(UnitHost.GOVERNORSHIP).hostInstitutionId(id("kars-valilik"))
            .addFocalPersons(FocalPerson.of(id("kars-belediye-kurum"))).build())
        .addEqualityCommission(EqualityCommission.builder().id(id("kars-kek")).name("Kars Belediye Meclisi KEEK")
            .provinceCode(KARS).council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(id("kars-meclis"))
            .municipalityId(id("kars-belediyesi")).build())
        .addDecisions(
            decision("kars-karar-0", DecisionBody.GOVERNOR, "kars-valilik"),
            decision("kars-karar-1", DecisionBody.COORDINATION_BOARD, "kars-ikhkk"),
            decision("kars-karar-2", DecisionBody.SUB_COMMISSION, "kars-alt-1"),
            decision("kars-karar-3", DecisionBody.MUNICIPAL_COUNCIL, "kars-meclis"))
        .addPlans(actionPlan(), strategicPlan())
        .addGrantScheme(GrantScheme.builder().id(id("kars-hibe")).name("Kars hibe programı")
            .fundingSource(FundingSource.GRANT).funderInstitutionId(id("serka")).provinceCode(KARS).build())
        .addGrantProject(GrantProject.builder().id(id("kars-proje-1")).schemeId(id("kars-hibe"))
            .granteeInstitutionId(id("kars-stk")).title("Kadın kooperatifi").amount(Money.ofLira(25_000))
            .addActionIds(id("yeep-f1"), id("yesp-f1")).provinceCode(KARS).status(GrantProjectStatus.COMPLETED)
            .build())
        .addTraining(Training.builder().id(id("kars-egitim-1")).title("Cinsiyete göre veri")
            .period(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 3, 2))).provinceCode(KARS)
            .organiserInstitutionId(id("kars-valilik")).build())
        .addNeighbourhoodOrganisation(NeighbourhoodWomensOrganisation.builder().id(id("kars-mko-1"))
            .name("Yenimahalle Kadın Grubu").neighbourhoodId(id("kars-mahalle-1"))
            .municipalityId(id("kars-belediyesi")).build())
        .addLegislativeProposal(LegislativeProposal.builder().id(id("kars-oneri-1")).title("Eşitlik komisyonu")
            .summary("Komisyonun zorunlu olması").authority(Authority.MINISTRY_OF_INTERIOR)
            .authorityInstitutionId(id("icisleri")).status(ProposalStatus.SUBMITTED)
            .submittedOn(LocalDate.of(2014, 11, 25)).build());
  }

  /** The consistent dataset. */
  static Dataset dataset() {
    return builder().build();
  }

  static Decision decision(String id, DecisionBody body, String bodyId) {
    return Decision.builder().id(id(id)).body(body).bodyId(id(bodyId)).date(LocalDate.of(2012, 12, 20))
        .subject("Karar " + id).outcome(DecisionOutcome.ADOPTED).build();
  }

  /** Asserts that both the English and the Turkish message of {@code finding} contain every value. */
  static void assertMessagesContain(Finding finding, Object... values) {
    for (Object value : values) {
      assertThat(finding.getMessage().get(Locale.ENGLISH)).contains(String.valueOf(value));
      assertThat(finding.getMessage().get(TR)).contains(String.valueOf(value));
    }
  }
}
