package org.kdk.examples.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.Training;
import org.kdk.core.activity.TrainingTopic;
import org.kdk.core.administration.ImmutableInstitution;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.LawCalendar;
import org.kdk.core.administration.MetropolitanStatus;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
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
import org.kdk.core.mechanism.ImmutableCoordinationBoard;
import org.kdk.core.mechanism.ImmutableEqualityCommission;
import org.kdk.core.mechanism.ImmutableEqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
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
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Revision;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.programme.Commitment;
import org.kdk.core.programme.Phase;
import org.kdk.core.programme.Programme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * 2. aşama örnek veri kümesi — builds {@code kdk-examples/datasets/kdk-phase2.json}: the twelve provinces of phase 2
 * of the Women Friendly Cities programme (April 2011 – June 2015), built so that the programme dashboard
 * ({@code ReportEngine.dashboard(dataset, 2, asOf)}) reproduces the figures the programme published.
 *
 * <ul>
 *   <li>As of 2012-12-31, 11 of the 12 provinces have a plan with a coordination board approval: every province
 *       but Samsun, which stands in for the one province the sources do not name and gets its board approval in
 *       April 2013.
 *   <li>As of 2015-06-30, the {@code OWN_BUDGET} lines of the council-approved plans add up to 630,000 TRY across
 *       those 11 provinces; these lines sit only on the actions the municipality and the special provincial
 *       administration carry out, whose councils allocate the money. Samsun's plan is never approved by a council
 *       and is funded by its development agency.
 *   <li>One training in sex-disaggregated data per province, 47 participants in all.
 *   <li>38 grant projects of the programme's 2013 and 2014 NGO grant rounds, all completed and shown at the closing
 *       conference of 10–11 June 2015.
 *   <li>Bursa Büyükşehir Belediyesi's equality unit, founded in 2012, with 152 equality representatives (sex not
 *       recorded in the source).
 * </ul>
 *
 * <p>The law calendar is followed: the special provincial administrations, their councils and the bodies in them
 * end on 2014-03-30 in the nine metropolitan provinces and remain in Adıyaman, Kars and Nevşehir; in Malatya,
 * Mardin, Trabzon and Şanlıurfa the metropolitan municipality succeeds the province-centre municipality that day.
 * Every figure, name, id or date the sources do not give is illustrative and marked so.
 */
public final class Phase2DatasetBuilder {
  /** The day the dataset describes: the last day of phase 2. */
  public static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);

  /** The day the published count of board-approved plans refers to. */
  public static final LocalDate END_OF_2012 = LocalDate.of(2012, 12, 31);

  /** 30 March 2014: the metropolitan reform (Laws 6360 and 6447). */
  public static final LocalDate REFORM = LawCalendar.METROPOLITAN_REFORM;

  /** Published: councils allocated 630,000 TL to plan actions. */
  public static final Money BUDGET_ALLOCATED = Money.ofLira(630_000);

  /** Published: 47 experts trained in sex-disaggregated data. */
  public static final int PEOPLE_TRAINED = 47;

  /** Published: 38 grant projects shown at the closing conference. */
  public static final int GRANT_PROJECTS = Programme.GRANT_PROJECTS_SHOWN_AT_CLOSE;

  /** Published: Bursa's equality unit had 152 equality representatives. */
  public static final int BURSA_REPRESENTATIVES = 152;

  /** The province standing in for the one without a board-approved plan at the end of 2012 (illustrative). */
  public static final String LATE_PROVINCE = "TR-55";

  static final LocalDate LAST_DAY_BEFORE_REFORM = REFORM.minusDays(1);
  static final Id MINISTRY = Id.of("icisleri-bakanligi");
  static final Id MIGM = Id.of("mahalli-idareler-genel-mudurlugu");
  static final Id UNFPA = Id.of("unfpa");
  static final Id UNDP = Id.of("undp");
  static final Id SIDA = Id.of("sida");
  static final Id GRANTS_2013 = Id.of("kdk-hibe-2013");
  static final Id GRANTS_2014 = Id.of("kdk-hibe-2014");

  /** How the metropolitan reform touched a province. */
  enum Reform {
    /** Not metropolitan: the special provincial administration and the province-centre municipality remain. */
    NONE,
    /** Metropolitan before 2012: the metropolitan municipality throughout; the special provincial administration ends. */
    OLD,
    /** Made metropolitan by Law 6360: the metropolitan municipality succeeds the province-centre one. */
    NEW
  }

  /**
   * What differs from province to province: its code, the money its councils allocated (zero for the late
   * province), the days of the plan's approvals (councils' absent for the late province), the trainees and the
   * grant projects.
   */
  record Spec(String code, long allocation, LocalDate boardApproval, LocalDate municipalApproval,
      LocalDate provincialApproval, int traineesWomen, int traineesMen, int grantProjects) {}

  /** The twelve provinces in plate order; the figures are illustrative, their sums are the published ones. */
  static final List<Spec> SPECS = List.of(
      new Spec("TR-02", 40_000, LocalDate.of(2012, 12, 4), LocalDate.of(2013, 1, 8), LocalDate.of(2013, 1, 15), 3, 1, 3),
      new Spec("TR-07", 75_000, LocalDate.of(2012, 12, 6), LocalDate.of(2013, 1, 10), LocalDate.of(2013, 1, 17), 2, 2, 3),
      new Spec("TR-16", 90_000, LocalDate.of(2012, 11, 29), LocalDate.of(2013, 1, 7), LocalDate.of(2013, 1, 14), 3, 1, 4),
      new Spec("TR-27", 65_000, LocalDate.of(2012, 12, 11), LocalDate.of(2013, 1, 15), LocalDate.of(2013, 1, 22), 2, 2, 3),
      new Spec("TR-35", 85_000, LocalDate.of(2012, 11, 27), LocalDate.of(2013, 1, 4), LocalDate.of(2013, 1, 11), 3, 1, 4),
      new Spec("TR-36", 30_000, LocalDate.of(2012, 12, 13), LocalDate.of(2013, 2, 5), LocalDate.of(2013, 2, 8), 2, 1, 3),
      new Spec("TR-44", 45_000, LocalDate.of(2012, 12, 18), LocalDate.of(2013, 2, 6), LocalDate.of(2013, 2, 13), 3, 1, 3),
      new Spec("TR-47", 55_000, LocalDate.of(2012, 12, 20), LocalDate.of(2013, 2, 5), LocalDate.of(2013, 2, 12), 3, 1, 3),
      new Spec("TR-50", 35_000, LocalDate.of(2012, 12, 14), LocalDate.of(2013, 1, 31), LocalDate.of(2013, 2, 7), 2, 2, 3),
      new Spec(LATE_PROVINCE, 0, LocalDate.of(2013, 4, 16), null, null, 3, 1, 3),
      new Spec("TR-61", 50_000, LocalDate.of(2012, 12, 19), LocalDate.of(2013, 2, 4), LocalDate.of(2013, 2, 11), 2, 2, 3),
      new Spec("TR-63", 60_000, LocalDate.of(2012, 12, 21), LocalDate.of(2013, 2, 7), LocalDate.of(2013, 2, 14), 3, 1, 3));

  /** Adıyaman upgraded its plan in July 2014 (the day is illustrative), Mardin on 6 August 2014 by its upper tier. */
  static final Map<String, LocalDate> STRATEGIC_PLANS = Map.of(
      "TR-02", LocalDate.of(2014, 7, 15),
      "TR-47", LocalDate.of(2014, 8, 6));

  static final String DESCRIPTION = String.join("\n",
      "The twelve provinces of phase 2 of the Women Friendly Cities programme (Kadın Dostu Kentler, April 2011 –"
          + " June 2015): Adıyaman, Antalya, Bursa, Gaziantep, İzmir, Kars, Malatya, Mardin, Nevşehir, Samsun,"
          + " Trabzon and Şanlıurfa, each with its Official Commitment, coordination board, equality units, council"
          + " equality commissions, local equality action plan with its decisions and approvals, a training, and"
          + " the projects of the programme's NGO grant rounds.",
      "From the programme (the programme page and the project's domain brief): the twelve provinces; the Official"
          + " Commitment (Taahhütname) signed on 6 July 2012 with its eight items; the mechanisms each province"
          + " undertook (coordination board; equality units in the governorship, the special provincial"
          + " administration and the municipality; equality commissions in the municipal and the provincial"
          + " council); the plans' path (situation analysis, drafting with stakeholders including women's NGOs,"
          + " board approval by the end of 2012, council approval early in 2013, entry into strategic plans,"
          + " implementation with NGO grant rounds in 2013 and 2014); the published figures this dataset reproduces"
          + " through the programme dashboard: 11 of 12 provinces had their plan approved by the coordination board"
          + " by the end of 2012; councils allocated 630,000 TL in total to plan actions across those 11 provinces;"
          + " 47 experts were trained in sex-disaggregated data; 38 grant projects were shown at the closing"
          + " conference of 10–11 June 2015 in Ankara; Bursa's equality unit, founded in 2012, had 152 equality"
          + " representatives across departments; the upgrade of Adıyaman's plan into a Local Equality Strategic"
          + " Plan in July 2014 and of Mardin's on 6 August 2014 by its board's upper tier by majority vote; the law"
          + " calendar (Laws 6360 and 6447): the special provincial administrations and their councils end on 30 March"
          + " 2014 in the nine metropolitan provinces and remain in Adıyaman, Kars and Nevşehir, and the metropolitan"
          + " municipalities of Malatya, Mardin, Trabzon and Şanlıurfa succeed the province-centre municipalities that"
          + " day. The names of the public institutions and development agencies are their official names.",
      "Illustrative (marked illustrative: true on every object that has the flag): which province lacked a"
          + " board-approved plan at the end of 2012 (Samsun stands in for it); how the published totals are shared"
          + " among the provinces (money, trainees with their sex, grant projects); all ids, every exact date not"
          + " named above, decision numbers, members, party groups and attendance, the signatories of the"
          + " commitments other than Mardin's (governorship and municipality, as in Mardin), the host of Bursa's"
          + " unit (the metropolitan municipality), the plans' contents, indicator values, budgets, the names of the"
          + " women's NGOs (marked örnek) and of the grant projects.",
      "Türkçe özet: 12 il, Taahhütname tarihi (6 Temmuz 2012) ve yayımlanmış sayılar (2012 sonunda 12 ilin 11'inde"
          + " kurul onaylı plan, meclislerin plan faaliyetlerine ayırdığı 630.000 TL, cinsiyete göre ayrıştırılmış"
          + " veri eğitimi alan 47 uzman, kapanış konferansında gösterilen 38 hibe projesi, Bursa eşitlik biriminin"
          + " 152 eşitlik temsilcisi) programdan alınmıştır; illere dağılımları ve diğer tüm ayrıntılar örnektir.");

  private Phase2DatasetBuilder() {}

  /** The dataset written to {@code datasets/kdk-phase2.json}. */
  public static Dataset build() {
    Phase phase = Programme.kadinDostuKentler().phase(2);
    List<String> codes = SPECS.stream().map(Spec::code).toList();
    if (!codes.equals(phase.getProvinceCodes())) {
      throw new IllegalStateException("the specs must list the phase-2 provinces in plate order: " + codes);
    }
    ImmutableDataset.Builder dataset = Dataset.builder()
        .title("Kadın Dostu Kentler — 2. aşama (2011–2015), 12 il")
        .description(DESCRIPTION)
        .asOf(AS_OF)
        .addInstitution(Institution.of(MINISTRY, "İçişleri Bakanlığı", InstitutionKind.MINISTRY))
        .addInstitution(Institution.builder().id(MIGM).name("Mahalli İdareler Genel Müdürlüğü")
            .kind(InstitutionKind.MINISTRY).parentId(MINISTRY).build())
        .addInstitution(Institution.builder().id(UNFPA).name("Birleşmiş Milletler Nüfus Fonu").abbreviation("UNFPA")
            .kind(InstitutionKind.UN_AGENCY).build())
        .addInstitution(Institution.builder().id(UNDP).name("Birleşmiş Milletler Kalkınma Programı")
            .abbreviation("UNDP").kind(InstitutionKind.UN_AGENCY).build())
        .addInstitution(Institution.builder().id(SIDA).name("İsveç Uluslararası Kalkınma ve İşbirliği Ajansı")
            .abbreviation("Sida").kind(InstitutionKind.INTERNATIONAL_DONOR).build());
    Map<Id, Institution> agencies = new LinkedHashMap<>();
    List<ProvinceParts> parts = new ArrayList<>();
    for (int i = 0; i < SPECS.size(); i++) {
      ProvinceParts p = new ProvinceParts(SPECS.get(i), i);
      agencies.putIfAbsent(p.agency.getId(), p.agency);
      parts.add(p);
    }
    parts.forEach(p -> dataset.addAllInstitutions(p.institutions()));
    dataset.addAllInstitutions(agencies.values());
    parts.forEach(p -> dataset.addCommitment(p.commitment()));
    parts.forEach(p -> dataset.addCoordinationBoard(p.board()));
    parts.forEach(p -> dataset.addAllEqualityUnits(p.units()));
    parts.forEach(p -> dataset.addAllEqualityCommissions(p.commissions()));
    parts.forEach(p -> dataset.addAllDecisions(p.decisions()));
    parts.forEach(p -> dataset.addAllPlans(p.plans()));
    dataset.addGrantScheme(GrantScheme.builder().id(GRANTS_2013).name("Kadın Dostu Kentler STK Hibe Programı, 1. tur")
        .funderInstitutionId(SIDA).fundingSource(FundingSource.GRANT).round(1).year(2013)
        .callPeriod(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 4, 30))).illustrative(true).build());
    dataset.addGrantScheme(GrantScheme.builder().id(GRANTS_2014).name("Kadın Dostu Kentler STK Hibe Programı, 2. tur")
        .funderInstitutionId(SIDA).fundingSource(FundingSource.GRANT).round(2).year(2014)
        .callPeriod(DateRange.of(LocalDate.of(2014, 3, 3), LocalDate.of(2014, 4, 30))).illustrative(true).build());
    parts.forEach(p -> dataset.addAllGrantProjects(p.grantProjects()));
    parts.forEach(p -> dataset.addTraining(p.training()));
    return dataset.build();
  }

  /** An identifier part from Turkish text: {@code Şanlıurfa} → {@code sanliurfa}, {@code DİKA} → {@code dika}. */
  static String slug(String text) {
    String s = text.replace('İ', 'I').replace('ı', 'i').replace('Ş', 'S').replace('ş', 's').replace('Ğ', 'G')
        .replace('ğ', 'g').replace('Ü', 'U').replace('ü', 'u').replace('Ö', 'O').replace('ö', 'o').replace('Ç', 'C')
        .replace('ç', 'c').toLowerCase(Locale.ROOT);
    return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Everything one province contributes, built from its {@link Spec}. */
  static final class ProvinceParts {
    final Spec spec;
    final Province province;
    final String name;
    final String s;
    final int o;
    final Reform reform;
    final Institution agency;
    final Id governorship;
    final Id spa;
    final Id provincialCouncil;
    final Id family;
    final Id ngo1;
    final Id ngo2;
    /** The municipality on 2012-07-06 (province-centre, or metropolitan before 2012) and its council. */
    final Id municipality;
    final Id municipalCouncil;
    /** For {@link Reform#NEW}, the metropolitan municipality from 2014-03-30 and its council. */
    final Id metropolitan;
    final Id metropolitanCouncil;
    final Id board;

    ProvinceParts(Spec spec, int index) {
      this.spec = spec;
      this.province = Provinces.of(spec.code());
      this.name = province.getName();
      this.s = slug(name);
      this.o = index;
      MetropolitanStatus status = province.getMetropolitanStatus();
      this.reform = status == MetropolitanStatus.NOT_METROPOLITAN ? Reform.NONE
          : status == MetropolitanStatus.BEFORE_2012 ? Reform.OLD : Reform.NEW;
      String agencyText = province.getDevelopmentAgency();
      int open = agencyText.lastIndexOf(" (");
      String abbreviation = agencyText.substring(open + 2, agencyText.length() - 1);
      this.agency = Institution.builder().id(Id.of(slug(abbreviation))).name(agencyText.substring(0, open))
          .abbreviation(abbreviation).kind(InstitutionKind.DEVELOPMENT_AGENCY).build();
      this.governorship = id("valilik");
      this.spa = id("ioi");
      this.provincialCouncil = id("igm");
      this.family = id("aile-sosyal-politikalar-il-mudurlugu");
      this.ngo1 = id("kadin-dayanisma-dernegi");
      this.ngo2 = id("kadin-girisimciler-dernegi");
      boolean metropolitanFromStart = reform == Reform.OLD;
      this.municipality = id(metropolitanFromStart ? "bb-kurum" : "belediyesi-kurum");
      this.municipalCouncil = id(metropolitanFromStart ? "bb-meclisi" : "belediye-meclisi");
      this.metropolitan = reform == Reform.NEW ? id("bb-kurum") : null;
      this.metropolitanCouncil = reform == Reform.NEW ? id("bb-meclisi") : null;
      this.board = id("ikhkk");
    }

    Id id(String part) {
      return Id.of(s + "-" + part);
    }

    LocalDate day(int year, int month, int dayOfMonth) {
      return LocalDate.of(year, month, dayOfMonth).plusDays(o);
    }

    boolean metropolitanProvince() {
      return reform != Reform.NONE;
    }

    boolean late() {
      return spec.municipalApproval() == null;
    }

    Optional<LocalDate> strategicPlanAdopted() {
      return Optional.ofNullable(STRATEGIC_PLANS.get(spec.code()));
    }

    /** The municipality carrying plan actions and council seats after the reform. */
    Id municipalityAfterReform() {
      return reform == Reform.NEW ? metropolitan : municipality;
    }

    // -------------------------------------------------------------------------------------------------------
    // Institutions and the commitment

    List<Institution> institutions() {
      List<Institution> list = new ArrayList<>();
      list.add(local(governorship, name + " Valiliği", InstitutionKind.GOVERNORSHIP).build());
      ImmutableInstitution.Builder spaBuilder = local(spa, name + " İl Özel İdaresi",
          InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION);
      ImmutableInstitution.Builder councilBuilder = local(provincialCouncil, name + " İl Genel Meclisi",
          InstitutionKind.PROVINCIAL_COUNCIL).parentId(spa);
      if (metropolitanProvince()) {
        spaBuilder.abolishedOn(REFORM);
        councilBuilder.abolishedOn(REFORM);
      }
      list.add(spaBuilder.build());
      list.add(councilBuilder.build());
      switch (reform) {
        case NONE -> {
          list.add(local(municipality, name + " Belediyesi", InstitutionKind.MUNICIPALITY).build());
          list.add(local(municipalCouncil, name + " Belediye Meclisi", InstitutionKind.MUNICIPAL_COUNCIL)
              .parentId(municipality).build());
        }
        case OLD -> {
          list.add(local(municipality, name + " Büyükşehir Belediyesi", InstitutionKind.MUNICIPALITY).build());
          list.add(local(municipalCouncil, name + " Büyükşehir Belediye Meclisi", InstitutionKind.MUNICIPAL_COUNCIL)
              .parentId(municipality).build());
        }
        case NEW -> {
          list.add(local(municipality, name + " Belediyesi", InstitutionKind.MUNICIPALITY).abolishedOn(REFORM)
              .build());
          list.add(local(municipalCouncil, name + " Belediye Meclisi", InstitutionKind.MUNICIPAL_COUNCIL)
              .parentId(municipality).abolishedOn(REFORM).build());
          list.add(local(metropolitan, name + " Büyükşehir Belediyesi", InstitutionKind.MUNICIPALITY)
              .establishedOn(REFORM).build());
          list.add(local(metropolitanCouncil, name + " Büyükşehir Belediye Meclisi",
              InstitutionKind.MUNICIPAL_COUNCIL).parentId(metropolitan).establishedOn(REFORM).build());
        }
      }
      list.add(local(family, name + " Aile ve Sosyal Politikalar İl Müdürlüğü",
          InstitutionKind.PROVINCIAL_DIRECTORATE).build());
      list.add(local(ngo1, name + " Kadın Dayanışma Derneği (örnek)", InstitutionKind.WOMENS_NGO).build());
      list.add(local(ngo2, name + " Kadın Girişimciler Derneği (örnek)", InstitutionKind.WOMENS_NGO).build());
      return list;
    }

    private ImmutableInstitution.Builder local(Id id, String institutionName, InstitutionKind kind) {
      return Institution.builder().id(id).name(institutionName).kind(kind).provinceCode(spec.code());
    }

    Commitment commitment() {
      boolean mardin = spec.code().equals("TR-47");
      return Commitment.builder().id(id("taahhutname")).provinceCode(spec.code())
          .signedOn(Programme.COMMITMENT_SIGNED).addSignatoryInstitutionIds(governorship, municipality)
          .illustrative(!mardin).build();
    }

    // -------------------------------------------------------------------------------------------------------
    // Mechanisms

    CoordinationBoard board() {
      LocalDate founded = day(2012, 7, 16);
      DateRange beforeReform = DateRange.of(founded, LAST_DAY_BEFORE_REFORM);
      DateRange afterReform = DateRange.of(REFORM, LocalDate.of(2019, 3, 30));
      boolean upperTier = spec.code().equals("TR-47");
      ImmutableCoordinationBoard.Builder b = CoordinationBoard.builder()
          .id(board)
          .name(name + " İl Kadın Hakları Koordinasyon Kurulu")
          .provinceCode(spec.code())
          .hostInstitutionId(governorship)
          .secretariatUnitId(id("valilik-eb"))
          .addTier(BoardTier.MAIN)
          .establishedOn(founded)
          .foundingDecisionId(id("vali-2012-1"))
          .addStatusHistory(StatusChange.of(founded, MechanismStatus.ESTABLISHED, id("vali-2012-1")))
          .addStatusHistory(StatusChange.of(day(2012, 9, 10), MechanismStatus.ACTIVE));
      if (upperTier) {
        b.addTier(BoardTier.UPPER);
      }
      b.addMember(Membership.ofInstitution(governorship, MemberRole.CHAIR));
      b.addMember(seat(spa, metropolitanProvince() ? beforeReform : null, null));
      b.addMember(seat(municipality, reform == Reform.NEW ? beforeReform : null, null));
      if (reform == Reform.NEW) {
        b.addMember(seat(metropolitan, afterReform, null));
      }
      b.addMember(Membership.ofInstitution(family, MemberRole.MEMBER));
      b.addMember(Membership.ofInstitution(agency.getId(), MemberRole.MEMBER));
      b.addMember(Membership.ofInstitution(ngo1, MemberRole.MEMBER));
      b.addMember(Membership.ofInstitution(ngo2, MemberRole.MEMBER));
      if (upperTier) {
        b.addMember(Membership.builder().institutionId(governorship).role(MemberRole.CHAIR).tier(BoardTier.UPPER)
            .build());
        b.addMember(seat(spa, beforeReform, BoardTier.UPPER));
        b.addMember(seat(municipality, beforeReform, BoardTier.UPPER));
        b.addMember(seat(metropolitan, afterReform, BoardTier.UPPER));
        b.addMember(seat(ngo1, null, BoardTier.UPPER));
      }
      List<Meeting> meetings = new ArrayList<>();
      meetings.add(Meeting.builder().date(day(2012, 9, 10)).attendance(HeadCount.of(8, 6))
          .agenda("Kurulun çalışma esasları; il durum analizi").build());
      meetings.add(Meeting.builder().date(spec.boardApproval()).attendance(HeadCount.of(9, 6))
          .addDecisionId(id("ikhkk-yeep")).agenda("Yerel Eşitlik Eylem Planının onayı").build());
      meetings.add(Meeting.of(day(2013, 6, 10), HeadCount.of(8, 5)));
      meetings.add(Meeting.of(day(2013, 12, 9), HeadCount.of(9, 5)));
      meetings.add(Meeting.of(day(2014, 6, 9), HeadCount.of(8, 6)));
      strategicPlanAdopted().ifPresent(adopted -> meetings.add(Meeting.builder().date(adopted)
          .tier(Optional.ofNullable(upperTier ? BoardTier.UPPER : null)).attendance(HeadCount.of(upperTier ? 3 : 8, 4))
          .addDecisionId(id("ikhkk-yesp")).agenda("Yerel Eşitlik Stratejik Planının kabulü").build()));
      meetings.add(Meeting.of(day(2014, 12, 8), HeadCount.of(9, 6)));
      meetings.add(Meeting.of(day(2015, 5, 11), HeadCount.of(8, 5)));
      meetings.sort((a, c) -> a.getDate().compareTo(c.getDate()));
      return b.addAllMeetings(meetings).illustrative(true).build();
    }

    private Membership seat(Id institution, DateRange term, BoardTier tier) {
      var m = Membership.builder().institutionId(institution).role(MemberRole.MEMBER);
      if (term != null) {
        m.term(term);
      }
      if (tier != null) {
        m.tier(tier);
      }
      return m.build();
    }

    List<EqualityUnit> units() {
      List<EqualityUnit> units = new ArrayList<>();
      units.add(unit("valilik-eb", name + " Valiliği Eşitlik Birimi", UnitHost.GOVERNORSHIP, governorship)
          .addStatusHistory(StatusChange.of(day(2012, 9, 3), MechanismStatus.ACTIVE))
          .addMeeting(meeting(2012, 11, 5)).addMeeting(meeting(2013, 10, 7)).addMeeting(meeting(2014, 10, 6))
          .addMeeting(meeting(2015, 4, 6)).build());
      ImmutableEqualityUnit.Builder spaUnit = unit("ioi-eb", name + " İl Özel İdaresi Eşitlik Birimi",
          UnitHost.SPECIAL_PROVINCIAL_ADMINISTRATION, spa)
          .addStatusHistory(StatusChange.of(day(2012, 9, 17), MechanismStatus.ACTIVE))
          .addMeeting(meeting(2012, 11, 12)).addMeeting(meeting(2013, 10, 14));
      if (metropolitanProvince()) {
        spaUnit.addStatusHistory(dissolved("6360 sayılı Kanun geçici md. 1: İl Özel İdaresi 30 Mart 2014 mahalli"
            + " idareler seçimiyle kaldırıldı."));
      } else {
        spaUnit.addMeeting(meeting(2014, 10, 13)).addMeeting(meeting(2015, 4, 13));
      }
      units.add(spaUnit.build());
      boolean bursa = spec.code().equals("TR-16");
      String municipalName = (reform == Reform.OLD ? name + " Büyükşehir Belediyesi" : name + " Belediyesi")
          + " Eşitlik Birimi";
      ImmutableEqualityUnit.Builder municipalUnit = unit(reform == Reform.OLD ? "bb-eb" : "belediyesi-eb",
          municipalName, UnitHost.MUNICIPALITY, municipality)
          .addMeeting(meeting(2012, 11, 19)).addMeeting(meeting(2013, 10, 21));
      if (bursa) {
        // Founded in 2012 with 152 equality representatives across departments (programme); the day is illustrative.
        municipalUnit.establishedOn(LocalDate.of(2012, 6, 4))
            .addStatusHistory(StatusChange.of(LocalDate.of(2012, 6, 4), MechanismStatus.ESTABLISHED))
            .representatives(HeadCount.of(0, 0, BURSA_REPRESENTATIVES));
      }
      municipalUnit.addStatusHistory(StatusChange.of(day(2012, 9, 24), MechanismStatus.ACTIVE));
      if (reform == Reform.NEW) {
        municipalUnit.addStatusHistory(dissolved("6360 sayılı Kanun geçici md. 1: " + name + " Belediyesinin tüzel"
            + " kişiliği sona erdi; birim Büyükşehir Belediyesine devredildi."));
      } else {
        municipalUnit.addMeeting(meeting(2014, 10, 20)).addMeeting(meeting(2015, 4, 20));
      }
      units.add(municipalUnit.build());
      if (reform == Reform.NEW) {
        units.add(unit("bb-eb", name + " Büyükşehir Belediyesi Eşitlik Birimi", UnitHost.MUNICIPALITY, metropolitan)
            .addStatusHistory(StatusChange.builder().date(REFORM).status(MechanismStatus.ESTABLISHED)
                .reason("6360 sayılı Kanun geçici md. 1: " + name + " Belediyesinin birimleri ve personeli Büyükşehir"
                    + " Belediyesine geçti.").build())
            .addStatusHistory(StatusChange.of(day(2014, 5, 5), MechanismStatus.ACTIVE))
            .addMeeting(meeting(2014, 5, 5)).addMeeting(meeting(2014, 11, 3)).addMeeting(meeting(2015, 4, 20))
            .build());
      }
      return units;
    }

    private ImmutableEqualityUnit.Builder unit(String part, String unitName, UnitHost host, Id hostId) {
      return EqualityUnit.builder().id(id(part)).name(unitName).provinceCode(spec.code()).host(host)
          .hostInstitutionId(hostId).illustrative(true);
    }

    private Meeting meeting(int year, int month, int dayOfMonth) {
      return Meeting.of(day(year, month, dayOfMonth), HeadCount.of(3 + o % 3, 1 + o % 2));
    }

    private static StatusChange dissolved(String reason) {
      return StatusChange.builder().date(REFORM).status(MechanismStatus.DISSOLVED).reason(reason).build();
    }

    List<EqualityCommission> commissions() {
      List<EqualityCommission> list = new ArrayList<>();
      boolean metropolitanCouncil0 = reform == Reform.OLD;
      ImmutableEqualityCommission.Builder municipal = commission(
          metropolitanCouncil0 ? "bb-meclisi-kek" : "belediye-meclisi-kek",
          (metropolitanCouncil0 ? name + " Büyükşehir Belediye Meclisi" : name + " Belediye Meclisi")
              + " Kadın-Erkek Eşitlik Komisyonu",
          CouncilKind.MUNICIPAL_COUNCIL, municipalCouncil, day(2012, 10, 1), id("belediye-meclisi-2012-kek"),
          metropolitanCouncil0)
          .addMeeting(meeting(2012, 10, 15)).addMeeting(meeting(2013, 6, 10)).addMeeting(meeting(2014, 1, 13));
      if (reform == Reform.NEW) {
        municipal.addStatusHistory(dissolved("6360 sayılı Kanun geçici md. 1: " + name + " Belediyesi ve meclisi"
            + " 30 Mart 2014'te sona erdi."));
      } else {
        municipal.addMeeting(meeting(2014, 11, 10)).addMeeting(meeting(2015, 5, 4));
      }
      list.add(municipal.build());
      if (reform == Reform.NEW) {
        list.add(commission("bb-meclisi-kek", name + " Büyükşehir Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu",
            CouncilKind.MUNICIPAL_COUNCIL, metropolitanCouncil, day(2014, 4, 7), id("bb-meclisi-2014-kek"), true)
            .addMeeting(meeting(2014, 5, 12)).addMeeting(meeting(2014, 11, 10)).addMeeting(meeting(2015, 5, 4))
            .build());
      }
      ImmutableEqualityCommission.Builder provincial = commission("igm-kek",
          name + " İl Genel Meclisi Kadın-Erkek Eşitlik Komisyonu", CouncilKind.PROVINCIAL_COUNCIL,
          provincialCouncil, day(2012, 11, 5), id("igm-2012-kek"), false)
          .addMeeting(meeting(2012, 11, 19)).addMeeting(meeting(2013, 6, 17)).addMeeting(meeting(2014, 1, 20));
      if (metropolitanProvince()) {
        provincial.addStatusHistory(dissolved("6360 sayılı Kanun geçici md. 1: İl Genel Meclisi 30 Mart 2014"
            + " mahalli idareler seçimiyle kaldırıldı."));
      } else {
        provincial.addMeeting(meeting(2014, 11, 17)).addMeeting(meeting(2015, 5, 11));
      }
      list.add(provincial.build());
      return list;
    }

    /**
     * A commission set up by {@code decision} on {@code founded} for one year, active from its first meeting two
     * weeks later, with the council's party groups: 7 seats in a metropolitan council, 5 otherwise.
     */
    private ImmutableEqualityCommission.Builder commission(String part, String commissionName, CouncilKind council,
        Id councilId, LocalDate founded, Id decision, boolean metropolitanCouncil) {
      ImmutableEqualityCommission.Builder c = EqualityCommission.builder().id(id(part)).name(commissionName)
          .provinceCode(spec.code()).council(council).councilInstitutionId(councilId)
          .term(DateRange.of(founded, founded.plusYears(1).minusDays(1))).foundingDecisionId(decision)
          .addStatusHistory(StatusChange.of(founded, MechanismStatus.ESTABLISHED, decision))
          .addStatusHistory(StatusChange.of(founded.plusDays(14), MechanismStatus.ACTIVE))
          .illustrative(true);
      if (metropolitanCouncil) {
        c.addPartyGroup(PartyGroup.of("Parti A (örnek)", 38, 5)).addPartyGroup(PartyGroup.of("Parti B (örnek)", 20, 2))
            .addPartyGroup(PartyGroup.of("Parti C (örnek)", 3, 0));
      } else if (council == CouncilKind.PROVINCIAL_COUNCIL) {
        c.addPartyGroup(PartyGroup.of("Parti A (örnek)", 24, 3)).addPartyGroup(PartyGroup.of("Parti B (örnek)", 15, 2))
            .addPartyGroup(PartyGroup.of("Bağımsız", 2, 0));
      } else {
        c.addPartyGroup(PartyGroup.of("Parti A (örnek)", 18, 3)).addPartyGroup(PartyGroup.of("Parti B (örnek)", 11, 2))
            .addPartyGroup(PartyGroup.of("Bağımsız", 2, 0));
      }
      return c;
    }

    // -------------------------------------------------------------------------------------------------------
    // Decisions

    List<Decision> decisions() {
      List<Decision> list = new ArrayList<>();
      list.add(decision("vali-2012-1", DecisionBody.GOVERNOR, governorship, "2012/" + (10 + o), day(2012, 7, 16),
          name + " İl Kadın Hakları Koordinasyon Kurulunun kurulması"));
      list.add(decision("belediye-meclisi-2012-kek", DecisionBody.MUNICIPAL_COUNCIL, municipalCouncil,
          "2012/" + (140 + o), day(2012, 10, 1), "Kadın-Erkek Eşitlik Komisyonunun bir yıl görev yapmak üzere"
              + " kurulması"));
      list.add(decision("igm-2012-kek", DecisionBody.PROVINCIAL_COUNCIL, provincialCouncil, "2012/" + (90 + o),
          day(2012, 11, 5), "Kadın-Erkek Eşitlik Komisyonunun bir yıl görev yapmak üzere kurulması"));
      list.add(decision("ikhkk-yeep", DecisionBody.COORDINATION_BOARD, board, late() ? "2013/1" : "2012/2",
          spec.boardApproval(), name + " Yerel Eşitlik Eylem Planının (2013–2015) onaylanması"));
      if (!late()) {
        list.add(decision("belediye-meclisi-2013-yeep", DecisionBody.MUNICIPAL_COUNCIL, municipalCouncil,
            "2013/" + (12 + o), spec.municipalApproval(), name + " Yerel Eşitlik Eylem Planının onaylanması ve"
                + " belediyenin sorumlu olduğu faaliyetlere 2013 bütçesinden ödenek ayrılması"));
        list.add(decision("igm-2013-yeep", DecisionBody.PROVINCIAL_COUNCIL, provincialCouncil, "2013/" + (20 + o),
            spec.provincialApproval(), name + " Yerel Eşitlik Eylem Planının onaylanması ve il özel idaresinin"
                + " sorumlu olduğu faaliyetlere 2013 bütçesinden ödenek ayrılması"));
      }
      if (reform == Reform.NEW) {
        list.add(decision("bb-meclisi-2014-kek", DecisionBody.MUNICIPAL_COUNCIL, metropolitanCouncil,
            "2014/" + (50 + o), day(2014, 4, 7), "Büyükşehir Belediye Meclisinde Kadın-Erkek Eşitlik Komisyonunun"
                + " bir yıl görev yapmak üzere kurulması"));
      }
      strategicPlanAdopted().ifPresent(adopted -> {
        boolean mardin = spec.code().equals("TR-47");
        list.add(Decision.builder().id(id("ikhkk-yesp"))
            .body(mardin ? DecisionBody.COORDINATION_BOARD_UPPER_TIER : DecisionBody.COORDINATION_BOARD)
            .bodyId(board).date(adopted).subject(name + " Yerel Eşitlik Stratejik Planının kabulü")
            .outcome(DecisionOutcome.ADOPTED)
            .voting(Optional.ofNullable(mardin ? VotingMethod.MAJORITY : null))
            // Mardin's decision is as the programme reports it; Adıyaman's day and body are illustrative.
            .illustrative(!mardin).build());
      });
      list.sort((a, b) -> a.getDate().compareTo(b.getDate()));
      return list;
    }

    private Decision decision(String part, DecisionBody body, Id bodyId, String number, LocalDate date,
        String subject) {
      return Decision.builder().id(id(part)).body(body).bodyId(bodyId).number(number).date(date).subject(subject)
          .outcome(DecisionOutcome.ADOPTED).illustrative(true).build();
    }

    // -------------------------------------------------------------------------------------------------------
    // Plans

    List<ActionPlan> plans() {
      List<ActionPlan> plans = new ArrayList<>();
      plans.add(actionPlan());
      strategicPlanAdopted().ifPresent(adopted -> plans.add(strategicPlan(adopted)));
      return plans;
    }

    private Id part(String plan, String p) {
      return id(plan + "-" + p);
    }

    ActionPlan actionPlan() {
      String y = "yeep";
      long municipalShare = late() ? 0 : Math.round(spec.allocation() * 0.6 / 1000.0) * 1000;
      long provincialShare = spec.allocation() - municipalShare;
      ImmutableActionPlan.Builder plan = ActionPlan.builder()
          .id(id(y))
          .kind(PlanKind.ACTION_PLAN)
          .title(name + " Yerel Eşitlik Eylem Planı 2013–2015")
          .scope(PlanScope.ofProvince(spec.code()))
          .addOwnerInstitutionIds(governorship, spa, municipality)
          .period(DateRange.ofYears(2013, 2015))
          .addThemes(Theme.values())
          .addAim(Aim.of(part(y, "a1"), Theme.EMPLOYMENT, "Kadınların istihdama ve ekonomik hayata katılımını"
              + " artırmak"))
          .addAim(Aim.of(part(y, "a2"), Theme.PARTICIPATION, "Eşitlik mekanizmalarını güçlendirmek ve kurumların"
              + " cinsiyete duyarlı veri üretmesini sağlamak"))
          .addAim(Aim.of(part(y, "a3"), Theme.VIOLENCE_AGAINST_WOMEN, "Kadına yönelik şiddeti önlemek"))
          .addTarget(Target.of(part(y, "h1"), part(y, "a1"), "Kadın kooperatiflerini ve kadın STK'larının"
              + " projelerini desteklemek"))
          .addTarget(Target.of(part(y, "h2"), part(y, "a2"), "Kurum uzmanlarını cinsiyete göre ayrıştırılmış veri"
              + " konusunda eğitmek"))
          .addTarget(Target.of(part(y, "h3"), part(y, "a3"), "Şiddetle mücadelede farkındalığı ve destek"
              + " hizmetlerine erişimi artırmak"));
      BudgetLine municipalLine = late()
          ? BudgetLine.builder().amount(Money.ofLira(30_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
              .funderInstitutionId(agency.getId()).year(2014).illustrative(true).build()
          : BudgetLine.builder().description("Belediye meclisi kararıyla ayrılan ödenek")
              .amount(Money.ofLira(municipalShare)).fundingSource(FundingSource.OWN_BUDGET).year(2013)
              .illustrative(true).build();
      BudgetLine provincialLine = late()
          ? BudgetLine.builder().amount(Money.ofLira(20_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
              .funderInstitutionId(agency.getId()).year(2014).illustrative(true).build()
          : BudgetLine.builder().description("İl genel meclisi kararıyla ayrılan ödenek")
              .amount(Money.ofLira(provincialShare)).fundingSource(FundingSource.OWN_BUDGET).year(2013)
              .illustrative(true).build();
      int year = late() ? 2014 : 2013;
      plan.addAction(Action.builder().id(part(y, "f1")).targetId(part(y, "h1"))
              .title("Kadın kooperatiflerine girişimcilik ve pazarlama desteği").responsibleInstitutionId(municipality)
              .addCooperatingInstitutionIds(agency.getId(), ngo2)
              .timeline(late() ? DateRange.ofYears(2014, 2014)
                  : DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 12, 31)))
              .addBudget(municipalLine).genderMarker(GenderMarker.PRINCIPAL).addIndicatorId(part(y, "g2")).build())
          .addAction(Action.builder().id(part(y, "f2")).targetId(part(y, "h2"))
              .title("Kurum uzmanlarına cinsiyete göre ayrıştırılmış veri eğitimi").responsibleInstitutionId(governorship)
              .addCooperatingInstitutionIds(MIGM, UNFPA)
              .timeline(DateRange.ofYears(2013, 2013))
              .addBudget(BudgetLine.builder().description("Program kaynağı").amount(Money.ofLira(6_000))
                  .fundingSource(FundingSource.GRANT).funderInstitutionId(SIDA).year(2013).illustrative(true).build())
              .genderMarker(GenderMarker.PRINCIPAL).addIndicatorId(part(y, "g1")).build())
          .addAction(Action.builder().id(part(y, "f3")).targetId(part(y, "h3"))
              .title("Şiddete karşı farkındalık seminerleri ve destek hizmetleri rehberi").responsibleInstitutionId(spa)
              .addCooperatingInstitutionIds(family, ngo1)
              .timeline(late() ? DateRange.of(LocalDate.of(2014, 1, 1), LAST_DAY_BEFORE_REFORM)
                  : DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 12, 31)))
              .addBudget(provincialLine).genderMarker(GenderMarker.PRINCIPAL).addIndicatorId(part(y, "g2")).build())
          .addAction(Action.builder().id(part(y, "f4")).targetId(part(y, "h1"))
              .title("Kadın STK'larının projelerine hibe desteği").responsibleInstitutionId(governorship)
              .addCooperatingInstitutionIds(UNDP, ngo1, ngo2)
              .timeline(DateRange.of(LocalDate.of(2013, 3, 1), LocalDate.of(2015, 6, 30)))
              .addBudget(BudgetLine.builder().description("Kadın Dostu Kentler STK hibe programı, 1. tur")
                  .amount(Money.ofLira(grantTotal(0, 2))).fundingSource(FundingSource.GRANT).funderInstitutionId(SIDA)
                  .year(2013).illustrative(true).build())
              .addBudget(BudgetLine.builder().description("Kadın Dostu Kentler STK hibe programı, 2. tur")
                  .amount(Money.ofLira(grantTotal(2, spec.grantProjects()))).fundingSource(FundingSource.GRANT)
                  .funderInstitutionId(SIDA).year(2014).illustrative(true).build())
              .genderMarker(GenderMarker.PRINCIPAL).addIndicatorId(part(y, "g3")).build());
      int trainees = spec.traineesWomen() + spec.traineesMen();
      plan.addIndicator(Indicator.builder().id(part(y, "g1")).definition(ReferenceIndicators.of("KDK-R1-01"))
              .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                  .women(Measurement.of(0)).men(Measurement.of(0)).illustrative(true).build())
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(trainees)))
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(trainees + 2)))
              .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013))
                  .total(Measurement.of(trainees)).women(Measurement.of(spec.traineesWomen()))
                  .men(Measurement.of(spec.traineesMen())).source("Eğitim katılım listesi").illustrative(true)
                  .build())
              .illustrative(true).build())
          .addIndicator(late()
              ? Indicator.builder().id(part(y, "g2")).definition(ReferenceIndicators.of("KDK-R2-03"))
                  .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                      .illustrative(true).build())
                  .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(50_000)))
                  .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(0))
                      .note("Plan 2015 Haziran sonuna kadar meclislerde görüşülmedi; faaliyetler kalkınma ajansı"
                          + " desteğiyle yürütüldü.").illustrative(true).build())
                  .illustrative(true).build()
              : Indicator.builder().id(part(y, "g2")).definition(ReferenceIndicators.of("KDK-R2-03"))
                  .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                      .illustrative(true).build())
                  .addTarget(TargetValue.of(ReportingPeriod.ofYear(2013), Measurement.of(spec.allocation())))
                  .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013))
                      .total(Measurement.of(spec.allocation()))
                      .source("Belediye meclisi ve il genel meclisi kararları, 2013").illustrative(true).build())
                  .illustrative(true).build())
          .addIndicator(Indicator.builder().id(part(y, "g3")).definition(ReferenceIndicators.of("KDK-R5-02"))
              .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0))
                  .illustrative(true).build())
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2014), Measurement.of(2)))
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(spec.grantProjects())))
              .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(2))
                  .source("Hibe kapanış raporları").illustrative(true).build())
              .illustrative(true).build());
      plan.addConsultation(Consultation.builder().id(part(y, "c1")).date(day(2012, 2, 6))
              .title("İl durum analizi ve sorun tespiti çalıştayı").format(ConsultationFormat.WORKSHOP)
              .addParticipant(group(InstitutionKind.GOVERNORSHIP, 2, 3, governorship))
              .addParticipant(group(InstitutionKind.SPECIAL_PROVINCIAL_ADMINISTRATION, 1, 2, spa))
              .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 2, municipality))
              .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 4, 5, family))
              .addParticipant(group(InstitutionKind.WOMENS_NGO, 9 + o % 4, 0, ngo1, ngo2))
              .addParticipant(group(InstitutionKind.DEVELOPMENT_AGENCY, 1, 1, agency.getId()))
              .build())
          .addConsultation(Consultation.builder().id(part(y, "c2")).date(day(2012, 10, 1))
              .title("Yerel Eşitlik Eylem Planı taslak yazım çalıştayı").format(ConsultationFormat.WORKSHOP)
              .addParticipant(group(InstitutionKind.GOVERNORSHIP, 2, 2, governorship))
              .addParticipant(group(InstitutionKind.MUNICIPALITY, 2, 1, municipality))
              .addParticipant(group(InstitutionKind.PROVINCIAL_DIRECTORATE, 3, 4, family))
              .addParticipant(group(InstitutionKind.WOMENS_NGO, 7 + o % 3, 1, ngo1, ngo2))
              .build());
      plan.addApproval(Approval.of(DecisionBody.COORDINATION_BOARD, id("ikhkk-yeep"), spec.boardApproval()));
      if (!late()) {
        plan.addApproval(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, id("belediye-meclisi-2013-yeep"),
                spec.municipalApproval()))
            .addApproval(Approval.of(DecisionBody.PROVINCIAL_COUNCIL, id("igm-2013-yeep"), spec.provincialApproval()))
            .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(municipality)
                .strategicPlanPeriod(DateRange.ofYears(2010, 2014)).performanceProgrammeYear(2013)
                .reference("2013 Performans Programı (örnek)").addActionId(part(y, "f1")).build())
            .addStrategicPlanLink(StrategicPlanLink.builder().institutionId(spa)
                .strategicPlanPeriod(DateRange.ofYears(2010, 2014)).performanceProgrammeYear(2013)
                .reference("2013 Performans Programı (örnek)").addActionId(part(y, "f3")).build());
      }
      strategicPlanAdopted().ifPresent(adopted -> plan.addRevision(Revision.builder().number(1).date(adopted)
          .reason("Eylem planı Yerel Eşitlik Stratejik Planına yükseltildi ve onun parçası olarak sürüyor.")
          .decisionId(id("ikhkk-yesp")).build()));
      plan.addHistory(LifecycleEvent.ofCreation(LocalDate.of(2011, 10, 3).plusDays(5L * o),
          PlanState.SITUATION_ANALYSIS, governorship));
      plan.addHistory(LifecycleEvent.of(day(2012, 4, 2), PlanState.SITUATION_ANALYSIS, PlanState.DRAFTING,
          governorship));
      plan.addHistory(LifecycleEvent.builder().date(spec.boardApproval()).from(PlanState.DRAFTING)
          .to(PlanState.BOARD_APPROVED).actorId(board).decisionId(id("ikhkk-yeep")).build());
      if (late()) {
        plan.addHistory(LifecycleEvent.builder().date(LocalDate.of(2013, 6, 3)).from(PlanState.BOARD_APPROVED)
            .to(PlanState.IMPLEMENTING).actorId(governorship)
            .reason("Faaliyetler kalkınma ajansı ve hibe programı desteğiyle başlatıldı; meclis onayı alınmadı.")
            .build());
      } else {
        plan.addHistory(LifecycleEvent.builder().date(spec.municipalApproval()).from(PlanState.BOARD_APPROVED)
            .to(PlanState.COUNCIL_APPROVED).actorId(municipalCouncil).decisionId(id("belediye-meclisi-2013-yeep"))
            .build());
        plan.addHistory(LifecycleEvent.builder().date(day(2013, 4, 1)).from(PlanState.COUNCIL_APPROVED)
            .to(PlanState.INTEGRATED).actorId(municipality)
            .reason("Faaliyetler belediyenin ve il özel idaresinin 2013 performans programlarına alındı.").build());
        plan.addHistory(LifecycleEvent.of(day(2013, 6, 3), PlanState.INTEGRATED, PlanState.IMPLEMENTING,
            governorship));
      }
      return plan.state(PlanState.IMPLEMENTING).illustrative(true).build();
    }

    /** The grants of this province's projects number {@code from} (inclusive) to {@code to} (exclusive). */
    long grantTotal(int from, int to) {
      long sum = 0;
      for (int k = from; k < to; k++) {
        sum += grantAmount(k);
      }
      return sum;
    }

    long grantAmount(int k) {
      return 30_000 + 5_000L * ((k + o) % 3);
    }

    ActionPlan strategicPlan(LocalDate adopted) {
      String y = "yesp";
      boolean mardin = spec.code().equals("TR-47");
      DecisionBody body = mardin ? DecisionBody.COORDINATION_BOARD_UPPER_TIER : DecisionBody.COORDINATION_BOARD;
      return ActionPlan.builder()
          .id(id(y))
          .kind(PlanKind.STRATEGIC_PLAN)
          .title(name + " Yerel Eşitlik Stratejik Planı 2014–2018")
          .scope(PlanScope.ofProvince(spec.code()))
          .addOwnerInstitutionIds(governorship, municipalityAfterReform())
          .period(DateRange.ofYears(2014, 2018))
          .addThemes(Theme.values())
          .upgradedFromPlanId(id("yeep"))
          .addAim(Aim.of(part(y, "a1"), Theme.PARTICIPATION, "Eşitlik hedeflerini kurumların stratejik planlarına"
              + " ve bütçelerine yerleştirmek"))
          .addTarget(Target.of(part(y, "h1"), part(y, "a1"), "Eşitlik planını stratejik planına işleyen kurumları"
              + " artırmak"))
          .addAction(Action.builder().id(part(y, "f1")).targetId(part(y, "h1"))
              .title("Kurumların stratejik planlarına eşitlik hedeflerinin işlenmesi için teknik destek")
              .responsibleInstitutionId(governorship).addCooperatingInstitutionIds(municipalityAfterReform())
              .timeline(DateRange.of(LocalDate.of(2014, 9, 1), LocalDate.of(2016, 12, 31)))
              .addBudget(BudgetLine.builder().amount(Money.ofLira(25_000)).fundingSource(FundingSource.DEVELOPMENT_AGENCY)
                  .funderInstitutionId(agency.getId()).year(2015).illustrative(true).build())
              .genderMarker(GenderMarker.PRINCIPAL).addIndicatorId(part(y, "g1")).build())
          .addIndicator(Indicator.builder().id(part(y, "g1")).definition(ReferenceIndicators.of("KDK-R2-02"))
              .baseline(Baseline.builder().date(LocalDate.of(2014, 6, 30)).value(Measurement.of(2))
                  .illustrative(true).build())
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2015), Measurement.of(3)))
              .addTarget(TargetValue.of(ReportingPeriod.ofYear(2018), Measurement.of(5)))
              .illustrative(true).build())
          .addConsultation(Consultation.builder().id(part(y, "c1")).date(adopted.minusDays(40))
              .title("Yerel Eşitlik Stratejik Planı paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
              .addParticipant(group(InstitutionKind.GOVERNORSHIP, 2, 2, governorship))
              .addParticipant(group(InstitutionKind.MUNICIPALITY, 3, 2, municipalityAfterReform()))
              .addParticipant(group(InstitutionKind.WOMENS_NGO, 8, 0, ngo1, ngo2))
              .build())
          .addApproval(Approval.of(body, id("ikhkk-yesp"), adopted))
          .state(PlanState.BOARD_APPROVED)
          .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2014, 4, 15), PlanState.DRAFTING, governorship))
          .addHistory(LifecycleEvent.builder().date(adopted).from(PlanState.DRAFTING).to(PlanState.BOARD_APPROVED)
              .actorId(board).decisionId(id("ikhkk-yesp"))
              .reason(mardin ? "Üst Kurul oyçokluğuyla kabul etti." : "Kurul kabul etti.").build())
          .illustrative(true)
          .build();
    }

    // -------------------------------------------------------------------------------------------------------
    // Activities

    Training training() {
      HeadCount trainees = HeadCount.of(spec.traineesWomen(), spec.traineesMen());
      LocalDate start = LocalDate.of(2013, 3, 4).plusWeeks(2L * o);
      List<ParticipantGroup> groups = new ArrayList<>();
      // Split the trainees over the governorship, the provincial directorate and the municipality.
      int women = trainees.getWomen();
      int men = trainees.getMen();
      groups.add(group(InstitutionKind.GOVERNORSHIP, Math.min(1, women), 0, governorship));
      groups.add(group(InstitutionKind.PROVINCIAL_DIRECTORATE, Math.max(0, women - 2), men, family));
      groups.add(group(InstitutionKind.MUNICIPALITY, women - Math.min(1, women) - Math.max(0, women - 2), 0,
          municipality));
      return Training.builder().id(id("egitim-2013-veri")).title("Cinsiyete göre ayrıştırılmış veri eğitimi")
          .topic(TrainingTopic.SEX_DISAGGREGATED_DATA).period(DateRange.of(start, start.plusDays(1)))
          .provinceCode(spec.code()).organiserInstitutionId(governorship)
          .addAllParticipants(groups.stream().filter(g -> g.getCount().total() > 0).toList())
          .hours(12).illustrative(true).build();
    }

    List<GrantProject> grantProjects() {
      String[] titles = {
          "Kadın kooperatifleri için pazarlama desteği",
          "Şiddete karşı kadın dayanışma ağı",
          "Kadınların yerel karar süreçlerine katılımı için eğitim ve izleme",
          "Mahalle kadın gruplarıyla kentsel hizmet ihtiyaç analizi"};
      Theme[] themes = {Theme.EMPLOYMENT, Theme.VIOLENCE_AGAINST_WOMEN, Theme.PARTICIPATION, Theme.URBAN_SERVICES};
      List<GrantProject> list = new ArrayList<>();
      for (int k = 0; k < spec.grantProjects(); k++) {
        boolean firstRound = k < 2;
        int theme = (k + o) % titles.length;
        list.add(GrantProject.builder()
            .id(id(String.format(Locale.ROOT, "hibe-%d-%02d", firstRound ? 2013 : 2014, k + 1)))
            .schemeId(firstRound ? GRANTS_2013 : GRANTS_2014)
            .granteeInstitutionId(k % 2 == 0 ? ngo1 : ngo2)
            .title(titles[theme] + " — " + name)
            .theme(themes[theme])
            .amount(Money.ofLira(grantAmount(k)))
            .period(firstRound ? DateRange.of(LocalDate.of(2013, 9, 2), LocalDate.of(2014, 6, 30))
                : DateRange.of(LocalDate.of(2014, 9, 1), LocalDate.of(2015, 5, 29)))
            .addActionId(id("yeep-f4"))
            .provinceCode(spec.code())
            .shownAtClosingConference(true)
            .status(GrantProjectStatus.COMPLETED)
            .illustrative(true)
            .build());
      }
      return list;
    }

    private static ParticipantGroup group(InstitutionKind kind, int women, int men, Id... institutions) {
      return ParticipantGroup.builder().kind(kind).count(HeadCount.of(women, men)).addInstitutionIds(institutions)
          .build();
    }
  }
}
