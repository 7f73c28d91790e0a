package org.kdk.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kdk.core.activity.GrantProject;
import org.kdk.core.activity.GrantProjectStatus;
import org.kdk.core.activity.GrantScheme;
import org.kdk.core.activity.Training;
import org.kdk.core.administration.InstitutionKind;
import org.kdk.core.administration.ParticipantGroup;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.dataset.ImmutableDataset;
import org.kdk.core.dataset.MardinDataset;
import org.kdk.core.indicator.Baseline;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Indicator;
import org.kdk.core.indicator.Measure;
import org.kdk.core.indicator.Measurement;
import org.kdk.core.indicator.Observation;
import org.kdk.core.indicator.ReferenceIndicators;
import org.kdk.core.indicator.TargetValue;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.people.HeadCount;
import org.kdk.core.plan.Action;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.plan.Aim;
import org.kdk.core.plan.BudgetLine;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.ImmutableActionPlan;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanState;
import org.kdk.core.plan.Target;
import org.kdk.core.plan.Theme;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.core.value.LocalizedText;
import org.kdk.core.value.Money;
import org.kdk.core.value.ReportingPeriod;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.reporting.progress.Trend;
import org.kdk.reporting.report.ActionSummary;
import org.kdk.reporting.report.BudgetBySource;
import org.kdk.reporting.report.BudgetSummary;
import org.kdk.reporting.report.Duty;
import org.kdk.reporting.report.DutyLine;
import org.kdk.reporting.report.DutyStatus;
import org.kdk.reporting.report.FindingSummary;
import org.kdk.reporting.report.Headline;
import org.kdk.reporting.report.MechanismKind;
import org.kdk.reporting.report.MechanismSlot;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.PlanStage;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceColumn;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.reporting.report.ReportNote;
import org.kdk.reporting.report.StatusCount;
import org.kdk.reporting.report.ThemeSection;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

/**
 * Reports to render: the engine's reports on the Mardin fixture widened with indicators that exercise every
 * column (a sensitive count with small values, a decreasing percentage with women and men, a count with women
 * and men), a training and a grant project; and hand-built reports whose texts are attack payloads.
 */
final class RenderFixtures {
  /** The date all fixture reports speak of. */
  static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  static final Id PLAN = Id.of("mardin-yeep");
  static final String PROVINCE = "TR-47";
  static final int PHASE = 2;

  /** OWASP CSV-injection payloads. */
  static final List<String> CSV_PAYLOADS =
      List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1,1)", "\t=1", "\r=1");
  /** OWASP XSS payloads. */
  static final List<String> XSS_PAYLOADS =
      List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'';!--\"<XSS>=&{()}");

  private static final ReportEngine ENGINE = ReportEngine.standard();
  private static final Dataset DATASET = dataset();

  private RenderFixtures() {}

  static Dataset mardin() {
    return DATASET;
  }

  static PlanReport planReport() {
    return ENGINE.planReport(DATASET, PLAN, AS_OF);
  }

  static ProvinceScorecard scorecard() {
    return ENGINE.scorecard(DATASET, PROVINCE, AS_OF);
  }

  static ProgrammeDashboard dashboard() {
    return ENGINE.dashboard(DATASET, PHASE, AS_OF);
  }

  /** Mardin with three more indicators, two more aims and actions, a training and a grant project. */
  private static Dataset dataset() {
    Dataset mardin = MardinDataset.build();
    ActionPlan yeep = mardin.getPlans().stream().filter(p -> p.getId().equals(PLAN)).findFirst().orElseThrow();
    Id governorship = Id.of("mardin-valilik");
    List<Aim> aims = new ArrayList<>(yeep.getAims());
    aims.add(Aim.of(Id.of("yeep-a2"), Theme.VIOLENCE_AGAINST_WOMEN,
        "Şiddete uğrayan kadınların desteğe ulaşmasını kolaylaştırmak"));
    aims.add(Aim.of(Id.of("yeep-a3"), Theme.EDUCATION, "Kamu personelinin toplumsal cinsiyet eşitliği bilgisini artırmak"));
    List<Target> targets = new ArrayList<>(yeep.getTargets());
    targets.add(Target.of(Id.of("yeep-h2"), Id.of("yeep-a2"), "ŞÖNİM yönlendirmelerini izlemek"));
    targets.add(Target.of(Id.of("yeep-h3"), Id.of("yeep-a3"), "İl müdürlüklerinde eğitim düzenlemek"));
    List<Action> actions = new ArrayList<>(yeep.getActions());
    actions.add(Action.builder().id(Id.of("yeep-f2")).targetId(Id.of("yeep-h2"))
        .title("Yönlendirme verilerinin \"güvenli\" biçimde derlenmesi").responsibleInstitutionId(governorship)
        .timeline(DateRange.ofYears(2013, 2015))
        .addBudget(BudgetLine.builder().amount(Money.ofLira(25_000)).fundingSource(FundingSource.GRANT)
            .year(2014).executed(Money.ofLira(12_500)).build())
        .addIndicatorIds(Id.of("yeep-g2"), Id.of("yeep-g3"))
        .build());
    actions.add(Action.builder().id(Id.of("yeep-f3")).targetId(Id.of("yeep-h3"))
        .title("Toplumsal cinsiyet eşitliği eğitimi | temel düzey").responsibleInstitutionId(governorship)
        .timeline(DateRange.ofYears(2013, 2015))
        .addBudget(BudgetLine.builder().amount(Money.of("18500.50", "TRY")).fundingSource(FundingSource.OWN_BUDGET)
            .year(2013).executed(Money.of("17250.25", "TRY")).build())
        .addIndicatorId(Id.of("yeep-g4"))
        .build());
    List<Indicator> indicators = new ArrayList<>(yeep.getIndicators());
    // sensitive count: 2013 total 12 with 3 men (the parts are withheld), 2014 total 3 (all withheld)
    indicators.add(Indicator.builder().id(Id.of("yeep-g2")).definition(ReferenceIndicators.of("KDK-R1-04"))
        .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(8)).build())
        .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(20)).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(12))
            .women(Measurement.of(9)).men(Measurement.of(3)).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(3))
            .women(Measurement.of(3)).men(Measurement.of(0)).build())
        .build());
    // sensitive percentage that should go down, from numerators and denominators
    indicators.add(Indicator.builder().id(Id.of("yeep-g3")).definition(ReferenceIndicators.of("KDK-R7-02"))
        .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.ofRatio(160, 400)).build())
        .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(30)).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014))
            .total(Measurement.ofRatio(140, 400)).women(Measurement.ofRatio(90, 200))
            .men(Measurement.ofRatio(50, 200)).build())
        .build());
    // people trained, women and men
    indicators.add(Indicator.builder().id(Id.of("yeep-g4")).definition(ReferenceIndicators.of("KDK-R4-01"))
        .baseline(Baseline.builder().date(LocalDate.of(2012, 12, 31)).value(Measurement.of(0)).build())
        .addTarget(TargetValue.builder().period(ReportingPeriod.ofYear(2015)).value(Measurement.of(200)).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2013)).total(Measurement.of(60))
            .women(Measurement.of(45)).men(Measurement.of(15)).build())
        .addObservation(Observation.builder().period(ReportingPeriod.ofYear(2014)).total(Measurement.of(150))
            .women(Measurement.of(100)).men(Measurement.of(50)).build())
        .build());
    ActionPlan wider = ImmutableActionPlan.copyOf(yeep).withAims(aims).withTargets(targets).withActions(actions)
        .withIndicators(indicators);
    List<ActionPlan> plans = new ArrayList<>();
    for (ActionPlan plan : mardin.getPlans()) {
      plans.add(plan.getId().equals(PLAN) ? wider : plan);
    }
    return ImmutableDataset.copyOf(mardin).withPlans(plans)
        .withTrainings(Training.builder().id(Id.of("mardin-egitim-2014")).title("Toplumsal cinsiyet eşitliği eğitimi")
            .period(DateRange.of(LocalDate.of(2014, 3, 10), LocalDate.of(2014, 3, 12))).provinceCode(PROVINCE)
            .organiserInstitutionId(governorship)
            .addParticipant(ParticipantGroup.of(InstitutionKind.PROVINCIAL_DIRECTORATE, HeadCount.of(18, 7)))
            .build())
        .withGrantSchemes(GrantScheme.builder().id(Id.of("kdk-hibe-2014")).name("Kadın Dostu Kentler hibe programı")
            .fundingSource(FundingSource.GRANT).year(2014).build())
        .withGrantProjects(GrantProject.builder().id(Id.of("mardin-hibe-1")).schemeId(Id.of("kdk-hibe-2014"))
            .granteeInstitutionId(Id.of("mardin-kadin-dernegi")).title("Kadın kooperatifleri ağı")
            .theme(Theme.EMPLOYMENT).amount(Money.ofLira(30_000)).provinceCode(PROVINCE)
            .status(GrantProjectStatus.IN_PROGRESS).build());
  }

  // ---- hand-built reports, independent of the engine ----------------------------------------------------

  /** An indicator with a suppressed period, a period with women and men, and the given name. */
  static IndicatorProgress indicator(String name) {
    return IndicatorProgress.builder().indicatorId(Id.of("g1")).code("KDK-R1-04")
        .name(LocalizedText.of(name, name)).measure(Measure.COUNT).unit("kişi").direction(Direction.INCREASE)
        .sensitive(true).baseline(BigDecimal.valueOf(8)).baselineDate(LocalDate.of(2012, 12, 31))
        .addPeriods(PeriodProgress.builder().period(ReportingPeriod.ofYear(2013)).actual(new BigDecimal("1234.5"))
            .targetPeriod(ReportingPeriod.ofYear(2015)).target(BigDecimal.valueOf(2000))
            .share(new BigDecimal("0.6139")).expectedShare(new BigDecimal("0.3333")).status(ProgressStatus.ON_TRACK)
            .women(BigDecimal.valueOf(700)).men(new BigDecimal("534.5")).gap(new BigDecimal("165.5")).build())
        .addPeriods(PeriodProgress.builder().period(ReportingPeriod.ofYear(2014))
            .targetPeriod(ReportingPeriod.ofYear(2015)).target(BigDecimal.valueOf(2000))
            .status(ProgressStatus.NO_DATA).suppressed(true).build())
        .status(ProgressStatus.NO_DATA).trend(Trend.UNKNOWN).build();
  }

  static BudgetSummary budget(long planned, long executed) {
    return BudgetSummary.builder()
        .addBySource(BudgetBySource.builder().source(FundingSource.OWN_BUDGET).planned(Money.ofLira(planned))
            .executed(Money.ofLira(executed)).build())
        .planned(Money.ofLira(planned)).executed(Money.ofLira(executed)).build();
  }

  /** A plan report whose every free text is {@code text}. */
  static PlanReport handPlan(String text) {
    IndicatorProgress indicator = indicator(text);
    List<ThemeSection> themes = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      var section = ThemeSection.builder().theme(theme).covered(theme != Theme.HEALTH)
          .budget(theme == Theme.EMPLOYMENT ? budget(1000, 250) : BudgetSummary.builder()
              .planned(Money.ofLira(0)).executed(Money.ofLira(0)).build());
      if (theme == Theme.HEALTH) {
        section.exemptionReason(text);
      }
      if (theme == Theme.EMPLOYMENT) {
        section.addAims(text).addActions(ActionSummary.builder().actionId(Id.of("f1")).title(text).target(text)
            .responsible(text).timeline(DateRange.ofYears(2013, 2014)).budget(budget(1000, 250))
            .addIndicatorIds(Id.of("g1")).build())
            .addIndicators(indicator);
      }
      themes.add(section.build());
    }
    return PlanReport.builder().asOf(AS_OF).planId(Id.of("p1")).title(text).kind(PlanKind.ACTION_PLAN)
        .provinceCode("TR-47").provinceName(text).municipalityName(text).period(DateRange.ofYears(2013, 2015))
        .state(PlanState.IMPLEMENTING)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2012, 3, 1), PlanState.DRAFTING, Id.of("actor")))
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2013, 1, 10)).from(PlanState.DRAFTING)
            .to(PlanState.BOARD_APPROVED).actorId(Id.of("board")).reason(text).build())
        .addAllThemes(themes).budget(budget(1000, 250)).addIndicators(indicator)
        .addStatusCounts(StatusCount.of(ProgressStatus.ACHIEVED, 0), StatusCount.of(ProgressStatus.ON_TRACK, 0),
            StatusCount.of(ProgressStatus.AT_RISK, 0), StatusCount.of(ProgressStatus.OFF_TRACK, 0),
            StatusCount.of(ProgressStatus.NO_DATA, 1))
        .addNotes(ReportNote.of("SUPPRESSED", LocalizedText.of(text, text)))
        .build();
  }

  /** A scorecard whose every free text is {@code text}. */
  static ProvinceScorecard handScorecard(String text) {
    List<MechanismSlot> slots = new ArrayList<>();
    for (MechanismKind kind : MechanismKind.values()) {
      var slot = MechanismSlot.builder().kind(kind)
          .applicable(kind != MechanismKind.COMMISSION_PROVINCIAL_COUNCIL)
          .present(kind == MechanismKind.COORDINATION_BOARD).active(kind == MechanismKind.COORDINATION_BOARD);
      if (kind == MechanismKind.COORDINATION_BOARD) {
        slot.status(MechanismStatus.ACTIVE).lastMeeting(LocalDate.of(2015, 3, 8)).addNames(text);
      }
      slots.add(slot.build());
    }
    Finding finding = Finding.builder().ruleId("KDK-TEST-001").severity(Severity.WARNING).path("plans[0].title")
        .title(LocalizedText.of(text, text)).message(LocalizedText.of(text, text))
        .basis(Basis.of(BasisKind.DATA_QUALITY, text, text))
        .hint(LocalizedText.of(text, text)).build();
    return ProvinceScorecard.builder().asOf(AS_OF).provinceCode("TR-47").provinceName(text).metropolitan(true)
        .addAllMechanisms(slots)
        .addPlans(PlanStage.builder().planId(Id.of("p1")).title(text).kind(PlanKind.ACTION_PLAN)
            .period(DateRange.ofYears(2013, 2015)).state(PlanState.BOARD_APPROVED)
            .addHistory(LifecycleEvent.builder().date(LocalDate.of(2013, 1, 10)).from(PlanState.DRAFTING)
                .to(PlanState.BOARD_APPROVED).actorId(Id.of("board")).reason(text).build())
            .build())
        .addIndicators(indicator(text))
        .addStatusCounts(StatusCount.of(ProgressStatus.NO_DATA, 1))
        .findings(FindingSummary.builder().profile("current-law").errors(0).warnings(1).infos(0)
            .addTop(finding).build())
        .addDuties(DutyLine.builder().municipalityId(Id.of("m1")).municipalityName(text).duty(Duty.SHELTER)
            .status(DutyStatus.MET).build())
        .addNotes(ReportNote.of("ILLUSTRATIVE", LocalizedText.of(text, text)))
        .build();
  }

  /** A dashboard whose every free text is {@code text}. */
  static ProgrammeDashboard handDashboard(String text) {
    List<MechanismSlot> slots = new ArrayList<>();
    for (MechanismKind kind : MechanismKind.values()) {
      slots.add(MechanismSlot.builder().kind(kind).applicable(true).present(false).active(false).build());
    }
    return ProgrammeDashboard.builder().asOf(AS_OF).phase(2)
        .headline(Headline.builder().provinces(1).plansBoardApproved(1).plansCouncilApproved(0).plansIntegrated(0)
            .budgetAllocated(Money.ofLira(1_234_567)).peopleTrained(25).grantProjects(1)
            .equalityRepresentatives(3).build())
        .addProvinces(ProvinceColumn.builder().provinceCode("TR-47").provinceName(text).addAllMechanisms(slots)
            .planState(PlanState.BOARD_APPROVED).boardApproved(true).councilApproved(false).integrated(false)
            .budgetAllocated(Money.ofLira(1_234_567)).peopleTrained(25).grantProjects(1).equalityRepresentatives(3)
            .build())
        .addNotes(ReportNote.of("ILLUSTRATIVE", LocalizedText.of(text, text)))
        .build();
  }
}
