package org.kdk.examples.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.Decision;
import org.kdk.core.mechanism.DecisionBody;
import org.kdk.core.mechanism.DecisionOutcome;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.MemberRole;
import org.kdk.core.mechanism.Membership;
import org.kdk.core.mechanism.PartyGroup;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
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
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.GenderMarker;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanScope;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.StrategicPlanLink;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * Ulusal sentetik veri — a deterministic, seeded national dataset: the 81 provinces and 1,389 municipalities by
 * the real type counts of 2019 (30 metropolitan, 51 province centre, 519 metropolitan district, 403 district,
 * 386 town), each with an equality unit meeting twice a year, a council equality commission where the council is
 * not a town's (seats shared among party groups in proportion, a chair, a vice-chair, three meetings a year with a
 * quorum, founded by a numbered council decision), and a local equality action plan of about 40 budgeted actions
 * with gender markers and 25 indicators observed quarterly over five years, disaggregated by sex, adopted by a
 * council decision, written into the municipality's strategic plan and in implementation. A scale factor repeats
 * the municipalities that many times.
 *
 * <p>The dataset is valid: under the current-law profile, as of its {@code asOf}, scale 1 has no finding. Every
 * figure is synthetic and the dataset says so; the same scale and seed give the same dataset, byte for byte once
 * written. Immutable and thread-safe.
 */
public final class NationalDatasetGenerator {
  /** Metropolitan district municipalities in 2019. */
  public static final int METROPOLITAN_DISTRICTS = 519;
  /** District municipalities outside metropolitan provinces in 2019. */
  public static final int DISTRICTS = 403;
  /** Town municipalities in 2019. */
  public static final int TOWNS = 386;

  private static final int ACTIONS = 40;
  private static final int INDICATORS = 25;
  private static final int FIRST_YEAR = 2020;
  private static final int YEARS = 5;
  private static final Theme[] THEMES = Theme.values();
  private static final FundingSource[] FUNDING_SOURCES = FundingSource.values();
  /** Most budgeted actions are marked significant, some principal, a few not targeted (OECD DAC practice). */
  private static final GenderMarker[] GENDER_MARKERS = {GenderMarker.SIGNIFICANT, GenderMarker.SIGNIFICANT,
      GenderMarker.SIGNIFICANT, GenderMarker.PRINCIPAL, GenderMarker.PRINCIPAL, GenderMarker.NOT_TARGETED};
  private static final String[] PARTY_GROUPS = {"Parti A (örnek)", "Parti B (örnek)", "Bağımsız"};
  private static final DateRange PLAN_PERIOD = DateRange.ofYears(FIRST_YEAR, FIRST_YEAR + YEARS - 1);
  /** The day every council adopts its plan. */
  private static final LocalDate COUNCIL_APPROVAL = LocalDate.of(FIRST_YEAR - 1, 11, 5);

  private final int scale;
  private final long seed;
  private final int limit;

  private NationalDatasetGenerator(int scale, long seed, int limit) {
    this.scale = scale;
    this.seed = seed;
    this.limit = limit;
  }

  /**
   * A generator of {@code scale} times the national dataset from {@code seed}.
   *
   * @throws IllegalArgumentException if the scale is not 1 to 100
   */
  public static NationalDatasetGenerator of(int scale, long seed) {
    if (scale < 1 || scale > 100) {
      throw new IllegalArgumentException("scale must be 1 to 100: " + scale);
    }
    return new NationalDatasetGenerator(scale, seed, Integer.MAX_VALUE);
  }

  /**
   * The same generator stopping after the first {@code municipalities} municipalities (metropolitan first, then
   * province centres, districts and towns), for a quick look or a quick benchmark.
   *
   * @throws IllegalArgumentException if the limit is below 1
   */
  public NationalDatasetGenerator limitedTo(int municipalities) {
    if (municipalities < 1) {
      throw new IllegalArgumentException("the limit must be at least 1: " + municipalities);
    }
    return new NationalDatasetGenerator(scale, seed, municipalities);
  }

  /** The number of municipalities a generated dataset holds: 1,389 times the scale, or the limit. */
  public int municipalityCount() {
    return Math.min(1389 * scale, limit);
  }

  /** Generates the dataset. */
  public Dataset generate() {
    return generate(done -> { });
  }

  /** Generates the dataset, telling {@code progress} how many municipalities are done after each. */
  public Dataset generate(java.util.function.IntConsumer progress) {
    SplittableRandom random = new SplittableRandom(seed);
    var dataset = Dataset.builder()
        .title(String.format(Locale.ROOT, "Sentetik ulusal veri kümesi (ölçek %d, tohum %d)", scale, seed))
        .description("Synthetic data generated by NationalDatasetGenerator for benchmarks and teaching; every"
            + " figure is illustrative.")
        .asOf(LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31));
    List<Province> metropolitan = Provinces.metropolitan();
    List<Province> others = new ArrayList<>();
    for (Province p : Provinces.all()) {
      if (!p.isMetropolitan()) {
        others.add(p);
      }
    }
    int done = 0;
    for (int copy = 0; copy < scale; copy++) {
      String suffix = scale == 1 ? "" : "-" + copy;
      for (Province province : Provinces.all()) {
        if (copy == 0) {
          dataset.addInstitution(Institution.builder().id(Id.of(code(province) + "-valilik"))
              .name(province.getName() + " Valiliği").kind(InstitutionKind.GOVERNORSHIP)
              .provinceCode(province.getCode()).build());
        }
      }
      for (int i = 0; i < metropolitan.size(); i++) {
        Province p = metropolitan.get(i);
        add(dataset, random, p, MunicipalityType.METROPOLITAN, p.getName() + " Büyükşehir", 0, suffix, done);
        progress.accept(Math.min(++done, municipalityCount()));
      }
      for (int i = 0; i < others.size(); i++) {
        Province p = others.get(i);
        add(dataset, random, p, MunicipalityType.PROVINCE_CENTRE, p.getName(), 0, suffix, done);
        progress.accept(Math.min(++done, municipalityCount()));
      }
      done = spread(dataset, random, metropolitan, METROPOLITAN_DISTRICTS, MunicipalityType.METROPOLITAN_DISTRICT,
          suffix, progress, done);
      done = spread(dataset, random, others, DISTRICTS, MunicipalityType.DISTRICT, suffix, progress, done);
      done = spread(dataset, random, others, TOWNS, MunicipalityType.TOWN, suffix, progress, done);
    }
    return dataset.build();
  }

  private int spread(org.kdk.core.dataset.ImmutableDataset.Builder dataset, SplittableRandom random,
      List<Province> provinces, int count, MunicipalityType type, String suffix,
      java.util.function.IntConsumer progress, int done) {
    for (int i = 0; i < count; i++) {
      Province p = provinces.get(i % provinces.size());
      int number = i / provinces.size() + 1;
      String kind = type == MunicipalityType.TOWN ? "Belde" : "İlçe";
      add(dataset, random, p, type, p.getName() + " " + kind + " " + number, number, suffix, done);
      progress.accept(Math.min(++done, municipalityCount()));
    }
    return done;
  }

  private static String code(Province province) {
    return "tr" + province.getCode().substring(3);
  }

  private static String slug(MunicipalityType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void add(org.kdk.core.dataset.ImmutableDataset.Builder dataset, SplittableRandom random,
      Province province, MunicipalityType type, String name, int number, String suffix, int done) {
    if (done >= limit) {
      return;
    }
    String base = code(province) + "-" + slug(type) + (number == 0 ? "" : "-" + number) + suffix;
    Id municipalityId = Id.of(base);
    Id institutionId = Id.of(base + "-kurum");
    Id councilId = Id.of(base + "-meclis");
    long population = population(random, type);
    dataset.addMunicipality(Municipality.builder().id(municipalityId).name(name + " Belediyesi").type(type)
        .provinceCode(province.getCode()).population(population).populationYear(Year.of(2019))
        .shelterCount(type == MunicipalityType.METROPOLITAN || population > 100_000 ? 1 + random.nextInt(3) : 0)
        .addStrategicPlanPeriod(PLAN_PERIOD)
        .illustrative(true).build());
    dataset.addInstitution(Institution.builder().id(institutionId).name(name + " Belediyesi")
        .kind(InstitutionKind.MUNICIPALITY).provinceCode(province.getCode()).municipalityId(municipalityId).build());
    dataset.addInstitution(Institution.builder().id(councilId).name(name + " Belediye Meclisi")
        .kind(InstitutionKind.MUNICIPAL_COUNCIL).provinceCode(province.getCode()).municipalityId(municipalityId)
        .build());
    LocalDate established = LocalDate.of(FIRST_YEAR - 1, 1 + random.nextInt(12), 1);
    var unit = EqualityUnit.builder().id(Id.of(base + "-eb")).name(name + " Belediyesi Eşitlik Birimi")
        .host(UnitHost.MUNICIPALITY).hostInstitutionId(institutionId).provinceCode(province.getCode())
        .establishedOn(established).addStatusHistory(StatusChange.of(established, MechanismStatus.ACTIVE))
        .representatives(HeadCount.of(2 + random.nextInt(10), random.nextInt(5))).illustrative(true);
    for (int year = 0; year < YEARS; year++) {
      for (int half = 0; half < 2; half++) {
        unit.addMeeting(Meeting.of(LocalDate.of(FIRST_YEAR + year, 3 + half * 6, 10 + random.nextInt(10)),
            HeadCount.of(3 + random.nextInt(6), random.nextInt(4))));
      }
    }
    dataset.addEqualityUnit(unit.build());
    if (type != MunicipalityType.TOWN) {
      Id founding = councilDecision(dataset, random, councilId, established,
          "Kadın-Erkek Eşitlik Komisyonunun kurulması");
      dataset.addEqualityCommission(commission(random, type, name, base, province, municipalityId, councilId,
          established, founding));
    }
    Id adoption = councilDecision(dataset, random, councilId, COUNCIL_APPROVAL,
        "Yerel Eşitlik Eylem Planının kabulü");
    dataset.addPlan(plan(random, province, base, municipalityId, institutionId, councilId, adoption));
  }

  /** A numbered, adopted decision of the municipal council {@code councilId} on {@code date}. */
  private static Id councilDecision(org.kdk.core.dataset.ImmutableDataset.Builder dataset,
      SplittableRandom random, Id councilId, LocalDate date, String subject) {
    String number = date.getYear() + "/" + (date.getDayOfYear() / 3 + 1 + random.nextInt(3));
    Id id = Id.of(councilId + "-" + date);
    dataset.addDecision(Decision.builder().id(id).body(DecisionBody.MUNICIPAL_COUNCIL).bodyId(councilId)
        .number(number).date(date).subject(subject).outcome(DecisionOutcome.ADOPTED).illustrative(true).build());
    return id;
  }

  /**
   * The council's equality commission in its current term: its seats shared among three party groups in
   * proportion to their council seats (largest remainders), a chair and a vice-chair, and three meetings a year
   * with a quorum.
   */
  private static EqualityCommission commission(SplittableRandom random, MunicipalityType type, String name,
      String base, Province province, Id municipalityId, Id councilId, LocalDate established, Id founding) {
    int councilSeats = councilSeats(random, type);
    int size = type == MunicipalityType.METROPOLITAN ? 7 : 5;
    int first = councilSeats * (40 + random.nextInt(21)) / 100;
    int second = (councilSeats - first) * (50 + random.nextInt(31)) / 100;
    int[] seats = {first, second, councilSeats - first - second};
    int[] shares = largestRemainders(seats, size);
    var commission = EqualityCommission.builder().id(Id.of(base + "-kek"))
        .name(name + " Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu").council(CouncilKind.MUNICIPAL_COUNCIL)
        .councilInstitutionId(councilId).municipalityId(municipalityId).provinceCode(province.getCode())
        .term(DateRange.of(LocalDate.of(FIRST_YEAR + YEARS - 1, 4, 1), LocalDate.of(FIRST_YEAR + YEARS, 3, 31)))
        .foundingDecisionId(founding).addStatusHistory(StatusChange.of(established, MechanismStatus.ACTIVE, founding))
        .illustrative(true);
    int seat = 0;
    for (int g = 0; g < PARTY_GROUPS.length; g++) {
      commission.addPartyGroup(PartyGroup.of(PARTY_GROUPS[g], seats[g], shares[g]));
      for (int k = 0; k < shares[g]; k++, seat++) {
        MemberRole role = seat == 0 ? MemberRole.CHAIR : seat == 1 ? MemberRole.VICE_CHAIR : MemberRole.MEMBER;
        Sex sex = seat == 0 || random.nextInt(100) < 40 ? Sex.WOMAN : Sex.MAN;
        commission.addMember(Membership.builder().role(role).partyGroup(PARTY_GROUPS[g])
            .person(Person.ofOfficeHolder("Meclis Üyesi " + (seat + 1) + " (örnek)", sex, "Belediye Meclis Üyesi"))
            .build());
      }
    }
    for (int year = 0; year < YEARS; year++) {
      for (int third = 0; third < 3; third++) {
        int present = size / 2 + 1 + random.nextInt(size - size / 2);
        int women = 1 + random.nextInt(present);
        commission.addMeeting(Meeting.of(LocalDate.of(FIRST_YEAR + year, 2 + third * 4, 5 + random.nextInt(20)),
            HeadCount.of(women, present - women)));
      }
    }
    return commission.build();
  }

  /** Council members by municipality type (Municipal Law 5393 art. 20, rounded to typical sizes). */
  private static int councilSeats(SplittableRandom random, MunicipalityType type) {
    Sizes sizes = Sizes.of(type);
    return sizes.fewestSeats() + random.nextInt(sizes.moreSeats());
  }

  /** The ranges a municipality's population and council size are drawn from, by its type. */
  private record Sizes(int fewestPeople, int morePeople, int fewestSeats, int moreSeats) {
    static Sizes of(MunicipalityType type) {
      switch (type) {
        case METROPOLITAN:
          return new Sizes(700_000, 4_000_000, 45, 60);
        case PROVINCE_CENTRE:
          return new Sizes(60_000, 250_000, 25, 12);
        case METROPOLITAN_DISTRICT:
          return new Sizes(10_000, 400_000, 11, 35);
        case DISTRICT:
          return new Sizes(5_000, 90_000, 9, 16);
        default:
          return new Sizes(2_000, 15_000, 9, 16);
      }
    }
  }


  /** {@code size} seats shared in proportion to {@code seats}: each share rounded down, then up by remainder. */
  private static int[] largestRemainders(int[] seats, int size) {
    int total = 0;
    for (int s : seats) {
      total += s;
    }
    int[] shares = new int[seats.length];
    int given = 0;
    for (int g = 0; g < seats.length; g++) {
      shares[g] = seats[g] * size / total;
      given += shares[g];
    }
    boolean[] raised = new boolean[seats.length];
    for (; given < size; given++) {
      int best = -1;
      for (int g = 0; g < seats.length; g++) {
        if (!raised[g] && (best < 0 || seats[g] * size % total > seats[best] * size % total)) {
          best = g;
        }
      }
      raised[best] = true;
      shares[best]++;
    }
    return shares;
  }

  private static long population(SplittableRandom random, MunicipalityType type) {
    Sizes sizes = Sizes.of(type);
    return sizes.fewestPeople() + random.nextInt(sizes.morePeople());
  }


  private ActionPlan plan(SplittableRandom random, Province province, String base, Id municipalityId,
      Id institutionId, Id councilId, Id adoption) {
    var plan = ActionPlan.builder().id(Id.of(base + "-yeep")).kind(PlanKind.ACTION_PLAN)
        .title("Yerel Eşitlik Eylem Planı " + FIRST_YEAR + "–" + (FIRST_YEAR + YEARS - 1))
        .scope(PlanScope.ofMunicipality(province.getCode(), municipalityId)).addOwnerInstitutionId(institutionId)
        .period(PLAN_PERIOD).addThemes(THEMES).illustrative(true);
    for (Theme theme : THEMES) {
      String t = base + "-" + theme.ordinal();
      plan.addAim(Aim.of(Id.of(t + "-a"), theme, "Amaç: " + theme.name().toLowerCase(Locale.ROOT)));
      plan.addTarget(Target.of(Id.of(t + "-h"), Id.of(t + "-a"), "Hedef: " + theme.name().toLowerCase(Locale.ROOT)));
    }
    List<IndicatorDefinition> catalogue = ReferenceIndicators.all();
    for (int i = 0; i < INDICATORS; i++) {
      plan.addIndicator(indicator(random, Id.of(base + "-g" + i), catalogue.get(i % catalogue.size())));
    }
    var link = StrategicPlanLink.builder().institutionId(institutionId).strategicPlanPeriod(PLAN_PERIOD)
        .performanceProgrammeYear(FIRST_YEAR).reference(FIRST_YEAR + " Performans Programı (örnek)");
    for (int i = 0; i < ACTIONS; i++) {
      Theme theme = THEMES[i % THEMES.length];
      int year = FIRST_YEAR + random.nextInt(YEARS);
      Id actionId = Id.of(base + "-f" + i);
      plan.addAction(Action.builder().id(actionId).targetId(Id.of(base + "-" + theme.ordinal() + "-h"))
          .title("Faaliyet " + (i + 1)).responsibleInstitutionId(institutionId)
          .timeline(DateRange.ofYears(year, Math.min(year + 1, FIRST_YEAR + YEARS - 1)))
          .addBudget(BudgetLine.builder().amount(Money.ofLira(1_000L * (5 + random.nextInt(200))))
              .fundingSource(FUNDING_SOURCES[random.nextInt(FUNDING_SOURCES.length)]).year(year)
              .illustrative(true).build())
          .genderMarker(GENDER_MARKERS[random.nextInt(GENDER_MARKERS.length)])
          .addIndicatorId(Id.of(base + "-g" + (i % INDICATORS))).build());
      if (year == FIRST_YEAR) {
        link.addActionId(actionId);
      }
    }
    plan.addStrategicPlanLink(link.build());
    plan.addConsultation(Consultation.builder().id(Id.of(base + "-c1")).date(LocalDate.of(FIRST_YEAR - 1, 10, 1))
        .title("Paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
        .addParticipant(ParticipantGroup.of(InstitutionKind.WOMENS_NGO, HeadCount.of(5 + random.nextInt(20), 1)))
        .build());
    plan.addApproval(Approval.of(DecisionBody.MUNICIPAL_COUNCIL, adoption, COUNCIL_APPROVAL))
        .state(PlanState.IMPLEMENTING)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(FIRST_YEAR - 1, 3, 1), PlanState.SITUATION_ANALYSIS, institutionId))
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR - 1, 6, 1), PlanState.SITUATION_ANALYSIS,
            PlanState.DRAFTING, institutionId))
        .addHistory(LifecycleEvent.builder().date(COUNCIL_APPROVAL).from(PlanState.DRAFTING)
            .to(PlanState.COUNCIL_APPROVED).actorId(councilId).decisionId(adoption).build())
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR - 1, 12, 20), PlanState.COUNCIL_APPROVED,
            PlanState.INTEGRATED, institutionId))
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR, 1, 15), PlanState.INTEGRATED,
            PlanState.IMPLEMENTING, institutionId));
    return plan.build();
  }

  /**
   * An indicator with a baseline at the end of the year before the plan, a target for its last year in the
   * indicator's direction, and quarterly observations for everyone, women and men. Percentages and ratios are
   * numerators over 200 (everyone) or 100 (each sex); counts and amounts are whole numbers.
   */
  private static Indicator indicator(SplittableRandom random, Id id, IndicatorDefinition definition) {
    Measure measure = definition.getMeasure();
    boolean ratio = measure == Measure.PERCENTAGE || measure == Measure.RATIO;
    boolean numeric = ratio || measure == Measure.COUNT || measure == Measure.MONEY;
    var builder = Indicator.builder().id(id).definition(definition).illustrative(true);
    if (!numeric) {
      return builder.build();
    }
    int start = 50 + random.nextInt(50);
    int step = 1 + random.nextInt(4);
    Direction direction = definition.getDirection();
    int sign = direction == Direction.INCREASE ? 1 : direction == Direction.DECREASE ? -1 : 0;
    builder.baseline(Baseline.builder().date(LocalDate.of(FIRST_YEAR - 1, 12, 31))
        .value(measurement(ratio, start, 200)).illustrative(true).build());
    builder.addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(FIRST_YEAR + YEARS - 1))
        .value(measurement(ratio, start + sign * step * 8, 200)).build());
    for (int year = 0; year < YEARS; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        int k = year * 4 + quarter;
        int value = start + sign * (step * k / 2) + random.nextInt(3) - 1;
        int women = value / 2 + random.nextInt(Math.max(1, value / 4));
        int men = value - women;
        builder.addObservation(Observation.builder().period(ReportingPeriod.ofQuarter(FIRST_YEAR + year, quarter))
            .total(measurement(ratio, value, 200))
            .women(measurement(ratio, women, 100))
            .men(measurement(ratio, men, 100))
            .illustrative(true).build());
      }
    }
    return builder.build();
  }

  private static Measurement measurement(boolean ratio, int value, int denominator) {
    return ratio ? Measurement.ofRatio(Math.min(value, denominator), denominator) : Measurement.of(value);
  }
}
