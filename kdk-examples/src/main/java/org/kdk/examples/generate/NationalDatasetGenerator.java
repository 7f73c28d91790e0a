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
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.IndicatorDefinition;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.CouncilKind;
import org.kdk.core.mechanism.EqualityCommission;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.Meeting;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
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
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;

/**
 * Ulusal sentetik veri — a deterministic, seeded national dataset: the 81 provinces and 1,389 municipalities by
 * the real type counts of 2019 (30 metropolitan, 51 province centre, 519 metropolitan district, 403 district,
 * 386 town), each with an equality unit, a council equality commission where it has a council large enough, and
 * a local equality action plan of about 40 actions and 25 indicators observed quarterly over five years,
 * disaggregated by sex. A scale factor repeats the municipalities that many times.
 *
 * <p>Every figure is synthetic and the dataset says so; the same scale and seed give the same dataset, byte for
 * byte once written. Immutable and thread-safe.
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
        .addStrategicPlanPeriod(DateRange.ofYears(FIRST_YEAR, FIRST_YEAR + YEARS - 1))
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
      dataset.addEqualityCommission(EqualityCommission.builder().id(Id.of(base + "-kek"))
          .name(name + " Belediye Meclisi Kadın-Erkek Eşitlik Komisyonu").council(CouncilKind.MUNICIPAL_COUNCIL)
          .councilInstitutionId(councilId).municipalityId(municipalityId).provinceCode(province.getCode())
          .term(DateRange.of(LocalDate.of(FIRST_YEAR + YEARS - 1, 4, 1), LocalDate.of(FIRST_YEAR + YEARS, 3, 31)))
          .addStatusHistory(StatusChange.of(established, MechanismStatus.ACTIVE)).illustrative(true).build());
    }
    dataset.addPlan(plan(random, province, base, municipalityId, institutionId));
  }

  private static long population(SplittableRandom random, MunicipalityType type) {
    switch (type) {
      case METROPOLITAN:
        return 700_000 + random.nextInt(4_000_000);
      case PROVINCE_CENTRE:
        return 60_000 + random.nextInt(250_000);
      case METROPOLITAN_DISTRICT:
        return 10_000 + random.nextInt(400_000);
      case DISTRICT:
        return 5_000 + random.nextInt(90_000);
      default:
        return 2_000 + random.nextInt(15_000);
    }
  }

  private ActionPlan plan(SplittableRandom random, Province province, String base, Id municipalityId,
      Id institutionId) {
    var plan = ActionPlan.builder().id(Id.of(base + "-yeep")).kind(PlanKind.ACTION_PLAN)
        .title("Yerel Eşitlik Eylem Planı " + FIRST_YEAR + "–" + (FIRST_YEAR + YEARS - 1))
        .scope(PlanScope.ofMunicipality(province.getCode(), municipalityId)).addOwnerInstitutionId(institutionId)
        .period(DateRange.ofYears(FIRST_YEAR, FIRST_YEAR + YEARS - 1)).addThemes(THEMES).illustrative(true);
    for (Theme theme : THEMES) {
      String t = base + "-" + theme.ordinal();
      plan.addAim(Aim.of(Id.of(t + "-a"), theme, "Amaç: " + theme.name().toLowerCase(Locale.ROOT)));
      plan.addTarget(Target.of(Id.of(t + "-h"), Id.of(t + "-a"), "Hedef: " + theme.name().toLowerCase(Locale.ROOT)));
    }
    List<IndicatorDefinition> catalogue = ReferenceIndicators.all();
    for (int i = 0; i < INDICATORS; i++) {
      plan.addIndicator(indicator(random, Id.of(base + "-g" + i), catalogue.get(i % catalogue.size())));
    }
    for (int i = 0; i < ACTIONS; i++) {
      Theme theme = THEMES[i % THEMES.length];
      int year = FIRST_YEAR + random.nextInt(YEARS);
      plan.addAction(Action.builder().id(Id.of(base + "-f" + i)).targetId(Id.of(base + "-" + theme.ordinal() + "-h"))
          .title("Faaliyet " + (i + 1)).responsibleInstitutionId(institutionId)
          .timeline(DateRange.ofYears(year, Math.min(year + 1, FIRST_YEAR + YEARS - 1)))
          .addBudget(BudgetLine.builder().amount(Money.ofLira(1_000L * (5 + random.nextInt(200))))
              .fundingSource(FundingSource.values()[random.nextInt(FundingSource.values().length)]).year(year)
              .illustrative(true).build())
          .addIndicatorId(Id.of(base + "-g" + (i % INDICATORS))).build());
    }
    plan.addConsultation(Consultation.builder().id(Id.of(base + "-c1")).date(LocalDate.of(FIRST_YEAR - 1, 10, 1))
        .title("Paydaş çalıştayı").format(ConsultationFormat.WORKSHOP)
        .addParticipant(ParticipantGroup.of(InstitutionKind.WOMENS_NGO, HeadCount.of(5 + random.nextInt(20), 1)))
        .build());
    plan.state(PlanState.IMPLEMENTING)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(FIRST_YEAR - 1, 3, 1), PlanState.SITUATION_ANALYSIS, institutionId))
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR - 1, 6, 1), PlanState.SITUATION_ANALYSIS,
            PlanState.DRAFTING, institutionId))
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR - 1, 11, 1), PlanState.DRAFTING,
            PlanState.COUNCIL_APPROVED, institutionId))
        .addHistory(LifecycleEvent.of(LocalDate.of(FIRST_YEAR, 1, 15), PlanState.COUNCIL_APPROVED,
            PlanState.IMPLEMENTING, institutionId));
    return plan.build();
  }

  private static Indicator indicator(SplittableRandom random, Id id, IndicatorDefinition definition) {
    Measure measure = definition.getMeasure();
    boolean ratio = measure == Measure.PERCENTAGE || measure == Measure.RATIO;
    boolean numeric = ratio || measure == Measure.COUNT || measure == Measure.MONEY;
    var builder = Indicator.builder().id(id).definition(definition).illustrative(true);
    if (!numeric) {
      return builder.build();
    }
    int start = 20 + random.nextInt(60);
    int step = 1 + random.nextInt(4);
    boolean down = !definition.getDirection().isAscending();
    builder.baseline(Baseline.builder().date(LocalDate.of(FIRST_YEAR - 1, 12, 31))
        .value(measurement(ratio, start, 200)).illustrative(true).build());
    int target = down ? Math.max(1, start - step * 8) : start + step * 8;
    builder.addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(FIRST_YEAR + YEARS - 1))
        .value(ratio ? Measurement.of(BigDecimal.valueOf(target * 100L, 2)) : Measurement.of(target)).build());
    for (int year = 0; year < YEARS; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        int k = year * 4 + quarter;
        int value = Math.max(2, down ? start - step * k / 2 : start + step * k / 2);
        int women = value / 2 + random.nextInt(Math.max(1, value / 4));
        int men = Math.max(0, value - women);
        builder.addObservation(Observation.builder().period(ReportingPeriod.ofQuarter(FIRST_YEAR + year, quarter))
            .total(measurement(ratio, value, 200))
            .women(measurement(ratio, women, 100))
            .men(measurement(ratio, Math.min(men, 100), 100))
            .illustrative(true).build());
      }
    }
    return builder.build();
  }

  private static Measurement measurement(boolean ratio, int value, int denominator) {
    return ratio ? Measurement.ofRatio(Math.min(value, denominator), denominator) : Measurement.of(value);
  }
}
