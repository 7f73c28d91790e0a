package org.kdk.reporting.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kdk.core.administration.Institution;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.Municipality;
import org.kdk.core.administration.MunicipalityType;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.CoordinationBoard;
import org.kdk.core.mechanism.EqualityUnit;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.mechanism.StatusChange;
import org.kdk.core.mechanism.UnitHost;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;

/**
 * The reports the HTML tests render, computed by {@link ReportEngine} on the Mardin fixture of kdk-core with
 * illustrative indicators added to its action plan so that every chart has something to draw: an indicator for
 * each status, women and men values (counts and percentages), and a sensitive count small enough to be withheld.
 */
final class HtmlReportFixtures {
  /** The day the reports speak of: the end of phase 2 (June 2015), after the metropolitan reform. */
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final Id ACTION_PLAN = Id.of("mardin-yeep");
  static final String MARDIN = "TR-47";
  static final int PHASE = 2;

  private static final Id GOVERNORSHIP = Id.of("mardin-valilik");
  private static final Id NGO = Id.of("mardin-kadin-dernegi");
  private static final ReportEngine ENGINE = ReportEngine.standard();

  private HtmlReportFixtures() {}

  /**
   * Mardin with the richer action plan, plus two mechanisms elsewhere so that the dashboard's matrix shows every
   * kind of cell: Bursa's municipal equality unit (founded 2012, 152 equality representatives) and an
   * illustrative Nevşehir coordination board that fell dormant.
   */
  static Dataset dataset() {
    Dataset mardin = MardinDataset.build();
    List<ActionPlan> plans = mardin.getPlans().stream()
        .map(plan -> plan.getId().equals(ACTION_PLAN) ? richer(plan) : plan).collect(Collectors.toList());
    List<Institution> institutions = new ArrayList<>(mardin.getInstitutions());
    institutions.add(Institution.builder().id(Id.of("bursa-bb-kurum")).name("Bursa Büyükşehir Belediyesi")
        .kind(InstitutionKind.MUNICIPALITY).provinceCode("TR-16").municipalityId(Id.of("bursa-bb")).build());
    institutions.add(Institution.builder().id(Id.of("nevsehir-valilik")).name("Nevşehir Valiliği")
        .kind(InstitutionKind.GOVERNORSHIP).provinceCode("TR-50").build());
    List<Municipality> municipalities = new ArrayList<>(mardin.getMunicipalities());
    municipalities.add(Municipality.builder().id(Id.of("bursa-bb")).name("Bursa Büyükşehir Belediyesi")
        .type(MunicipalityType.METROPOLITAN).provinceCode("TR-16").build());
    List<EqualityUnit> units = new ArrayList<>(mardin.getEqualityUnits());
    units.add(EqualityUnit.builder().id(Id.of("bursa-bb-eb")).name("Bursa Büyükşehir Belediyesi Eşitlik Birimi")
        .host(UnitHost.MUNICIPALITY).hostInstitutionId(Id.of("bursa-bb-kurum")).provinceCode("TR-16")
        .representatives(HeadCount.of(98, 54))
        .addStatusHistory(StatusChange.of(LocalDate.of(2012, 5, 1), MechanismStatus.ACTIVE)).illustrative(true)
        .build());
    List<CoordinationBoard> boards = new ArrayList<>(mardin.getCoordinationBoards());
    boards.add(CoordinationBoard.builder().id(Id.of("nevsehir-ikhkk"))
        .name("Nevşehir İl Kadın Hakları Koordinasyon Kurulu").provinceCode("TR-50")
        .hostInstitutionId(Id.of("nevsehir-valilik"))
        .addStatusHistory(StatusChange.of(LocalDate.of(2011, 11, 1), MechanismStatus.ESTABLISHED))
        .addStatusHistory(StatusChange.of(LocalDate.of(2014, 6, 1), MechanismStatus.DORMANT)).illustrative(true)
        .build());
    return ImmutableDataset.copyOf(mardin).withPlans(plans).withInstitutions(institutions)
        .withMunicipalities(municipalities).withEqualityUnits(units).withCoordinationBoards(boards);
  }

  static PlanReport planReport() {
    return ENGINE.planReport(dataset(), ACTION_PLAN, AS_OF);
  }

  static ProvinceScorecard scorecard() {
    return ENGINE.scorecard(dataset(), MARDIN, AS_OF);
  }

  static ProgrammeDashboard dashboard() {
    return ENGINE.dashboard(dataset(), PHASE, AS_OF);
  }

  private static ActionPlan richer(ActionPlan plan) {
    List<Aim> aims = new ArrayList<>(plan.getAims());
    List<Target> targets = new ArrayList<>(plan.getTargets());
    List<Action> actions = new ArrayList<>(plan.getActions());
    List<Indicator> indicators = new ArrayList<>(plan.getIndicators());
    aims.add(Aim.of(Id.of("yeep-a2"), Theme.EDUCATION,
        "Kamu personelinin toplumsal cinsiyet eşitliği konusundaki bilgisini artırmak"));
    aims.add(Aim.of(Id.of("yeep-a3"), Theme.PARTICIPATION,
        "Kadınların yerel karar alma süreçlerine katılımını artırmak"));
    aims.add(Aim.of(Id.of("yeep-a4"), Theme.VIOLENCE_AGAINST_WOMEN,
        "Şiddete uğrayan kadınların destek hizmetlerine erişimini kolaylaştırmak"));
    aims.add(Aim.of(Id.of("yeep-a5"), Theme.URBAN_SERVICES,
        "Kadınların toplu taşımaya güvenli ve kolay erişimini sağlamak"));
    targets.add(Target.of(Id.of("yeep-h2"), Id.of("yeep-a2"),
        "Kurum uzmanlarını cinsiyete göre ayrıştırılmış veri konusunda eğitmek"));
    targets.add(Target.of(Id.of("yeep-h3"), Id.of("yeep-a3"),
        "Meclislerde kadın-erkek eşitlik komisyonlarının düzenli toplanmasını sağlamak"));
    targets.add(Target.of(Id.of("yeep-h4"), Id.of("yeep-a4"), "Kadın derneklerinin projelerini desteklemek"));
    targets.add(Target.of(Id.of("yeep-h5"), Id.of("yeep-a5"),
        "Toplu taşıma güzergâhlarını kadınların ihtiyaçlarına göre gözden geçirmek"));
    actions.add(Action.builder().id(Id.of("yeep-f2")).targetId(Id.of("yeep-h2"))
        .title("Cinsiyete göre ayrıştırılmış veri eğitimleri").responsibleInstitutionId(GOVERNORSHIP)
        .timeline(DateRange.ofYears(2013, 2015))
        .addBudget(BudgetLine.builder().amount(Money.ofLira(30_000)).fundingSource(FundingSource.OWN_BUDGET)
            .year(2013).executed(Money.ofLira(28_500)).illustrative(true).build())
        .addIndicatorIds(Id.of("yeep-g2"), Id.of("yeep-g5")).build());
    actions.add(Action.builder().id(Id.of("yeep-f3")).targetId(Id.of("yeep-h3"))
        .title("Eşitlik komisyonlarına çalışma usulleri desteği").responsibleInstitutionId(GOVERNORSHIP)
        .timeline(DateRange.ofYears(2014, 2015)).addIndicatorId(Id.of("yeep-g4")).build());
    actions.add(Action.builder().id(Id.of("yeep-f4")).targetId(Id.of("yeep-h4"))
        .title("Kadın dernekleri için hibe programı").responsibleInstitutionId(NGO)
        .timeline(DateRange.ofYears(2013, 2014))
        .addBudget(BudgetLine.builder().amount(Money.ofLira(25_000)).fundingSource(FundingSource.GRANT)
            .year(2014).executed(Money.ofLira(25_000)).illustrative(true).build())
        .addIndicatorIds(Id.of("yeep-g6"), Id.of("yeep-g7")).build());
    actions.add(Action.builder().id(Id.of("yeep-f5")).targetId(Id.of("yeep-h5"))
        .title("Güvenli ve erişilebilir toplu taşıma çalışması").responsibleInstitutionId(GOVERNORSHIP)
        .timeline(DateRange.ofYears(2014, 2015))
        .addBudget(BudgetLine.builder().amount(Money.ofLira(15_000)).fundingSource(FundingSource.OTHER)
            .year(2015).illustrative(true).build())
        .addIndicatorId(Id.of("yeep-g3")).build());
    // people trained: on track, women and men counted apart
    indicators.add(indicator("yeep-g2", "KDK-R1-01", Measurement.of(0))
        .addTarget(target(2015, Measurement.of(100)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(46))
            .women(Measurement.of(30)).men(Measurement.of(16)).illustrative(true).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(78))
            .women(Measurement.of(51)).men(Measurement.of(27)).illustrative(true).build())
        .build());
    // access to public transport by sex: at risk, a percentage from numerators and denominators
    indicators.add(indicator("yeep-g3", "KDK-R7-01", Measurement.ofRatio(52, 100))
        .addTarget(target(2015, Measurement.of(70)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
            .total(Measurement.ofRatio(61, 100)).women(Measurement.ofRatio(27, 50))
            .men(Measurement.ofRatio(34, 50)).illustrative(true).build())
        .build());
    // councils whose commission met: a due target without data
    indicators.add(indicator("yeep-g4", "KDK-R6-02", Measurement.of(0))
        .addTarget(target(2014, Measurement.of(2))).build());
    // departments reporting by sex: the target period is over and the target missed
    indicators.add(indicator("yeep-g5", "KDK-R1-03", Measurement.ofRatio(2, 20))
        .addTarget(target(2014, Measurement.of(30)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
            .total(Measurement.ofRatio(3, 25)).illustrative(true).build())
        .build());
    // grant projects: achieved
    indicators.add(indicator("yeep-g6", "KDK-R5-02", Measurement.of(0))
        .addTarget(target(2014, Measurement.of(4)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(5))
            .illustrative(true).build())
        .build());
    // women referred to support services: sensitive, and the 2014 count is small enough to be withheld
    indicators.add(indicator("yeep-g7", "KDK-R1-04", Measurement.of(10))
        .addTarget(target(2015, Measurement.of(30)))
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(14))
            .women(Measurement.of(14)).illustrative(true).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(4))
            .women(Measurement.of(4)).illustrative(true).build())
        .build());
    return ImmutableActionPlan.copyOf(plan).withAims(aims).withTargets(targets).withActions(actions)
        .withIndicators(indicators);
  }

  private static org.kdk.core.indicator.ImmutableIndicator.Builder indicator(String id, String code,
      Measurement baseline) {
    return Indicator.builder().id(Id.of(id)).definition(ReferenceIndicators.of(code))
        .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(baseline).illustrative(true).build())
        .illustrative(true);
  }

  private static TargetValue target(int year, Measurement value) {
    return TargetValue.builder().period(ReportingPeriod.ofYear(year)).value(value).build();
  }
}
