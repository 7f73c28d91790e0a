package org.kdk.reporting.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kdk.core.indicator.Direction;
import org.kdk.core.indicator.Measure;
import org.kdk.core.mechanism.MechanismStatus;
import org.kdk.core.plan.FundingSource;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanKind;
import org.kdk.core.plan.PlanState;
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
import org.kdk.reporting.report.ReportNote;
import org.kdk.reporting.report.StatusCount;
import org.kdk.reporting.report.ThemeSection;
import org.kdk.rules.finding.Basis;
import org.kdk.rules.finding.BasisKind;
import org.kdk.rules.finding.Finding;
import org.kdk.rules.finding.Severity;

/**
 * Reports built by hand whose every text from the data is an OWASP XSS payload (and a CSV-injection payload
 * for good measure), to show that the HTML writer prints them as text.
 */
final class HostileReports {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  static final String POLYGLOT = "'';!--\"<XSS>=&{()}";
  static final String FORMULA = "=cmd|' /C calc'!A0";
  static final List<String> PAYLOADS = List.of(SCRIPT, IMAGE, POLYGLOT);

  private static final LocalDate AS_OF = LocalDate.of(2015, 6, 30);
  private static final Money ZERO = Money.ofLira(0);

  private HostileReports() {}

  static PlanReport planReport() {
    IndicatorProgress indicator = indicator();
    BudgetSummary budget = BudgetSummary.builder()
        .addBySource(BudgetBySource.builder().source(FundingSource.GRANT).planned(Money.ofLira(1000))
            .executed(Money.ofLira(250)).build())
        .planned(Money.ofLira(1000)).executed(Money.ofLira(250)).build();
    return PlanReport.builder().asOf(AS_OF).planId(Id.of("hostile-plan")).title(SCRIPT).kind(PlanKind.ACTION_PLAN)
        .provinceCode("TR-47").provinceName(IMAGE).municipalityName(POLYGLOT)
        .period(DateRange.ofYears(2013, 2015)).state(PlanState.RETURNED)
        .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2013, 1, 10), PlanState.DRAFTING, Id.of("actor")))
        .addHistory(LifecycleEvent.builder().date(LocalDate.of(2014, 5, 2)).from(PlanState.DRAFTING)
            .to(PlanState.RETURNED).actorId(Id.of("council")).reason(IMAGE).build())
        .addThemes(ThemeSection.builder().theme(Theme.EDUCATION).covered(true).addAims(SCRIPT, POLYGLOT)
            .addActions(ActionSummary.builder().actionId(Id.of("a1")).title(IMAGE).target(POLYGLOT)
                .responsible(SCRIPT).timeline(DateRange.ofYears(2013, 2014)).budget(budget)
                .addIndicatorIds(Id.of("i1")).build())
            .addIndicators(indicator).budget(budget).build())
        .addThemes(ThemeSection.builder().theme(Theme.HEALTH).covered(false).exemptionReason(SCRIPT)
            .budget(BudgetSummary.builder().planned(ZERO).executed(ZERO).build()).build())
        .budget(budget)
        .addIndicators(indicator)
        .addStatusCounts(StatusCount.of(ProgressStatus.ACHIEVED, 0), StatusCount.of(ProgressStatus.ON_TRACK, 0),
            StatusCount.of(ProgressStatus.AT_RISK, 1), StatusCount.of(ProgressStatus.OFF_TRACK, 0),
            StatusCount.of(ProgressStatus.NO_DATA, 0))
        .addNotes(ReportNote.of("ILLUSTRATIVE", LocalizedText.of(POLYGLOT, IMAGE)))
        .build();
  }

  static ProvinceScorecard scorecard() {
    return ProvinceScorecard.builder().asOf(AS_OF).provinceCode("TR-47").provinceName(SCRIPT).metropolitan(true)
        .addMechanisms(MechanismSlot.builder().kind(MechanismKind.COORDINATION_BOARD).applicable(true).present(true)
            .active(true).status(MechanismStatus.ACTIVE).lastMeeting(LocalDate.of(2015, 3, 1))
            .addNames(IMAGE, POLYGLOT).build())
        .addPlans(PlanStage.builder().planId(Id.of("p1")).title(POLYGLOT).kind(PlanKind.ACTION_PLAN)
            .period(DateRange.ofYears(2013, 2015)).state(PlanState.DRAFTING)
            .addHistory(LifecycleEvent.ofCreation(LocalDate.of(2013, 1, 10), PlanState.DRAFTING, Id.of("actor")))
            .build())
        .addIndicators(indicator())
        .addStatusCounts(StatusCount.of(ProgressStatus.AT_RISK, 1))
        .findings(FindingSummary.builder().profile(POLYGLOT).errors(1).warnings(0).infos(0)
            .addTop(Finding.builder().ruleId(FORMULA).severity(Severity.ERROR).path(IMAGE)
                .title(LocalizedText.of(SCRIPT, SCRIPT)).message(LocalizedText.of(SCRIPT, SCRIPT))
                .basis(Basis.of(BasisKind.LAW, POLYGLOT, POLYGLOT)).hint(LocalizedText.of(IMAGE, IMAGE)).build())
            .build())
        .addDuties(DutyLine.builder().municipalityId(Id.of("m1")).municipalityName(IMAGE).duty(Duty.SHELTER)
            .status(DutyStatus.NOT_MET).build())
        .addNotes(ReportNote.of(POLYGLOT, LocalizedText.of(SCRIPT, SCRIPT)))
        .build();
  }

  static ProgrammeDashboard dashboard() {
    return ProgrammeDashboard.builder().asOf(AS_OF).phase(2)
        .headline(Headline.builder().provinces(1).plansBoardApproved(1).plansCouncilApproved(0).plansIntegrated(0)
            .budgetAllocated(ZERO).peopleTrained(3).grantProjects(0).equalityRepresentatives(2).build())
        .addProvinces(ProvinceColumn.builder().provinceCode(POLYGLOT).provinceName(SCRIPT)
            .addMechanisms(MechanismSlot.builder().kind(MechanismKind.UNIT_MUNICIPALITY).applicable(true)
                .present(true).active(false).status(MechanismStatus.DORMANT).addNames(IMAGE).build())
            .planState(PlanState.BOARD_APPROVED).boardApproved(true).councilApproved(false).integrated(false)
            .budgetAllocated(ZERO).peopleTrained(3).grantProjects(0).equalityRepresentatives(2).build())
        .addNotes(ReportNote.of("ILLUSTRATIVE", LocalizedText.of(IMAGE, POLYGLOT)))
        .build();
  }

  private static IndicatorProgress indicator() {
    return IndicatorProgress.builder().indicatorId(Id.of("i1")).code(FORMULA)
        .name(LocalizedText.of(SCRIPT, IMAGE)).measure(Measure.COUNT).unit(POLYGLOT).direction(Direction.INCREASE)
        .sensitive(false).baseline(BigDecimal.ZERO).baselineDate(LocalDate.of(2012, 12, 31))
        .addPeriods(PeriodProgress.builder().period(ReportingPeriod.ofYear(2014)).actual(new BigDecimal("12"))
            .targetPeriod(ReportingPeriod.ofYear(2015)).target(new BigDecimal("30")).share(new BigDecimal("0.4"))
            .expectedShare(new BigDecimal("0.6667")).status(ProgressStatus.AT_RISK).women(new BigDecimal("7"))
            .men(new BigDecimal("5")).gap(new BigDecimal("2")).build())
        .status(ProgressStatus.AT_RISK).trend(Trend.UNKNOWN).build();
  }
}
