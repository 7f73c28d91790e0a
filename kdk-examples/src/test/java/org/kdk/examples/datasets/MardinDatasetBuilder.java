package org.kdk.examples.datasets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.kdk.core.activity.AwarenessEvent;
import org.kdk.core.activity.AwarenessEventKind;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.Training;
import org.kdk.core.activity.TrainingTopic;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.DistrictMeasurement;
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
import org.kdk.core.mechanism.FocalPerson;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.mechanism.VotingMethod;
import org.kdk.core.people.HeadCount;
import org.kdk.core.people.Person;
import org.kdk.core.people.Sex;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.Approval;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.Consultation;
import org.kdk.core.plan.ConsultationFormat;
import org.kdk.core.plan.Evidence;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Problem;
import org.kdk.core.plan.Revision;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.programme.Commitment;
import org.kdk.core.programme.Programme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * Mardin örnek veri kümesi — builds {@code kdk-examples/datasets/mardin.json}: Mardin in the Women Friendly Cities
 * programme from 2011 to the end of phase 2 (30 June 2015).
 *
 * <p>From the programme (DOMAIN.md §1, §2, §5, §6 and the programme page): Mardin joined phase 2 in 2011; the
 * governorship and the municipality signed the Official Commitment on 6 July 2012; the coordination board had an
 * upper tier (Üst Kurul); equality units in the governorship, the special provincial administration and the
 * municipality, equality commissions in the municipal and the provincial council; the action plan's path
 * (situation analysis, drafting with stakeholders, board approval at the end of 2012, council approval early in
 * 2013, entry into strategic plans, implementation with NGO grant rounds in 2013 and 2014 and development agency
 * support); Mardin became metropolitan at the local elections of 30 March 2014, so that its special provincial
 * administration and provincial council ended and the metropolitan municipality succeeded the province-centre
 * municipality; the upper tier adopted the Local Equality Strategic Plan by majority vote on 6 August 2014; the
 * ten districts; the Dicle Development Agency. Everything else — ids, exact dates, members, meetings, decision
 * numbers, the plans' contents, budgets, indicator values, trainings, grants, populations — is illustrative and
 * marked {@code illustrative: true} on every object that has the flag.
 */
public final class MardinDatasetBuilder {
  /** The day the dataset describes: the last day of programme phase 2. */
  public static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

  /** 6 July 2012: the Official Commitment (programme). */
  public static final LocalDate COMMITMENT_SIGNED = Programme.COMMITMENT_SIGNED;

  /** 30 March 2014: Mardin becomes metropolitan (Law 6360). */
  public static final LocalDate REFORM = LawCalendar.METROPOLITAN_REFORM;

  /** The last day the special provincial administration and the province-centre municipality existed. */
  public static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM.minusDays(1);

  /** 6 August 2014: the upper tier adopts the Local Equality Strategic Plan by majority vote (programme). */
  public static final LocalDate YESP_ADOPTED = LocalDate.of(2014, 8, 6);

  /** The province. */
  public static final String MARDIN = "TR-47";

  // Institutions.
  public static final Id GOVERNORSHIP = Id.of("mardin-valilik");
  public static final Id SPA = Id.of("mardin-ioi");
  public static final Id PROVINCIAL_COUNCIL = Id.of("mardin-igm");
  public static final Id MUNICIPALITY = Id.of("mardin-belediyesi-kurum");
  public static final Id MUNICIPAL_COUNCIL = Id.of("mardin-belediye-meclisi");
  public static final Id METROPOLITAN = Id.of("mardin-bb-kurum");
  public static final Id METROPOLITAN_COUNCIL = Id.of("mardin-bb-meclisi");
  static final Id HEALTH = Id.of("mardin-saglik-il-mudurlugu");
  static final Id EDUCATION = Id.of("mardin-milli-egitim-il-mudurlugu");
  static final Id FAMILY = Id.of("mardin-aile-sosyal-politikalar-il-mudurlugu");
  static final Id EMPLOYMENT_AGENCY = Id.of("mardin-calisma-is-kurumu-il-mudurlugu");
  static final Id UNIVERSITY = Id.of("mardin-artuklu-universitesi");
  static final Id BAR = Id.of("mardin-barosu");
  static final Id CHAMBER = Id.of("mardin-ticaret-sanayi-odasi");
  public static final Id DIKA = Id.of("dika");
  static final Id NGO_SOLIDARITY = Id.of("mardin-kadin-dayanisma-dernegi");
  static final Id NGO_ENTREPRENEURS = Id.of("midyat-kadin-girisimciler-dernegi");
  static final Id NGO_RIGHTS = Id.of("nusaybin-kadin-haklari-dernegi");
  static final Id GRASSROOTS = Id.of("kiziltepe-mahalle-kadinlari-grubu");
  static final Id MINISTRY = Id.of("icisleri-bakanligi");
  static final Id MIGM = Id.of("mahalli-idareler-genel-mudurlugu");
  static final Id UNFPA = Id.of("unfpa");
  static final Id UNDP = Id.of("undp");
  static final Id SIDA = Id.of("sida");

  // Municipalities.
  public static final Id MUNICIPALITY_RECORD = Id.of("mardin-belediyesi");
  public static final Id METROPOLITAN_RECORD = Id.of("mardin-bb");

  // Mechanisms.
  public static final Id BOARD = Id.of("mardin-ikhkk");
  public static final Id UNIT_GOVERNORSHIP = Id.of("mardin-valilik-eb");
  public static final Id UNIT_SPA = Id.of("mardin-ioi-eb");
  public static final Id UNIT_MUNICIPALITY = Id.of("mardin-belediyesi-eb");
  public static final Id UNIT_METROPOLITAN = Id.of("mardin-bb-eb");
  public static final Id COMMISSION_MUNICIPAL = Id.of("mardin-belediye-meclisi-kek");
  public static final Id COMMISSION_PROVINCIAL = Id.of("mardin-igm-kek");
  public static final Id COMMISSION_METROPOLITAN = Id.of("mardin-bb-meclisi-kek");

  // Decisions.
  static final Id BOARD_FOUNDED = Id.of("mardin-vali-2012-1");
  static final Id MUNICIPAL_COMMISSION_FOUNDED = Id.of("mardin-belediye-meclisi-2012-112");
  static final Id PROVINCIAL_COMMISSION_FOUNDED = Id.of("mardin-igm-2012-85");
  public static final Id BOARD_APPROVES_YEEP = Id.of("mardin-ikhkk-2012-2");
  static final Id COMMISSION_REPORTS_ON_YEEP = Id.of("mardin-belediye-meclisi-kek-2013-1");
  public static final Id MUNICIPAL_COUNCIL_APPROVES_YEEP = Id.of("mardin-belediye-meclisi-2013-15");
  public static final Id PROVINCIAL_COUNCIL_APPROVES_YEEP = Id.of("mardin-igm-2013-22");
  static final Id METROPOLITAN_COMMISSION_FOUNDED = Id.of("mardin-bb-meclisi-2014-58");
  public static final Id UPPER_TIER_ADOPTS_YESP = Id.of("mardin-ust-kurul-2014-1");

  // Plans.
  public static final Id YEEP = Id.of("mardin-yeep");
  public static final Id YESP = Id.of("mardin-yesp");

  // Grant schemes.
  static final Id GRANTS_2013 = Id.of("kdk-hibe-2013");
  static final Id GRANTS_2014 = Id.of("kdk-hibe-2014");
  static final Id DIKA_2014 = Id.of("dika-2014-sosyal-kalkinma");

  static final String DESCRIPTION = String.join("\n",
      "Mardin in the Women Friendly Cities programme (Kadın Dostu Kentler), from joining phase 2 in 2011 to the end"
          + " of phase 2 on 30 June 2015.",
      "From the programme (the programme page and the project's domain brief): Mardin joined phase 2 (April 2011 –"
          + " June 2015, Ministry of Interior with UNFPA and UNDP, funded by Sida) in 2011; the governorship and the"
          + " municipality signed the Official Commitment (Taahhütname) with its eight items on 6 July 2012; the"
          + " provincial women's rights coordination board (İKHKK) had an upper tier (Üst Kurul) and women's NGOs"
          + " among its members; equality units were set up in the governorship, the special provincial"
          + " administration and the municipality, equality commissions in the municipal council and the provincial"
          + " council; the local equality action plan (YEEP) went from situation analysis and drafting with"
          + " stakeholders, women's NGOs among them, to board approval at the end of 2012 and council approval early"
          + " in 2013, into the institutions' strategic plans and into implementation, with the programme's NGO grant"
          + " rounds of 2013 and 2014 and development agency support; at the local elections of 30 March 2014"
          + " Mardin became a metropolitan province (Law 6360), so its special provincial administration and"
          + " provincial council ended that day and Mardin Büyükşehir Belediyesi succeeded the province-centre"
          + " municipality; on 6 August 2014 the board's upper tier adopted by majority vote the Local Equality"
          + " Strategic Plan (YESP), which contains the action plan; the districts Artuklu, Dargeçit, Derik,"
          + " Kızıltepe, Mazıdağı, Midyat, Nusaybin, Ömerli, Savur and Yeşilli; the Dicle Development Agency"
          + " (DİKA, TRC3). The names of the public institutions are their official names.",
      "Illustrative (marked illustrative: true on every object that has the flag): all ids; every exact date not"
          + " named above (the board's, units' and commissions' founding days, meetings, the day of each lifecycle"
          + " step and council decision); decision numbers; members, party groups, attendance and the generic"
          + " office holders, who are no real persons; the names of the women's NGOs, marked (örnek); the plans'"
          + " problems, aims, targets, actions, responsible institutions, budgets and periods; the indicator"
          + " baselines, targets and observations (the definitions come from the SDK's reference catalogue, which is"
          + " not an official programme framework); trainings, awareness events, grant schemes and projects;"
          + " populations, shelters and strategic plan periods of the municipalities.",
      "Türkçe özet: Taahhütname tarihi (6 Temmuz 2012), kurulun Üst Kurulu, 30 Mart 2014 büyükşehir dönüşümü ve Yerel"
          + " Eşitlik Stratejik Planının 6 Ağustos 2014'te Üst Kurulca oyçokluğuyla kabulü programdan alınmıştır;"
          + " diğer tüm tarih, sayı, ad ve içerikler örnektir (illustrative).");

  private MardinDatasetBuilder() {}

  /** The dataset written to {@code datasets/mardin.json}. */
  public static Dataset build() {
    return Dataset.builder()
        .title("Mardin — Kadın Dostu Kentler 2011–2015")
        .description(DESCRIPTION)
        .asOf(AS_OF)
        .addAllInstitutions(institutions())
        .addAllMunicipalities(municipalities())
        .addCommitment(Commitment.builder().id(Id.of("mardin-taahhutname")).provinceCode(MARDIN)
            .signedOn(COMMITMENT_SIGNED).addSignatoryInstitutionIds(GOVERNORSHIP, MUNICIPALITY)
            .note("Valilik ve Belediye tarafından imzalandı; sekiz madde (program).").build())
        .addCoordinationBoard(board())
        .addAllEqualityUnits(units())
        .addAllEqualityCommissions(commissions())
        .addAllDecisions(decisions())
        .addPlan(actionPlan())
        .addPlan(strategicPlan())
        .addAllGrantSchemes(grantSchemes())
        .addAllGrantProjects(grantProjects())
        .addAllTrainings(trainings())
        .addAllAwarenessEvents(awarenessEvents())
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Institutions and municipalities

  static List<Institution> institutions() {
    return List.of(
        local(GOVERNORSHIP, "Mardin Valiliği", InstitutionKind.GOVERNORSHIP).build(),
        local(SPA, "Mardin İl Özel İdaresi", InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION)
            .abolishedOn(REFORM).build(),
        local(PROVINCIAL_COUNCIL, "Mardin İl Genel Meclisi", InstitutionKind.PROVINCIAL_COUNCIL).parentId(SPA)
            .abolishedOn(REFORM).build(),
        local(MUNICIPALITY, "Mardin Belediyesi", InstitutionKind.MUNICIPALITY).municipalityId(MUNICIPALITY_RECORD)
            .abolishedOn(REFORM).build(),
        local(MUNICIPAL_COUNCIL, "Mardin Belediye Meclisi", InstitutionKind.MUNICIPAL_COUNCIL)
            .municipalityId(MUNICIPALITY_RECORD).parentId(MUNICIPALITY).abolishedOn(REFORM).build(),
        local(METROPOLITAN, "Mardin Büyükşehir Belediyesi", InstitutionKind.MUNICIPALITY)
            .municipalityId(METROPOLITAN_RECORD).establishedOn(REFORM).build(),
        local(METROPOLITAN_COUNCIL, "Mardin Büyükşehir Belediye Meclisi", InstitutionKind.MUNICIPAL_COUNCIL)
            .municipalityId(METROPOLITAN_RECORD).parentId(METROPOLITAN).establishedOn(REFORM).build(),
        local(HEALTH, "Mardin İl Sağlık Müdürlüğü", InstitutionKind.PROVINCIAL_DIRECTORATE).build(),
        local(EDUCATION, "Mardin İl Milli Eğitim Müdürlüğü", InstitutionKind.PROVINCIAL_DIRECTORATE).build(),
        local(FAMILY, "Mardin Aile ve Sosyal Politikalar İl Müdürlüğü", InstitutionKind.PROVINCIAL_DIRECTORATE)
            .build(),
        local(EMPLOYMENT_AGENCY, "Mardin Çalışma ve İş Kurumu İl Müdürlüğü", InstitutionKind.PROVINCIAL_DIRECTORATE)
            .abbreviation("İŞKUR").build(),
        local(UNIVERSITY, "Mardin Artuklu Üniversitesi", InstitutionKind.UNIVERSITY).build(),
        local(BAR, "Mardin Barosu", InstitutionKind.BAR_ASSOCIATION).build(),
        local(CHAMBER, "Mardin Ticaret ve Sanayi Odası", InstitutionKind.PROFESSIONAL_BODY).build(),
        Institution.builder().id(DIKA).name("Dicle Kalkınma Ajansı").abbreviation("DİKA")
            .kind(InstitutionKind.DEVELOPMENT_AGENCY).build(),
        local(NGO_SOLIDARITY, "Mardin Kadın Dayanışma Derneği (örnek)", InstitutionKind.WOMENS_NGO).build(),
        local(NGO_ENTREPRENEURS, "Midyat Kadın Girişimciler Derneği (örnek)", InstitutionKind.WOMENS_NGO).build(),
        local(NGO_RIGHTS, "Nusaybin Kadın Hakları Derneği (örnek)", InstitutionKind.WOMENS_NGO).build(),
        local(GRASSROOTS, "Kızıltepe Mahalle Kadınları Grubu (örnek)", InstitutionKind.GRASSROOTS_ORGANISATION)
            .build(),
        Institution.of(MINISTRY, "İçişleri Bakanlığı", InstitutionKind.MINISTRY),
        Institution.builder().id(MIGM).name("Mahalli İdareler Genel Müdürlüğü").kind(InstitutionKind.MINISTRY)
            .parentId(MINISTRY).build(),
        Institution.builder().id(UNFPA).name("Birleşmiş Milletler Nüfus Fonu").abbreviation("UNFPA")
            .kind(InstitutionKind.UN_AGENCY).build(),
        Institution.builder().id(UNDP).name("Birleşmiş Milletler Kalkınma Programı").abbreviation("UNDP")
            .kind(InstitutionKind.UN_AGENCY).build(),
        Institution.builder().id(SIDA).name("İsveç Uluslararası Kalkınma ve İşbirliği Ajansı").abbreviation("Sida")
            .kind(InstitutionKind.INTERNATIONAL_DONOR).build());
  }

  private static org.kdk.core.administration.ImmutableInstitution.Builder local(Id id, String name,
      InstitutionKind kind) {
    return Institution.builder().id(id).name(name).kind(kind).provinceCode(MARDIN);
  }

  static List<Municipality> municipalities() {
    return List.of(
        Municipality.builder().id(MUNICIPALITY_RECORD).name("Mardin Belediyesi").type(MunicipalityType.PROVINCE_CENTRE)
            .provinceCode(MARDIN).population(86_948).populationYear(Year.of(2012))
            .addStrategicPlanPeriods(DateRange.ofYears(2010, 2014))
            .abolishedOn(REFORM).successorId(METROPOLITAN_RECORD).illustrative(true).build(),
        Municipality.builder().id(METROPOLITAN_RECORD).name("Mardin Büyükşehir Belediyesi")
            .type(MunicipalityType.METROPOLITAN).provinceCode(MARDIN).population(796_591)
            .populationYear(Year.of(2014)).shelterCount(1).addStrategicPlanPeriods(DateRange.ofYears(2015, 2019))
            .establishedOn(REFORM).illustrative(true).build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Mechanisms

  static CoordinationBoard board() {
    DateRange beforeReform = DateRange.of(LocalDate.of(2012, 7, 20), LAST_DAY_BEFORE_REFORM);
    DateRange metropolitanTerm = DateRange.of(REFORM, LocalDate.of(2019, 3, 30));
    return CoordinationBoard.builder()
        .id(BOARD)
        .name("Mardin İl Kadın Hakları Koordinasyon Kurulu")
        .provinceCode(MARDIN)
        .hostInstitutionId(GOVERNORSHIP)
        .secretariatUnitId(UNIT_GOVERNORSHIP)
        .addTiers(BoardTier.MAIN, BoardTier.UPPER)
        .establishedOn(LocalDate.of(2012, 7, 20))
        .foundingDecisionId(BOARD_FOUNDED)
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 7, 20), MechanismStatus.ESTABLISHED, BOARD_FOUNDED))
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 12), MechanismStatus.ACTIVE))
        // Kurul: public institutions, local administrations, the university, the bar, the chamber, the development
        // agency, women's NGOs and a grassroots group.
        .addMember(Membership.ofInstitution(GOVERNORSHIP, MemberRole.CHAIR))
        .addMember(Membership.builder().institutionId(SPA).role(MemberRole.MEMBER).term(beforeReform).build())
        .addMember(Membership.builder().institutionId(MUNICIPALITY).role(MemberRole.MEMBER).term(beforeReform).build())
        .addMember(Membership.builder().institutionId(METROPOLITAN).role(MemberRole.MEMBER).term(metropolitanTerm)
            .build())
        .addMember(Membership.ofInstitution(HEALTH, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(EDUCATION, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(FAMILY, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(EMPLOYMENT_AGENCY, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(UNIVERSITY, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(BAR, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(CHAMBER, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(DIKA, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(NGO_SOLIDARITY, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(NGO_ENTREPRENEURS, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(NGO_RIGHTS, MemberRole.MEMBER))
        .addMember(Membership.ofInstitution(GRASSROOTS, MemberRole.MEMBER))
        // Üst Kurul: the heads of the local administrations and a few members of the board.
        .addMember(upper(GOVERNORSHIP, MemberRole.CHAIR).build())
        .addMember(upper(SPA, MemberRole.MEMBER).term(beforeReform).build())
        .addMember(upper(MUNICIPALITY, MemberRole.MEMBER).term(beforeReform).build())
        .addMember(upper(METROPOLITAN, MemberRole.MEMBER).term(metropolitanTerm).build())
        .addMember(upper(FAMILY, MemberRole.MEMBER).build())
        .addMember(upper(UNIVERSITY, MemberRole.MEMBER).build())
        .addMember(upper(DIKA, MemberRole.MEMBER).build())
        .addMember(upper(NGO_SOLIDARITY, MemberRole.MEMBER).build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2012, 9, 12)).attendance(HeadCount.of(14, 11))
            .agenda("Kurulun çalışma esasları; il durum analizinin sonuçları").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2012, 12, 20)).attendance(HeadCount.of(16, 12))
            .addDecisionId(BOARD_APPROVES_YEEP).agenda("Yerel Eşitlik Eylem Planının onayı").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2013, 6, 18)).attendance(HeadCount.of(15, 10))
            .agenda("Eylem planının ilk izleme toplantısı").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2013, 12, 17)).attendance(HeadCount.of(13, 11))
            .agenda("2013 yılı izleme raporu; 2014 hibe turu").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2014, 6, 17)).attendance(HeadCount.of(15, 12))
            .agenda("Büyükşehir dönüşümü sonrası kurul üyeliği; Yerel Eşitlik Stratejik Planı taslağı").build())
        .addMeeting(Meeting.builder().date(YESP_ADOPTED).tier(BoardTier.UPPER).attendance(HeadCount.of(4, 6))
            .addDecisionId(UPPER_TIER_ADOPTS_YESP).agenda("Yerel Eşitlik Stratejik Planının kabulü").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2014, 12, 16)).attendance(HeadCount.of(14, 10))
            .agenda("Stratejik planın uygulama takvimi").build())
        .addMeeting(Meeting.builder().date(LocalDate.of(2015, 5, 19)).attendance(HeadCount.of(15, 9))
            .agenda("2. aşamanın kapanışı; izleme").build())
        .illustrative(true)
        .build();
  }

  private static org.kdk.core.mechanism.ImmutableMembership.Builder upper(Id institution, MemberRole role) {
    return Membership.builder().institutionId(institution).role(role).tier(BoardTier.UPPER);
  }

  static List<EqualityUnit> units() {
    return List.of(
        EqualityUnit.builder().id(UNIT_GOVERNORSHIP).name("Mardin Valiliği Eşitlik Birimi").provinceCode(MARDIN)
            .host(UnitHost.GOVERNORSHIP).hostInstitutionId(GOVERNORSHIP)
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 8, 1), MechanismStatus.ESTABLISHED))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 9, 3), MechanismStatus.ACTIVE))
            .addFocalPerson(FocalPerson.builder().institutionId(HEALTH).department("Halk Sağlığı Şubesi").build())
            .addFocalPerson(FocalPerson.builder().institutionId(EDUCATION).department("Özel Eğitim ve Rehberlik Şubesi")
                .build())
            .addFocalPerson(FocalPerson.of(FAMILY))
            .addFocalPerson(FocalPerson.of(EMPLOYMENT_AGENCY))
            .addMeeting(unitMeeting(2012, 11, 7, 6, 2))
            .addMeeting(unitMeeting(2013, 10, 9, 7, 2))
            .addMeeting(unitMeeting(2014, 10, 8, 6, 3))
            .addMeeting(unitMeeting(2015, 4, 8, 7, 2))
            .illustrative(true).build(),
        EqualityUnit.builder().id(UNIT_SPA).name("Mardin İl Özel İdaresi Eşitlik Birimi").provinceCode(MARDIN)
            .host(UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION).hostInstitutionId(SPA)
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 8, 15), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.DISSOLVED)
                .reason("6360 sayılı Kanun geçici md. 1: İl Özel İdaresi 30 Mart 2014 mahalli idareler seçimiyle"
                    + " kaldırıldı.").build())
            .addMeeting(unitMeeting(2012, 11, 14, 3, 2))
            .addMeeting(unitMeeting(2013, 10, 16, 3, 1))
            .illustrative(true).build(),
        EqualityUnit.builder().id(UNIT_MUNICIPALITY).name("Mardin Belediyesi Eşitlik Birimi").provinceCode(MARDIN)
            .host(UnitHost.MUNICIPALITY).hostInstitutionId(MUNICIPALITY)
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 8, 10), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.DISSOLVED)
                .reason("6360 sayılı Kanun geçici md. 1: Mardin Belediyesinin tüzel kişiliği sona erdi; birim Mardin"
                    + " Büyükşehir Belediyesine devredildi.").build())
            .addMeeting(unitMeeting(2012, 11, 21, 4, 1))
            .addMeeting(unitMeeting(2013, 10, 23, 4, 2))
            .illustrative(true).build(),
        EqualityUnit.builder().id(UNIT_METROPOLITAN).name("Mardin Büyükşehir Belediyesi Eşitlik Birimi")
            .provinceCode(MARDIN).host(UnitHost.MUNICIPALITY).hostInstitutionId(METROPOLITAN)
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.ESTABLISHED)
                .reason("6360 sayılı Kanun geçici md. 1: Mardin Belediyesinin birimleri ve personeli Büyükşehir"
                    + " Belediyesine geçti.").build())
            .addStatusHistory(StatusChange.of(LocalDate.of(2014, 5, 7), MechanismStatus.ACTIVE))
            .addFocalPerson(FocalPerson.builder().institutionId(METROPOLITAN).department("Fen İşleri Dairesi Başkanlığı")
                .build())
            .addFocalPerson(FocalPerson.builder().institutionId(METROPOLITAN)
                .department("Sosyal Hizmetler Dairesi Başkanlığı").build())
            .addFocalPerson(FocalPerson.builder().institutionId(METROPOLITAN)
                .department("Ulaşım Dairesi Başkanlığı").build())
            .addMeeting(unitMeeting(2014, 5, 7, 5, 2))
            .addMeeting(unitMeeting(2014, 11, 12, 6, 3))
            .addMeeting(unitMeeting(2015, 4, 15, 6, 2))
            .illustrative(true).build());
  }

  private static Meeting unitMeeting(int year, int month, int day, int women, int men) {
    return Meeting.of(LocalDate.of(year, month, day), HeadCount.of(women, men));
  }

  static List<EqualityCommission> commissions() {
    return List.of(
        EqualityCommission.builder().id(COMMISSION_MUNICIPAL)
            .name("Mardin Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu").provinceCode(MARDIN)
            .council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(MUNICIPAL_COUNCIL)
            .municipalityId(MUNICIPALITY_RECORD)
            .term(DateRange.of(LocalDate.of(2012, 10, 2), LocalDate.of(2013, 10, 1)))
            .foundingDecisionId(MUNICIPAL_COMMISSION_FOUNDED)
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 10, 2), MechanismStatus.ESTABLISHED,
                MUNICIPAL_COMMISSION_FOUNDED))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 10, 16), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.DISSOLVED)
                .reason("6360 sayılı Kanun geçici md. 1: Mardin Belediyesi ve meclisi 30 Mart 2014'te sona erdi.")
                .build())
            .addPartyGroup(PartyGroup.of("Parti A (örnek)", 15, 3))
            .addPartyGroup(PartyGroup.of("Parti B (örnek)", 8, 2))
            .addPartyGroup(PartyGroup.of("Bağımsız", 2, 0))
            .addMember(councillor("Belediye Meclis Üyesi 1 (örnek)", Sex.WOMAN, "Belediye Meclis Üyesi",
                MemberRole.CHAIR, "Parti A (örnek)"))
            .addMember(councillor("Belediye Meclis Üyesi 2 (örnek)", Sex.MAN, "Belediye Meclis Üyesi",
                MemberRole.VICE_CHAIR, "Parti B (örnek)"))
            .addMember(councillor("Belediye Meclis Üyesi 3 (örnek)", Sex.WOMAN, "Belediye Meclis Üyesi",
                MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Belediye Meclis Üyesi 4 (örnek)", Sex.MAN, "Belediye Meclis Üyesi",
                MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Belediye Meclis Üyesi 5 (örnek)", Sex.WOMAN, "Belediye Meclis Üyesi",
                MemberRole.MEMBER, "Parti B (örnek)"))
            .addMember(Membership.ofInstitution(NGO_SOLIDARITY, MemberRole.ADVISOR))
            .addMember(Membership.ofInstitution(UNIVERSITY, MemberRole.ADVISOR))
            .addMeeting(Meeting.builder().date(LocalDate.of(2012, 10, 16)).attendance(HeadCount.of(3, 2))
                .agenda("Başkan ve başkan vekili seçimi").build())
            .addMeeting(Meeting.builder().date(LocalDate.of(2013, 1, 22)).attendance(HeadCount.of(4, 2))
                .addDecisionId(COMMISSION_REPORTS_ON_YEEP).agenda("Yerel Eşitlik Eylem Planı hakkında rapor").build())
            .addMeeting(Meeting.of(LocalDate.of(2013, 6, 11), HeadCount.of(3, 1)))
            .addMeeting(Meeting.of(LocalDate.of(2013, 11, 12), HeadCount.of(3, 2)))
            .illustrative(true).build(),
        EqualityCommission.builder().id(COMMISSION_PROVINCIAL)
            .name("Mardin İl Genel Meclisi Kadın-Erkek Eşitlik Komisyonu").provinceCode(MARDIN)
            .council(CouncilKind.PROVINCIAL_COUNCIL).councilInstitutionId(PROVINCIAL_COUNCIL)
            .term(DateRange.of(LocalDate.of(2012, 11, 5), LocalDate.of(2013, 11, 4)))
            .foundingDecisionId(PROVINCIAL_COMMISSION_FOUNDED)
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 11, 5), MechanismStatus.ESTABLISHED,
                PROVINCIAL_COMMISSION_FOUNDED))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 11, 20), MechanismStatus.ACTIVE))
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.DISSOLVED)
                .reason("6360 sayılı Kanun geçici md. 1: İl Genel Meclisi 30 Mart 2014 mahalli idareler seçimiyle"
                    + " kaldırıldı.").build())
            .addPartyGroup(PartyGroup.of("Parti A (örnek)", 18, 3))
            .addPartyGroup(PartyGroup.of("Parti B (örnek)", 12, 2))
            .addPartyGroup(PartyGroup.of("Bağımsız", 1, 0))
            .addMember(councillor("İl Genel Meclisi Üyesi 1 (örnek)", Sex.WOMAN, "İl Genel Meclisi Üyesi",
                MemberRole.CHAIR, "Parti A (örnek)"))
            .addMember(councillor("İl Genel Meclisi Üyesi 2 (örnek)", Sex.MAN, "İl Genel Meclisi Üyesi",
                MemberRole.VICE_CHAIR, "Parti A (örnek)"))
            .addMember(councillor("İl Genel Meclisi Üyesi 3 (örnek)", Sex.MAN, "İl Genel Meclisi Üyesi",
                MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("İl Genel Meclisi Üyesi 4 (örnek)", Sex.WOMAN, "İl Genel Meclisi Üyesi",
                MemberRole.MEMBER, "Parti B (örnek)"))
            .addMember(councillor("İl Genel Meclisi Üyesi 5 (örnek)", Sex.MAN, "İl Genel Meclisi Üyesi",
                MemberRole.MEMBER, "Parti B (örnek)"))
            .addMeeting(Meeting.builder().date(LocalDate.of(2012, 11, 20)).attendance(HeadCount.of(2, 3))
                .agenda("Başkan ve başkan vekili seçimi").build())
            .addMeeting(Meeting.of(LocalDate.of(2013, 2, 5), HeadCount.of(2, 2)))
            .addMeeting(Meeting.of(LocalDate.of(2013, 10, 15), HeadCount.of(2, 3)))
            .illustrative(true).build(),
        EqualityCommission.builder().id(COMMISSION_METROPOLITAN)
            .name("Mardin Büyükşehir Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu").provinceCode(MARDIN)
            .council(CouncilKind.MUNICIPAL_COUNCIL).councilInstitutionId(METROPOLITAN_COUNCIL)
            .municipalityId(METROPOLITAN_RECORD)
            .term(DateRange.of(LocalDate.of(2014, 4, 14), LocalDate.of(2015, 4, 13)))
            .foundingDecisionId(METROPOLITAN_COMMISSION_FOUNDED)
            .addStatusHistory(StatusChange.of(LocalDate.of(2014, 4, 14), MechanismStatus.ESTABLISHED,
                METROPOLITAN_COMMISSION_FOUNDED))
            .addStatusHistory(StatusChange.of(LocalDate.of(2014, 5, 12), MechanismStatus.ACTIVE))
            .addPartyGroup(PartyGroup.of("Parti A (örnek)", 41, 5))
            .addPartyGroup(PartyGroup.of("Parti B (örnek)", 18, 2))
            .addPartyGroup(PartyGroup.of("Bağımsız", 2, 0))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 1 (örnek)", Sex.WOMAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.CHAIR, "Parti A (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 2 (örnek)", Sex.WOMAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.VICE_CHAIR, "Parti B (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 3 (örnek)", Sex.MAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 4 (örnek)", Sex.WOMAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 5 (örnek)", Sex.MAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 6 (örnek)", Sex.WOMAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.MEMBER, "Parti A (örnek)"))
            .addMember(councillor("Büyükşehir Belediye Meclis Üyesi 7 (örnek)", Sex.MAN,
                "Büyükşehir Belediye Meclis Üyesi", MemberRole.MEMBER, "Parti B (örnek)"))
            .addMember(Membership.ofInstitution(NGO_SOLIDARITY, MemberRole.ADVISOR))
            .addMeeting(Meeting.builder().date(LocalDate.of(2014, 5, 12)).attendance(HeadCount.of(4, 3))
                .agenda("Başkan ve başkan vekili seçimi; Mardin Belediyesi komisyonunun çalışmalarının devri").build())
            .addMeeting(Meeting.of(LocalDate.of(2014, 11, 11), HeadCount.of(4, 2)))
            .addMeeting(Meeting.of(LocalDate.of(2015, 4, 14), HeadCount.of(3, 2)))
            .illustrative(true).build());
  }

  private static Membership councillor(String name, Sex sex, String office, MemberRole role, String group) {
    return Membership.builder().person(Person.ofOfficeHolder(name, sex, office)).role(role).partyGroup(group).build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Decisions

  static List<Decision> decisions() {
    return List.of(
        Decision.builder().id(BOARD_FOUNDED).body(DecisionBody.GOVERNOR).bodyId(GOVERNORSHIP).number("2012/1")
            .date(LocalDate.of(2012, 7, 20)).subject("Mardin İl Kadın Hakları Koordinasyon Kurulunun kurulması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(MUNICIPAL_COMMISSION_FOUNDED).body(DecisionBody.MUNICIPAL_COUNCIL)
            .bodyId(MUNICIPAL_COUNCIL).number("2012/112").date(LocalDate.of(2012, 10, 2))
            .subject("Kadın-Erkek Eşitlik Komisyonunun bir yıl görev yapmak üzere kurulması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(PROVINCIAL_COMMISSION_FOUNDED).body(DecisionBody.PROVINCIAL_COUNCIL)
            .bodyId(PROVINCIAL_COUNCIL).number("2012/85").date(LocalDate.of(2012, 11, 5))
            .subject("Kadın-Erkek Eşitlik Komisyonunun bir yıl görev yapmak üzere kurulması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(BOARD_APPROVES_YEEP).body(DecisionBody.COORDINATION_BOARD).bodyId(BOARD)
            .number("2012/2").date(LocalDate.of(2012, 12, 20))
            .subject("Mardin Yerel Eşitlik Eylem Planının (2013–2015) onaylanması").outcome(DecisionOutcome.ADOPTED)
            .illustrative(true).build(),
        Decision.builder().id(COMMISSION_REPORTS_ON_YEEP).body(DecisionBody.EQUALITY_COMMISSION)
            .bodyId(COMMISSION_MUNICIPAL).number("2013/1").date(LocalDate.of(2013, 1, 22))
            .subject("Yerel Eşitlik Eylem Planının meclise onaylanmak üzere olumlu raporla sunulması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(MUNICIPAL_COUNCIL_APPROVES_YEEP).body(DecisionBody.MUNICIPAL_COUNCIL)
            .bodyId(MUNICIPAL_COUNCIL).number("2013/15").date(LocalDate.of(2013, 2, 5))
            .subject("Mardin Yerel Eşitlik Eylem Planının onaylanması ve belediyenin sorumlu olduğu faaliyetlere"
                + " 2013 bütçesinden ödenek ayrılması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(PROVINCIAL_COUNCIL_APPROVES_YEEP).body(DecisionBody.PROVINCIAL_COUNCIL)
            .bodyId(PROVINCIAL_COUNCIL).number("2013/22").date(LocalDate.of(2013, 2, 12))
            .subject("Mardin Yerel Eşitlik Eylem Planının onaylanması ve il özel idaresinin sorumlu olduğu"
                + " faaliyetlere 2013 bütçesinden ödenek ayrılması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(METROPOLITAN_COMMISSION_FOUNDED).body(DecisionBody.MUNICIPAL_COUNCIL)
            .bodyId(METROPOLITAN_COUNCIL).number("2014/58").date(LocalDate.of(2014, 4, 14))
            .subject("Büyükşehir Belediye Meclisinde Kadın-Erkek Eşitlik Komisyonunun bir yıl görev yapmak üzere"
                + " kurulması")
            .outcome(DecisionOutcome.ADOPTED).illustrative(true).build(),
        Decision.builder().id(UPPER_TIER_ADOPTS_YESP).body(DecisionBody.COORDINATION_BOARD_UPPER_TIER).bodyId(BOARD)
            .date(YESP_ADOPTED).subject("Mardin Yerel Eşitlik Stratejik Planının kabulü")
            .outcome(DecisionOutcome.ADOPTED).voting(VotingMethod.MAJORITY).build());
  }

  // ---------------------------------------------------------------------------------------------------------
  // The action plan (YEEP)

  private static Id yeep(String part) {
    return Id.of("mardin-yeep-" + part);
  }

  static ActionPlan actionPlan() {
    return ActionPlan.builder()
        .id(YEEP)
        .kind(PlanKind.ACTION_PLAN)
        .title("Mardin Yerel Eşitlik Eylem Planı 2013–2015")
        .scope(PlanScope.ofProvince(MARDIN))
        .addOwnerInstitutionIds(GOVERNORSHIP, SPA, MUNICIPALITY)
        .period(DateRange.ofYears(2013, 2015))
        .addThemes(Theme.values())
        .addProblem(Problem.builder().id(yeep("s1")).theme(Theme.EMPLOYMENT)
            .description("Kadınların işgücüne katılımı düşüktür; ücretsiz aile işçiliği ve kayıt dışı çalışma yaygındır.")
            .addEvidence(Evidence.builder()
                .description("Kadınların işgücüne katılım oranı erkeklerinkinin yarısının altındadır.")
                .source("Mardin İl Durum Analizi (örnek)").year(2012).build())
            .build())
        .addProblem(Problem.builder().id(yeep("s2")).theme(Theme.PARTICIPATION)
            .description("Belediye meclisinde ve il genel mecliste kadın üye çok azdır.")
            .addEvidence(Evidence.builder().description("56 meclis üyesinden 2'si kadındır.")
                .source("Mardin İl Durum Analizi (örnek)").year(2012).indicatorId(yeep("g4")).build())
            .build())
        .addProblem(Problem.builder().id(yeep("s3")).theme(Theme.VIOLENCE_AGAINST_WOMEN)
            .description("Şiddete uğrayan kadınlar destek hizmetlerini bilmemekte ve bunlara ulaşamamaktadır.")
            .addEvidence(Evidence.builder()
                .description("Tutum araştırmasında katılımcıların yarıdan fazlası şiddetin hiçbir koşulda kabul"
                    + " edilemez olduğunu belirtmiştir; erkeklerde bu oran kadınlardan düşüktür.")
                .source("İl geneli tutum araştırması (örnek)").year(2012).indicatorId(yeep("g8")).build())
            .build())
        .addProblem(Problem.builder().id(yeep("s4")).theme(Theme.EDUCATION)
            .description("Kırsal mahallelerde kız çocuklarının ortaöğretime devamı düşüktür.")
            .addEvidence(Evidence.of("Okul aile birlikleri toplantılarında annelerin katılımı sınırlıdır (örnek)."))
            .build())
        .addAim(Aim.of(yeep("a1"), Theme.EDUCATION,
            "Kız çocuklarının eğitime katılımını ve toplumsal cinsiyet eşitliği bilincini artırmak"))
        .addAim(Aim.of(yeep("a2"), Theme.HEALTH, "Kadınların sağlık hizmetlerine erişimini artırmak"))
        .addAim(Aim.of(yeep("a3"), Theme.EMPLOYMENT, "Kadınların istihdama ve ekonomik hayata katılımını artırmak"))
        .addAim(Aim.of(yeep("a4"), Theme.PARTICIPATION,
            "Kadınların yerel karar alma süreçlerine katılımını artırmak ve eşitlik mekanizmalarını güçlendirmek"))
        .addAim(Aim.of(yeep("a5"), Theme.VIOLENCE_AGAINST_WOMEN,
            "Kadına yönelik şiddeti önlemek ve şiddete uğrayan kadınların desteğe erişimini kolaylaştırmak"))
        .addAim(Aim.of(yeep("a6"), Theme.URBAN_SERVICES,
            "Kentsel hizmetleri ve kamusal alanları kadınların ihtiyaçlarına duyarlı hale getirmek"))
        .addTarget(Target.of(yeep("h1"), yeep("a1"), "Okul aile birlikleri aracılığıyla ebeveynlerin farkındalığını"
            + " artırmak"))
        .addTarget(Target.of(yeep("h2"), yeep("a2"), "Kırsal mahallelerde kadın sağlığı bilgilendirmesini"
            + " yaygınlaştırmak"))
        .addTarget(Target.of(yeep("h3"), yeep("a3"), "Kadın kooperatiflerini ve kadın girişimciliğini desteklemek"))
        .addTarget(Target.of(yeep("h4"), yeep("a4"), "Valilik, il özel idaresi ve belediyede eşitlik birimlerini"
            + " kurmak ve uzman kapasitesini geliştirmek"))
        .addTarget(Target.of(yeep("h5"), yeep("a4"), "Eylem planı faaliyetlerini kurum bütçelerine yansıtmak"))
        .addTarget(Target.of(yeep("h6"), yeep("a4"), "Yerel meclislerde kadın temsilini artırmak"))
        .addTarget(Target.of(yeep("h7"), yeep("a5"), "Şiddetle mücadelede toplumsal farkındalığı artırmak"))
        .addTarget(Target.of(yeep("h8"), yeep("a6"), "Kadınların güvenle kullanabildiği kamusal alanları artırmak"))
        .addAction(action("f1", "h1", "Okul aile birliklerinde toplumsal cinsiyet eşitliği seminerleri", EDUCATION,
            DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2014, 6, 30)), GenderMarker.SIGNIFICANT)
            .addCooperatingInstitutionIds(FAMILY, NGO_SOLIDARITY)
            .addBudget(ownBudget(15_000, 2013, 14_200))
            .addIndicatorId(yeep("g5")).build())
        .addAction(action("f2", "h2", "Kırsal mahallelerde gezici kadın sağlığı eğitimleri", HEALTH,
            DateRange.of(LocalDate.of(2013, 4, 1), LocalDate.of(2014, 12, 31)), GenderMarker.SIGNIFICANT)
            .addCooperatingInstitutionIds(MUNICIPALITY, GRASSROOTS)
            .addBudget(ownBudget(20_000, 2013, 18_500))
            .addBudget(ownBudget(20_000, 2014, 19_000))
            .addIndicatorId(yeep("g5")).build())
        .addAction(action("f3", "h3", "Kadın kooperatiflerine girişimcilik ve pazarlama eğitimi", GOVERNORSHIP,
            DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2014, 12, 31)), GenderMarker.PRINCIPAL)
            .strategy("Kadın kooperatiflerinin ürünlerini pazara ulaştırmak için DİKA ve İŞKUR ile birlikte çalışmak")
            .addCooperatingInstitutionIds(DIKA, EMPLOYMENT_AGENCY, NGO_ENTREPRENEURS)
            .addBudget(ownBudget(30_000, 2013, 27_000))
            .addBudget(BudgetLine.builder().description("DİKA Sosyal Kalkınma Mali Destek Programı")
                .amount(Money.ofLira(40_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY).funderInstitutionId(DIKA)
                .year(2014).executed(Money.ofLira(40_000)).illustrative(true).build())
            .addIndicatorId(yeep("g6")).build())
        .addAction(action("f4", "h3", "Kadın STK'larının istihdam ve dayanışma projelerine hibe desteği",
            GOVERNORSHIP, DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2015, 6, 30)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(UNFPA, UNDP, NGO_ENTREPRENEURS, NGO_RIGHTS, NGO_SOLIDARITY)
            .addBudget(BudgetLine.builder().description("Kadın Dostu Kentler STK hibe programı, 1. tur")
                .amount(Money.ofLira(85_000)).fundingSource(FundingSource.GRANT).funderInstitutionId(SIDA).year(2013)
                .executed(Money.ofLira(85_000)).illustrative(true).build())
            .addBudget(BudgetLine.builder().description("Kadın Dostu Kentler STK hibe programı, 2. tur")
                .amount(Money.ofLira(35_000)).fundingSource(FundingSource.GRANT).funderInstitutionId(SIDA).year(2014)
                .executed(Money.ofLira(35_000)).illustrative(true).build())
            .addIndicatorId(yeep("g6")).build())
        .addAction(action("f5", "h4", "Valilik, il özel idaresi ve belediyede eşitlik birimlerinin kurulması ve"
            + " personel görevlendirilmesi", GOVERNORSHIP, DateRange.ofYears(2013, 2013), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(SPA, MUNICIPALITY)
            .addBudget(ownBudget(10_000, 2013, 9_000))
            .addIndicatorId(yeep("g2")).build())
        .addAction(action("f6", "h4", "Kurum uzmanlarına cinsiyete göre ayrıştırılmış veri eğitimi", GOVERNORSHIP,
            DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2014, 12, 31)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(UNIVERSITY, MIGM)
            .addBudget(ownBudget(8_000, 2013, 7_500))
            .addBudget(ownBudget(8_000, 2014, 8_000))
            .addIndicatorId(yeep("g1")).build())
        .addAction(action("f7", "h5", "Eylem planı faaliyetleri için meclis kararlarıyla ödenek ayrılması"
            + " (toplumsal cinsiyete duyarlı bütçeleme)", MUNICIPALITY, DateRange.ofYears(2013, 2013),
            GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(SPA, UNIVERSITY)
            .addBudget(ownBudget(5_000, 2013, 5_000))
            .addIndicatorId(yeep("g3")).build())
        .addAction(action("f8", "h6", "Kadın meclis üyesi adaylarına yerel yönetimler ve liderlik eğitimi",
            UNIVERSITY, DateRange.of(LocalDate.of(2013, 9, 1), LocalDate.of(2014, 2, 28)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(NGO_RIGHTS, NGO_SOLIDARITY)
            .addBudget(ownBudget(6_000, 2013, 6_000))
            .addIndicatorId(yeep("g4")).build())
        .addAction(action("f9", "h7", "25 Kasım ve 8 Mart kampanyaları; erkeklere yönelik farkındalık seminerleri",
            FAMILY, DateRange.of(LocalDate.of(2013, 11, 1), LocalDate.of(2015, 3, 31)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(BAR, NGO_RIGHTS, MUNICIPALITY)
            .addBudget(ownBudget(12_000, 2013, 11_000))
            .addBudget(ownBudget(12_000, 2014, 12_000))
            .addIndicatorIds(yeep("g8"), yeep("g5")).build())
        .addAction(action("f10", "h8", "Kadınlarla güvenlik yürüyüşleri ve kamusal alanlarda aydınlatma"
            + " iyileştirmesi", MUNICIPALITY, DateRange.of(LocalDate.of(2013, 5, 1), LAST_DAY_BEFORE_REFORM),
            GenderMarker.SIGNIFICANT)
            .addCooperatingInstitutionIds(NGO_SOLIDARITY, GRASSROOTS)
            .addBudget(ownBudget(45_000, 2013, 41_000))
            .addIndicatorId(yeep("g7")).build())
        .addIndicator(Indicator.builder().id(yeep("g1")).definition(ReferenceIndicators.of("KDK-R1-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                .women(Measurement.of(0)).men(Measurement.of(0)).illustrative(true).build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(4)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(5)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(5)))
            .addObservation(people(2013, 3, 1, "Eğitim katılım listeleri"))
            .addObservation(people(2014, 3, 2, "Eğitim katılım listeleri"))
            .dataSource("Eğitim katılım listeleri").meansOfVerification("İmzalı katılım listeleri ve sertifikalar")
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g2")).definition(ReferenceIndicators.of("KDK-R1-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 6, 30)).value(Measurement.of(0)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(3)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(3)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(3))
                .source("Valilik, il özel idaresi ve belediye görevlendirme onayları").illustrative(true).build())
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(2))
                .source("Valilik ve büyükşehir belediyesi görevlendirme onayları")
                .note("İl özel idaresi 30 Mart 2014'te kaldırıldı; Mardin Belediyesinin birimi Büyükşehir"
                    + " Belediyesine geçti.")
                .illustrative(true).build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g3")).definition(ReferenceIndicators.of("KDK-R2-03"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(40_000)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(60_000)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(50_000))
                .source("Belediye meclisi kararı 2013/15 ve il genel meclisi kararı 2013/22").illustrative(true)
                .build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g4")).definition(ReferenceIndicators.of("KDK-R6-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.ofRatio(2, 56))
                .source("Mardin Belediye Meclisi (25) ve İl Genel Meclisi (31) üye listeleri").illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(8)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
                .total(Measurement.ofRatio(5, 61)).source("Mardin Büyükşehir Belediye Meclisi üye listesi")
                .note("30 Mart 2014 seçimlerinden sonra: il genel meclisi kaldırıldı, büyükşehir belediye meclisi"
                    + " kuruldu.")
                .illustrative(true).build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g5")).definition(ReferenceIndicators.of("KDK-R4-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                .women(Measurement.of(0)).men(Measurement.of(0)).illustrative(true).build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(800)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(1_200)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(1_200)))
            .addObservation(people(2013, 640, 220, "Etkinlik katılım listeleri"))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(1_240))
                .women(Measurement.of(905)).men(Measurement.of(335))
                .addDistrict(district("Artuklu", 250))
                .addDistrict(district("Dargeçit", 70))
                .addDistrict(district("Derik", 90))
                .addDistrict(district("Kızıltepe", 230))
                .addDistrict(district("Mazıdağı", 70))
                .addDistrict(district("Midyat", 160))
                .addDistrict(district("Nusaybin", 150))
                .addDistrict(district("Ömerli", 60))
                .addDistrict(district("Savur", 80))
                .addDistrict(district("Yeşilli", 80))
                .source("Etkinlik katılım listeleri").illustrative(true).build())
            .dataSource("Etkinlik katılım listeleri").illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g6")).definition(ReferenceIndicators.of("KDK-R5-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(2)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(4)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(2))
                .source("Hibe sözleşmeleri ve kapanış raporları").illustrative(true).build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g7")).definition(ReferenceIndicators.of("KDK-R7-03"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(2)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(4)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(3))
                .source("Belediye fen işleri kayıtları").illustrative(true).build())
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(4))
                .source("Belediye fen işleri kayıtları").illustrative(true).build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yeep("g8")).definition(ReferenceIndicators.of("KDK-R4-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2012, 6, 30)).value(Measurement.of(new BigDecimal("58.0")))
                .women(Measurement.of(new BigDecimal("64.0"))).men(Measurement.of(new BigDecimal("51.0")))
                .source("İl geneli tutum araştırması (örnek)").illustrative(true).build())
            .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2014)).value(Measurement.of(65))
                .women(Measurement.of(70)).men(Measurement.of(60)).build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(70)))
            .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
                .total(Measurement.of(new BigDecimal("63.5"))).women(Measurement.of(new BigDecimal("69.0")))
                .men(Measurement.of(new BigDecimal("57.5"))).source("İl geneli tutum araştırması, 2. dalga (örnek)")
                .illustrative(true).build())
            .illustrative(true).build())
        .addConsultation(Consultation.builder().id(yeep("c1")).date(LocalDate.of(2012, 2, 22))
            .title("İl durum analizi ve sorun tespiti çalıştayı").format(ConsultationFormat.WORKSHOP)
            .addParticipant(group(InstitutionKind.GOVERNORSHIP, 3, 4, GOVERNORSHIP))
            .addParticipant(group(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION, 1, 3, SPA))
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 3, MUNICIPALITY))
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 6, 8, HEALTH, EDUCATION, FAMILY,
                EMPLOYMENT_AGENCY))
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 14, 0, NGO_SOLIDARITY, NGO_ENTREPRENEURS, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.GRASSROOTS_ORGANISATION, 5, 0, GRASSROOTS))
            .addParticipant(group(InstitutionKind.UNIVERSITY, 2, 1, UNIVERSITY))
            .addParticipant(group(InstitutionKind.DEVELOPMENT_AGENCY, 1, 1, DIKA))
            .build())
        .addConsultation(Consultation.builder().id(yeep("c2")).date(LocalDate.of(2012, 10, 10))
            .title("Yerel Eşitlik Eylem Planı taslak yazım çalıştayı").format(ConsultationFormat.WORKSHOP)
            .addParticipant(group(InstitutionKind.GOVERNORSHIP, 2, 3, GOVERNORSHIP))
            .addParticipant(group(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION, 1, 2, SPA))
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 2, MUNICIPALITY))
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 5, 7, HEALTH, EDUCATION, FAMILY,
                EMPLOYMENT_AGENCY))
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 11, 1, NGO_SOLIDARITY, NGO_ENTREPRENEURS, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.UNIVERSITY, 1, 1, UNIVERSITY))
            .addParticipant(group(InstitutionKind.BAR_ASSOCIATION, 1, 1, BAR))
            .addParticipant(group(InstitutionKind.PROFESSIONAL_BODY, 0, 2, CHAMBER))
            .addParticipant(group(InstitutionKind.DEVELOPMENT_AGENCY, 1, 0, DIKA))
            .build())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, BOARD_APPROVES_YEEP, LocalDate.of(2012, 12, 20)))
        .addApproval(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, MUNICIPAL_COUNCIL_APPROVES_YEEP,
            LocalDate.of(2013, 2, 5)))
        .addApproval(Approval.of(DecisionBody.PROVINCIAL_COUNCIL, PROVINCIAL_COUNCIL_APPROVES_YEEP,
            LocalDate.of(2013, 2, 12)))
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(MUNICIPALITY)
            .strategicPlanPeriod(DateRange.ofYears(2010, 2014)).performanceProgrammeYear(2013)
            .reference("2013 Performans Programı, sosyal hizmetler ve fen işleri faaliyetleri (örnek)")
            .addActionIds(yeep("f7"), yeep("f10")).build())
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(SPA)
            .strategicPlanPeriod(DateRange.ofYears(2010, 2014)).performanceProgrammeYear(2013)
            .reference("2013 Performans Programı, kurumsal kapasite faaliyetleri (örnek)")
            .addActionIds(yeep("f5")).build())
        .addRevision(Revision.builder().number(1).date(YESP_ADOPTED)
            .reason("Eylem planı, Üst Kurulun 6 Ağustos 2014'te oyçokluğuyla kabul ettiği Yerel Eşitlik Stratejik"
                + " Planına dahil edildi.")
            .decisionId(UPPER_TIER_ADOPTS_YESP).build())
        .state(PlanState.IMPLEMENTING)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2011, 11, 15), PlanState.SITUATION_ANALYSIS, GOVERNORSHIP))
        .addHistory(LifecycleEvent.of(LocalDate.of(2012, 4, 2), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING,
            GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2012, 12, 20)).from(PlanState.DRAFTING)
            .to(PlanState.BOARD_APPROVED).actorId(BOARD).decisionId(BOARD_APPROVES_YEEP).build())
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2013, 2, 5)).from(PlanState.BOARD_APPROVED)
            .to(PlanState.COUNCIL_APPROVED).actorId(MUNICIPAL_COUNCIL).decisionId(MUNICIPAL_COUNCIL_APPROVES_YEEP)
            .reason("İl Genel Meclisi de 12 Şubat 2013'te onayladı (karar 2013/22).").build())
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2013, 4, 1)).from(PlanState.COUNCIL_APPROVED)
            .to(PlanState.INTEGRATED).actorId(MUNICIPALITY)
            .reason("Faaliyetler belediyenin ve il özel idaresinin 2013 performans programlarına alındı.").build())
        .addHistory(LifecycleEvent.of(LocalDate.of(2013, 6, 3), PlanState.INTEGRATED, PlanState.IMPLEMENTING,
            GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2014, 4, 15)).from(PlanState.IMPLEMENTING)
            .to(PlanState.UNDER_REVIEW).actorId(BOARD)
            .reason("Büyükşehir dönüşümünden sonra plan gözden geçirildi ve Yerel Eşitlik Stratejik Planına"
                + " yükseltilmesi için çalışma başladı.").build())
        .addHistory(LifecycleEvent.builder().date(YESP_ADOPTED).from(PlanState.UNDER_REVIEW)
            .to(PlanState.IMPLEMENTING).actorId(BOARD).decisionId(UPPER_TIER_ADOPTS_YESP)
            .reason("Eylem planı, Üst Kurulca oyçokluğuyla kabul edilen Yerel Eşitlik Stratejik Planının parçası"
                + " olarak uygulanmaya devam ediyor.").build())
        .illustrative(true)
        .build();
  }

  private static org.kdk.core.plan.ImmutableAction.Builder action(String id, String target, String title,
      Id responsible, DateRange timeline, GenderMarker marker) {
    return Action.builder().id(yeep(id)).targetId(yeep(target)).title(title).responsibleInstitutionId(responsible)
        .timeline(timeline).genderMarker(marker);
  }

  private static BudgetLine ownBudget(long amount, int year, long executed) {
    return BudgetLine.builder().amount(Money.ofLira(amount)).fundingSource(FundingSource.OWN_BUDGET).year(year)
        .executed(Money.ofLira(executed)).illustrative(true).build();
  }

  private static BudgetLine ownBudget(long amount, int year) {
    return BudgetLine.builder().amount(Money.ofLira(amount)).fundingSource(FundingSource.OWN_BUDGET).year(year)
        .illustrative(true).build();
  }

  private static Observation people(int year, int women, int men, String source) {
    return Observation.builder().period(ReportingPeriod.ofYear(year)).total(Measurement.of(women + men))
        .women(Measurement.of(women)).men(Measurement.of(men)).source(source).illustrative(true).build();
  }

  private static DistrictMeasurement district(String name, long value) {
    return DistrictMeasurement.of(name, Measurement.of(value));
  }

  private static ParticipantGroup group(InstitutionKind kind, int women, int men, Id... institutions) {
    return ParticipantGroup.builder().kind(kind).count(HeadCount.of(women, men)).addInstitutionIds(institutions)
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The strategic plan (YESP)

  private static Id yesp(String part) {
    return Id.of("mardin-yesp-" + part);
  }

  static ActionPlan strategicPlan() {
    return ActionPlan.builder()
        .id(YESP)
        .kind(PlanKind.STRATEGIC_PLAN)
        .title("Mardin Yerel Eşitlik Stratejik Planı 2014–2018")
        .scope(PlanScope.ofProvince(MARDIN))
        .addOwnerInstitutionIds(GOVERNORSHIP, METROPOLITAN)
        .period(DateRange.ofYears(2014, 2018))
        .addThemes(Theme.values())
        .upgradedFromPlanId(YEEP)
        .addAim(Aim.of(yesp("a1"), Theme.EDUCATION, "Kız çocuklarının ortaöğretime geçişini ve devamını sağlamak"))
        .addAim(Aim.of(yesp("a2"), Theme.HEALTH, "Kadın sağlığı hizmetlerini ilçelere yaymak"))
        .addAim(Aim.of(yesp("a3"), Theme.EMPLOYMENT, "Kadın kooperatiflerini ve girişimlerini kalıcı kılmak"))
        .addAim(Aim.of(yesp("a4"), Theme.PARTICIPATION, "Eşitlik mekanizmalarını büyükşehir ve ilçe belediyelerine"
            + " yaymak ve bütçelere yansıtmak"))
        .addAim(Aim.of(yesp("a5"), Theme.VIOLENCE_AGAINST_WOMEN, "Şiddete uğrayan kadınların hizmetlere erişimini"
            + " güçlendirmek"))
        .addAim(Aim.of(yesp("a6"), Theme.URBAN_SERVICES, "Toplu taşımayı ve kamusal alanları kadınlar için güvenli"
            + " ve erişilebilir kılmak"))
        .addTarget(Target.of(yesp("h1"), yesp("a1"), "Kırsal mahallelerdeki kız öğrencilere burs ve rehberlik"))
        .addTarget(Target.of(yesp("h2"), yesp("a2"), "İlçelerde kadın sağlığı danışma noktaları"))
        .addTarget(Target.of(yesp("h3"), yesp("a3"), "Kadın kooperatiflerine kalıcı satış noktaları"))
        .addTarget(Target.of(yesp("h4"), yesp("a4"), "İlçe belediyelerinde eşitlik birimleri ve meclis"
            + " komisyonları"))
        .addTarget(Target.of(yesp("h5"), yesp("a4"), "Büyükşehir belediyesinin stratejik planında ve bütçesinde"
            + " eşitlik hedefleri"))
        .addTarget(Target.of(yesp("h6"), yesp("a5"), "ŞÖNİM ile belediye hizmetleri arasında sevk"))
        .addTarget(Target.of(yesp("h7"), yesp("a6"), "Toplu taşıma duraklarının aydınlatılması"))
        .addAction(yespAction("f1", "h1", "Kız öğrencilere burs ve rehberlik programı", EDUCATION,
            DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 6, 30)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(METROPOLITAN, NGO_SOLIDARITY)
            .addBudget(ownBudget(25_000, 2015)).addIndicatorId(yesp("g6")).build())
        .addAction(yespAction("f2", "h2", "İlçelerde kadın sağlığı danışma noktaları", HEALTH,
            DateRange.ofYears(2015, 2018), GenderMarker.SIGNIFICANT)
            .addCooperatingInstitutionIds(METROPOLITAN)
            .addBudget(ownBudget(30_000, 2015)).addIndicatorId(yesp("g6")).build())
        .addAction(yespAction("f3", "h3", "Kadın kooperatifleri için satış noktaları", METROPOLITAN,
            DateRange.ofYears(2015, 2017), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(DIKA, NGO_ENTREPRENEURS, GRASSROOTS)
            .addBudget(ownBudget(40_000, 2015))
            .addBudget(BudgetLine.builder().amount(Money.ofLira(60_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
                .funderInstitutionId(DIKA).year(2016).illustrative(true).build())
            .addIndicatorId(yesp("g7")).build())
        .addAction(yespAction("f4", "h4", "İlçe belediyelerinde eşitlik birimleri ve meclis eşitlik komisyonları"
            + " kurulmasının desteklenmesi", METROPOLITAN, DateRange.of(LocalDate.of(2014, 9, 1),
                LocalDate.of(2016, 12, 31)), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(GOVERNORSHIP, NGO_RIGHTS)
            .addBudget(ownBudget(10_000, 2015)).addIndicatorIds(yesp("g1"), yesp("g3")).build())
        .addAction(yespAction("f5", "h5", "Toplumsal cinsiyete duyarlı bütçeleme ve stratejik plana entegrasyon",
            METROPOLITAN, DateRange.of(LocalDate.of(2014, 10, 1), LocalDate.of(2015, 12, 31)),
            GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(UNIVERSITY)
            .addBudget(ownBudget(5_000, 2015)).addIndicatorIds(yesp("g2"), yesp("g5")).build())
        .addAction(yespAction("f6", "h6", "ŞÖNİM ile belediye hizmetleri arasında sevk protokolü ve farkındalık"
            + " çalışmaları", FAMILY, DateRange.ofYears(2015, 2018), GenderMarker.PRINCIPAL)
            .addCooperatingInstitutionIds(METROPOLITAN, BAR, NGO_RIGHTS)
            .addBudget(ownBudget(15_000, 2015)).addIndicatorId(yesp("g6")).build())
        .addAction(yespAction("f7", "h7", "Toplu taşıma duraklarının aydınlatılması", METROPOLITAN,
            DateRange.ofYears(2015, 2018), GenderMarker.SIGNIFICANT)
            .addCooperatingInstitutionIds(GRASSROOTS)
            .addBudget(ownBudget(80_000, 2015)).addIndicatorId(yesp("g4")).build())
        .addIndicator(Indicator.builder().id(yesp("g1")).definition(ReferenceIndicators.of("KDK-R1-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(2)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(3)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(6)))
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g2")).definition(ReferenceIndicators.of("KDK-R2-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(1)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(2)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(4)))
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g3")).definition(ReferenceIndicators.of("KDK-R6-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(1)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(3)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(6)))
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g4")).definition(ReferenceIndicators.of("KDK-R7-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(61))
                .women(Measurement.of(55)).men(Measurement.of(67)).source("Ulaşım ana planı hane anketi (örnek)")
                .illustrative(true).build())
            .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2018)).value(Measurement.of(70))
                .women(Measurement.of(68)).men(Measurement.of(72)).build())
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g5")).definition(ReferenceIndicators.of("KDK-R2-04"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(0)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(1)))
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g6")).definition(ReferenceIndicators.of("KDK-R4-01"))
            .baseline(Baseline.builder().date(LocalDate.of(2013, 12, 31)).value(Measurement.of(860))
                .women(Measurement.of(640)).men(Measurement.of(220)).illustrative(true).build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(1_300)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(1_500)))
            .illustrative(true).build())
        .addIndicator(Indicator.builder().id(yesp("g7")).definition(ReferenceIndicators.of("KDK-R5-02"))
            .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(2)).illustrative(true)
                .build())
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(3)))
            .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(8)))
            .illustrative(true).build())
        .addConsultation(Consultation.builder().id(yesp("c1")).date(LocalDate.of(2014, 6, 11))
            .title("Yerel Eşitlik Stratejik Planı paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
            .addParticipant(group(InstitutionKind.GOVERNORSHIP, 2, 2, GOVERNORSHIP))
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 4, 3, METROPOLITAN))
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 5, 5, HEALTH, EDUCATION, FAMILY))
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 12, 0, NGO_SOLIDARITY, NGO_ENTREPRENEURS, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.GRASSROOTS_ORGANISATION, 4, 0, GRASSROOTS))
            .addParticipant(group(InstitutionKind.DEVELOPMENT_AGENCY, 1, 1, DIKA))
            .build())
        .addApproval(Approval.of(DecisionBody.COORDINATION_BOARD_UPPER_TIER, UPPER_TIER_ADOPTS_YESP, YESP_ADOPTED))
        .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(METROPOLITAN)
            .strategicPlanPeriod(DateRange.ofYears(2015, 2019)).performanceProgrammeYear(2015)
            .reference("Mardin Büyükşehir Belediyesi Stratejik Planı 2015–2019, sosyal hizmetler amacı (örnek)")
            .addActionIds(yesp("f3"), yesp("f4"), yesp("f5"), yesp("f7")).build())
        .state(PlanState.IMPLEMENTING)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2014, 4, 15), PlanState.DRAFTING, GOVERNORSHIP))
        .addHistory(LifecycleEvent.builder().date(YESP_ADOPTED).from(PlanState.DRAFTING).to(PlanState.BOARD_APPROVED)
            .actorId(BOARD).decisionId(UPPER_TIER_ADOPTS_YESP).reason("Üst Kurul oyçokluğuyla kabul etti.").build())
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2014, 11, 10)).from(PlanState.BOARD_APPROVED)
            .to(PlanState.INTEGRATED).actorId(METROPOLITAN)
            .reason("Faaliyetler Büyükşehir Belediyesinin 2015–2019 stratejik planına ve 2015 performans programına"
                + " yazıldı.").build())
        .addHistory(LifecycleEvent.of(LocalDate.of(2015, 1, 2), PlanState.INTEGRATED, PlanState.IMPLEMENTING,
            GOVERNORSHIP))
        .illustrative(true)
        .build();
  }

  private static org.kdk.core.plan.ImmutableAction.Builder yespAction(String id, String target, String title,
      Id responsible, DateRange timeline, GenderMarker marker) {
    return Action.builder().id(yesp(id)).targetId(yesp(target)).title(title).responsibleInstitutionId(responsible)
        .timeline(timeline).genderMarker(marker);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Activities

  static List<GrantScheme> grantSchemes() {
    return List.of(
        GrantScheme.builder().id(GRANTS_2013).name("Kadın Dostu Kentler STK Hibe Programı, 1. tur")
            .funderInstitutionId(SIDA).fundingSource(FundingSource.GRANT).round(1).year(2013)
            .callPeriod(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 4, 30))).illustrative(true).build(),
        GrantScheme.builder().id(GRANTS_2014).name("Kadın Dostu Kentler STK Hibe Programı, 2. tur")
            .funderInstitutionId(SIDA).fundingSource(FundingSource.GRANT).round(2).year(2014)
            .callPeriod(DateRange.of(LocalDate.of(2014, 3, 3), LocalDate.of(2014, 4, 30))).illustrative(true).build(),
        GrantScheme.builder().id(DIKA_2014).name("DİKA Sosyal Kalkınma Mali Destek Programı (örnek)")
            .funderInstitutionId(DIKA).fundingSource(FundingSource.DEVELOPMENT_AGENCY).year(2014)
            .callPeriod(DateRange.of(LocalDate.of(2014, 4, 1), LocalDate.of(2014, 6, 30))).illustrative(true).build());
  }

  static List<GrantProject> grantProjects() {
    return List.of(
        GrantProject.builder().id(Id.of("mardin-hibe-2013-01")).schemeId(GRANTS_2013)
            .granteeInstitutionId(NGO_ENTREPRENEURS).title("Midyat'ta kadın kooperatifleri için pazarlama desteği")
            .theme(Theme.EMPLOYMENT).amount(Money.ofLira(45_000))
            .period(DateRange.of(LocalDate.of(2013, 9, 1), LocalDate.of(2014, 6, 30)))
            .addActionIds(yeep("f4"), yeep("f3")).provinceCode(MARDIN).shownAtClosingConference(true)
            .status(GrantProjectStatus.COMPLETED).illustrative(true).build(),
        GrantProject.builder().id(Id.of("mardin-hibe-2013-02")).schemeId(GRANTS_2013).granteeInstitutionId(NGO_RIGHTS)
            .title("Nusaybin'de şiddete karşı kadın dayanışma ağı").theme(Theme.VIOLENCE_AGAINST_WOMEN)
            .amount(Money.ofLira(40_000)).period(DateRange.of(LocalDate.of(2013, 10, 1), LocalDate.of(2014, 8, 31)))
            .addActionIds(yeep("f4"), yeep("f9")).provinceCode(MARDIN).shownAtClosingConference(true)
            .status(GrantProjectStatus.COMPLETED).illustrative(true).build(),
        GrantProject.builder().id(Id.of("mardin-hibe-2014-01")).schemeId(GRANTS_2014)
            .granteeInstitutionId(NGO_SOLIDARITY).title("Artuklu'da kadınların yerel siyasete katılımı için eğitim ve"
                + " izleme")
            .theme(Theme.PARTICIPATION).amount(Money.ofLira(35_000))
            .period(DateRange.of(LocalDate.of(2014, 9, 1), LocalDate.of(2015, 5, 31)))
            .addActionIds(yeep("f4"), yesp("f4")).provinceCode(MARDIN).shownAtClosingConference(true)
            .status(GrantProjectStatus.COMPLETED).illustrative(true).build(),
        GrantProject.builder().id(Id.of("mardin-dika-2014-01")).schemeId(DIKA_2014).granteeInstitutionId(GRASSROOTS)
            .title("Kızıltepe'de mahalle kadınları el sanatları atölyesi").theme(Theme.EMPLOYMENT)
            .amount(Money.ofLira(60_000)).period(DateRange.of(LocalDate.of(2014, 10, 1), LocalDate.of(2015, 9, 30)))
            .addActionIds(yeep("f3")).provinceCode(MARDIN).status(GrantProjectStatus.IN_PROGRESS).illustrative(true)
            .build());
  }

  static List<Training> trainings() {
    return List.of(
        Training.builder().id(Id.of("mardin-egitim-2013-veri")).title("Cinsiyete göre ayrıştırılmış veri eğitimi")
            .topic(TrainingTopic.SEX_DISAGGREGATED_DATA)
            .period(DateRange.of(LocalDate.of(2013, 3, 12), LocalDate.of(2013, 3, 13))).provinceCode(MARDIN)
            .organiserInstitutionId(GOVERNORSHIP)
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 2, 1, HEALTH, EDUCATION))
            .addParticipant(group(InstitutionKind.GOVERNORSHIP, 1, 0, GOVERNORSHIP))
            .hours(12).illustrative(true).build(),
        Training.builder().id(Id.of("mardin-egitim-2013-stk")).title("Kadın STK'ları için toplumsal cinsiyet ve"
                + " savunuculuk eğitimi")
            .topic(TrainingTopic.ADVOCACY).period(DateRange.of(LocalDate.of(2013, 5, 14), LocalDate.of(2013, 5, 16)))
            .provinceCode(MARDIN).organiserInstitutionId(UNFPA)
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 18, 0, NGO_SOLIDARITY, NGO_ENTREPRENEURS, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.GRASSROOTS_ORGANISATION, 6, 0, GRASSROOTS))
            .hours(18).illustrative(true).build(),
        Training.builder().id(Id.of("mardin-egitim-2013-butce")).title("Toplumsal cinsiyete duyarlı bütçeleme"
                + " eğitimi")
            .topic(TrainingTopic.GENDER_RESPONSIVE_BUDGETING)
            .period(DateRange.of(LocalDate.of(2013, 9, 17), LocalDate.of(2013, 9, 18))).provinceCode(MARDIN)
            .organiserInstitutionId(UNDP)
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 3, 4, MUNICIPALITY))
            .addParticipant(group(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION, 2, 3, SPA))
            .addParticipant(group(InstitutionKind.GOVERNORSHIP, 1, 2, GOVERNORSHIP))
            .hours(10).illustrative(true).build(),
        Training.builder().id(Id.of("mardin-egitim-2014-veri")).title("Cinsiyete göre ayrıştırılmış veri eğitimi"
                + " (büyükşehir birimleri)")
            .topic(TrainingTopic.SEX_DISAGGREGATED_DATA)
            .period(DateRange.of(LocalDate.of(2014, 10, 21), LocalDate.of(2014, 10, 22))).provinceCode(MARDIN)
            .organiserInstitutionId(GOVERNORSHIP)
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 1, METROPOLITAN))
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 1, 1, FAMILY))
            .hours(12).illustrative(true).build());
  }

  static List<AwarenessEvent> awarenessEvents() {
    return List.of(
        AwarenessEvent.builder().id(Id.of("mardin-25-kasim-2013"))
            .title("25 Kasım Kadına Yönelik Şiddete Karşı Uluslararası Mücadele Günü paneli")
            .kind(AwarenessEventKind.PANEL).date(LocalDate.of(2013, 11, 25)).provinceCode(MARDIN)
            .organiserInstitutionId(FAMILY)
            .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 22, 15))
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 30, 2, NGO_SOLIDARITY, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.UNIVERSITY, 25, 18, UNIVERSITY))
            .illustrative(true).build(),
        AwarenessEvent.builder().id(Id.of("mardin-8-mart-2014")).title("8 Mart Dünya Kadınlar Günü kampanyası")
            .kind(AwarenessEventKind.CAMPAIGN).date(LocalDate.of(2014, 3, 8)).provinceCode(MARDIN)
            .organiserInstitutionId(GOVERNORSHIP)
            .addParticipant(group(InstitutionKind.WOMENS_NGO, 45, 5, NGO_SOLIDARITY, NGO_ENTREPRENEURS, NGO_RIGHTS))
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 12, 10, MUNICIPALITY))
            .illustrative(true).build(),
        AwarenessEvent.builder().id(Id.of("kiziltepe-mahalle-toplantisi-2014"))
            .title("Kızıltepe'de mahalle toplantısı: kadınların kentsel hizmet talepleri")
            .kind(AwarenessEventKind.NEIGHBOURHOOD_MEETING).date(LocalDate.of(2014, 5, 20)).provinceCode(MARDIN)
            .organiserInstitutionId(GRASSROOTS)
            .addParticipant(group(InstitutionKind.GRASSROOTS_ORGANISATION, 38, 4, GRASSROOTS))
            .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 3, METROPOLITAN))
            .illustrative(true).build());
  }
}
