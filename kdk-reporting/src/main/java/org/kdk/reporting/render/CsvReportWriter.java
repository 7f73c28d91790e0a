package org.kdk.reporting.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Measure;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.value.Id;
import org.kdk.core.value.Money;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.report.ActionSummary;
import org.kdk.reporting.report.BudgetBySource;
import org.kdk.reporting.report.BudgetSummary;
import org.kdk.reporting.report.DutyLine;
import org.kdk.reporting.report.FindingSummary;
import org.kdk.reporting.report.Headline;
import org.kdk.reporting.report.MechanismSlot;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.PlanStage;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceColumn;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportNote;
import org.kdk.reporting.report.StatusCount;
import org.kdk.reporting.report.ThemeSection;
import org.kdk.rules.finding.Finding;

/**
 * CSV rapor yazıcısı — writes a report as one tidy table: one fact per row, in the columns
 * {@code section, theme, id, name, period, metric, value, unit, note} (the header row is in the report's
 * language: {@code bölüm, tema, kimlik, ad, dönem, ölçüt, değer, birim, not}).
 *
 * <ul>
 *   <li>{@code section} — a stable code saying what the row is about (below);
 *   <li>{@code theme} — the theme's label, for rows that belong to one theme of a plan report;
 *   <li>{@code id} — the stable id or code of that thing;
 *   <li>{@code name} — its name or label in the report's language;
 *   <li>{@code period} — the reporting period ({@code 2014}, {@code 2014-Q2}) or, for lifecycle rows, the date;
 *   <li>{@code metric} — a stable code of what is measured;
 *   <li>{@code value} — a number (no grouping, the dialect's decimal separator, all its decimals; shares as
 *       fractions, 1 meaning the target is reached), an ISO date ({@code 2015-06-30}), or a label or text in the
 *       report's language ({@code Evet}/{@code Yes} for yes-no facts);
 *   <li>{@code unit} — the indicator's unit, the currency code for money, {@code puan}/{@code points} for a
 *       women/men gap of a percentage;
 *   <li>{@code note} — {@code gizlendi}/{@code suppressed} for a value withheld by disclosure control (its value
 *       cell is empty), a finding's path, or a report note's text.
 * </ul>
 *
 * <p>Sections, their {@code id} and their metrics:
 * <ul>
 *   <li>{@code PLAN} (plan id): {@code AS_OF}, {@code KIND}, {@code PROVINCE}, {@code PROVINCE_CODE},
 *       {@code MUNICIPALITY}, {@code START}, {@code END}, {@code STATE};
 *   <li>{@code LIFECYCLE} (plan id; period = the step's date): {@code STATE} (entered), {@code ACTOR},
 *       {@code DECISION}, {@code REASON};
 *   <li>{@code THEME} (theme code): {@code COVERED}, {@code EXEMPTION}, {@code AIM} (one row per aim);
 *   <li>{@code ACTION} (action id): {@code TARGET}, {@code RESPONSIBLE}, {@code START}, {@code END},
 *       {@code PLANNED}, {@code EXECUTED}, {@code INDICATOR} (one row per indicator id);
 *   <li>{@code BUDGET} (funding source code, or {@code TOTAL}): {@code PLANNED}, {@code EXECUTED},
 *       {@code LINES_IN_OTHER_CURRENCIES}; with a theme for the theme's budget, without for the plan's;
 *   <li>{@code INDICATOR} (indicator id): without a period {@code CODE}, {@code MEASURE}, {@code DIRECTION},
 *       {@code BASELINE}, {@code BASELINE_DATE}, {@code STATUS}, {@code TREND}; per period {@code ACTUAL},
 *       {@code TARGET_PERIOD}, {@code TARGET}, {@code SHARE}, {@code EXPECTED_SHARE}, {@code STATUS},
 *       {@code WOMEN}, {@code MEN}, {@code GAP}. In a plan report an indicator's rows come under each theme
 *       whose section lists it, and indicators no theme lists follow without a theme;
 *   <li>{@code STATUS} (progress status code): {@code COUNT};
 *   <li>{@code PROVINCE} (province code): in a scorecard {@code AS_OF}, {@code METROPOLITAN}; in a dashboard
 *       {@code PLAN_STATE}, {@code BOARD_APPROVED}, {@code COUNCIL_APPROVED}, {@code INTEGRATED},
 *       {@code BUDGET_ALLOCATED}, {@code PEOPLE_TRAINED}, {@code GRANT_PROJECTS},
 *       {@code EQUALITY_REPRESENTATIVES};
 *   <li>{@code MECHANISM}: in a scorecard (mechanism kind) {@code APPLICABLE}, {@code PRESENT},
 *       {@code ACTIVE}, {@code STATUS}, {@code LAST_MEETING}, {@code NAME}; in a dashboard (province code) the
 *       mechanism kind as metric and one word as value (see {@link ReportText#slot});
 *   <li>{@code FINDING}: (rule profile) {@code ERRORS}, {@code WARNINGS}, {@code INFOS}; then one row per listed
 *       finding (rule id; name = the rule's title; metric = the severity code; value = the message; note = the
 *       path);
 *   <li>{@code DUTY} (municipality id): the duty code as metric, the status label as value;
 *   <li>{@code HEADLINE} (no id): {@code AS_OF}, {@code PHASE}, {@code PROVINCES}, {@code PLANS_BOARD_APPROVED},
 *       {@code PLANS_COUNCIL_APPROVED}, {@code PLANS_INTEGRATED}, {@code BUDGET_ALLOCATED},
 *       {@code PEOPLE_TRAINED}, {@code GRANT_PROJECTS}, {@code EQUALITY_REPRESENTATIVES};
 *   <li>{@code NOTE} (note code, such as {@code SUPPRESSED}): the text in {@code note} — every {@link ReportNote}
 *       of the report becomes one.
 * </ul>
 * A value that is absent has no row, except a withheld one. Text cells that a spreadsheet would read as a
 * formula are neutralised (see {@link Escaping#csvText(String)}); numbers never are. Quoting follows RFC 4180
 * (Apache Commons CSV: separators, quotes and line breaks inside cells are quoted); records end with CRLF; see
 * {@link CsvDialect} for separators, decimal separator and the byte order mark. Immutable and thread-safe.
 */
public final class CsvReportWriter {
  private static final CsvReportWriter RFC_4180 = new CsvReportWriter(CsvDialect.RFC_4180);
  private static final CsvReportWriter EXCEL_TR = new CsvReportWriter(CsvDialect.EXCEL_TR);
  private static final List<String> COLUMNS =
      List.of("section", "theme", "id", "name", "period", "metric", "value", "unit", "note");

  private final CsvDialect dialect;

  private CsvReportWriter(CsvDialect dialect) {
    this.dialect = dialect;
  }

  /** The writer for {@code dialect}. */
  public static CsvReportWriter of(CsvDialect dialect) {
    Objects.requireNonNull(dialect, "dialect");
    return dialect == CsvDialect.RFC_4180 ? RFC_4180 : EXCEL_TR;
  }

  /** The dialect written. */
  public CsvDialect dialect() {
    return dialect;
  }

  /** The plan report's table. */
  public String write(PlanReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Table t = new Table(language);
    String planId = report.getPlanId().getValue();
    t.row("PLAN", "", planId, report.getTitle(), "", "AS_OF", t.date(report.getAsOf()), "", "");
    t.row("PLAN", "", planId, report.getTitle(), "", "KIND", t.label(report.getKind()), "", "");
    t.row("PLAN", "", planId, report.getTitle(), "", "PROVINCE", report.getProvinceName(), "", "");
    t.row("PLAN", "", planId, report.getTitle(), "", "PROVINCE_CODE", report.getProvinceCode(), "", "");
    report.getMunicipalityName().ifPresent(m ->
        t.row("PLAN", "", planId, report.getTitle(), "", "MUNICIPALITY", m, "", ""));
    t.row("PLAN", "", planId, report.getTitle(), "", "START", t.date(report.getPeriod().getStart()), "", "");
    t.row("PLAN", "", planId, report.getTitle(), "", "END", t.date(report.getPeriod().getEnd()), "", "");
    t.row("PLAN", "", planId, report.getTitle(), "", "STATE", t.label(report.getState()), "", "");
    lifecycle(t, report.getPlanId(), report.getTitle(), report.getHistory());

    Set<Id> listed = new LinkedHashSet<>();
    for (ThemeSection section : report.getThemes()) {
      String theme = t.label(section.getTheme());
      String code = section.getTheme().name();
      t.row("THEME", theme, code, theme, "", "COVERED", t.yesNo(section.isCovered()), "", "");
      section.getExemptionReason().ifPresent(r -> t.row("THEME", theme, code, theme, "", "EXEMPTION", r, "", ""));
      for (String aim : section.getAims()) {
        t.row("THEME", theme, code, theme, "", "AIM", aim, "", "");
      }
      for (ActionSummary action : section.getActions()) {
        action(t, theme, action);
      }
      budget(t, theme, section.getBudget());
      for (IndicatorProgress indicator : section.getIndicators()) {
        indicator(t, theme, indicator);
        listed.add(indicator.getIndicatorId());
      }
    }
    budget(t, "", report.getBudget());
    for (IndicatorProgress indicator : report.getIndicators()) {
      if (!listed.contains(indicator.getIndicatorId())) {
        indicator(t, "", indicator);
      }
    }
    statusCounts(t, report.getStatusCounts());
    notes(t, report.getNotes());
    return t.print();
  }

  /** The province scorecard's table. */
  public String write(ProvinceScorecard report, Language language) {
    Objects.requireNonNull(report, "report");
    Table t = new Table(language);
    String code = report.getProvinceCode();
    String name = report.getProvinceName();
    t.row("PROVINCE", "", code, name, "", "AS_OF", t.date(report.getAsOf()), "", "");
    t.row("PROVINCE", "", code, name, "", "METROPOLITAN", t.yesNo(report.isMetropolitan()), "", "");
    for (MechanismSlot slot : report.getMechanisms()) {
      String kind = slot.getKind().name();
      String label = t.label(slot.getKind());
      t.row("MECHANISM", "", kind, label, "", "APPLICABLE", t.yesNo(slot.isApplicable()), "", "");
      t.row("MECHANISM", "", kind, label, "", "PRESENT", t.yesNo(slot.isPresent()), "", "");
      t.row("MECHANISM", "", kind, label, "", "ACTIVE", t.yesNo(slot.isActive()), "", "");
      slot.getStatus().ifPresent(s -> t.row("MECHANISM", "", kind, label, "", "STATUS", t.label(s), "", ""));
      slot.getLastMeeting().ifPresent(d ->
          t.row("MECHANISM", "", kind, label, "", "LAST_MEETING", t.date(d), "", ""));
      for (String mechanism : slot.getNames()) {
        t.row("MECHANISM", "", kind, label, "", "NAME", mechanism, "", "");
      }
    }
    for (PlanStage plan : report.getPlans()) {
      String id = plan.getPlanId().getValue();
      t.row("PLAN", "", id, plan.getTitle(), "", "KIND", t.label(plan.getKind()), "", "");
      t.row("PLAN", "", id, plan.getTitle(), "", "START", t.date(plan.getPeriod().getStart()), "", "");
      t.row("PLAN", "", id, plan.getTitle(), "", "END", t.date(plan.getPeriod().getEnd()), "", "");
      t.row("PLAN", "", id, plan.getTitle(), "", "STATE", t.label(plan.getState()), "", "");
      lifecycle(t, plan.getPlanId(), plan.getTitle(), plan.getHistory());
    }
    for (IndicatorProgress indicator : report.getIndicators()) {
      indicator(t, "", indicator);
    }
    statusCounts(t, report.getStatusCounts());
    FindingSummary findings = report.getFindings();
    String profile = findings.getProfile();
    t.row("FINDING", "", profile, ReportText.get("column.profile", language), "", "ERRORS",
        t.integer(findings.getErrors()), "", "");
    t.row("FINDING", "", profile, ReportText.get("column.profile", language), "", "WARNINGS",
        t.integer(findings.getWarnings()), "", "");
    t.row("FINDING", "", profile, ReportText.get("column.profile", language), "", "INFOS",
        t.integer(findings.getInfos()), "", "");
    for (Finding finding : findings.getTop()) {
      t.row("FINDING", "", finding.getRuleId(), finding.getTitle().get(language), "", finding.getSeverity().name(),
          finding.getMessage().get(language), "", finding.getPath());
    }
    for (DutyLine duty : report.getDuties()) {
      t.row("DUTY", "", duty.getMunicipalityId().getValue(), duty.getMunicipalityName(), "", duty.getDuty().name(),
          t.label(duty.getStatus()), "", "");
    }
    notes(t, report.getNotes());
    return t.print();
  }

  /** The programme dashboard's table. */
  public String write(ProgrammeDashboard report, Language language) {
    Objects.requireNonNull(report, "report");
    Table t = new Table(language);
    Headline h = report.getHeadline();
    t.row("HEADLINE", "", "", ReportText.get("column.asOf", language), "", "AS_OF", t.date(report.getAsOf()), "", "");
    t.row("HEADLINE", "", "", ReportText.get("column.phase", language), "", "PHASE", t.integer(report.getPhase()),
        "", "");
    headline(t, "PROVINCES", "metric.provinces", t.integer(h.getProvinces()), "");
    headline(t, "PLANS_BOARD_APPROVED", "metric.plansBoardApproved", t.integer(h.getPlansBoardApproved()), "");
    headline(t, "PLANS_COUNCIL_APPROVED", "metric.plansCouncilApproved", t.integer(h.getPlansCouncilApproved()), "");
    headline(t, "PLANS_INTEGRATED", "metric.plansIntegrated", t.integer(h.getPlansIntegrated()), "");
    headline(t, "BUDGET_ALLOCATED", "metric.budgetAllocated", t.amount(h.getBudgetAllocated()),
        h.getBudgetAllocated().getCurrency().getCurrencyCode());
    headline(t, "PEOPLE_TRAINED", "metric.peopleTrained", t.integer(h.getPeopleTrained()), "");
    headline(t, "GRANT_PROJECTS", "metric.grantProjects", t.integer(h.getGrantProjects()), "");
    headline(t, "EQUALITY_REPRESENTATIVES", "metric.equalityRepresentatives",
        t.integer(h.getEqualityRepresentatives()), "");
    for (ProvinceColumn p : report.getProvinces()) {
      String code = p.getProvinceCode();
      String name = p.getProvinceName();
      p.getPlanState().ifPresent(s -> t.row("PROVINCE", "", code, name, "", "PLAN_STATE", t.label(s), "", ""));
      t.row("PROVINCE", "", code, name, "", "BOARD_APPROVED", t.yesNo(p.isBoardApproved()), "", "");
      t.row("PROVINCE", "", code, name, "", "COUNCIL_APPROVED", t.yesNo(p.isCouncilApproved()), "", "");
      t.row("PROVINCE", "", code, name, "", "INTEGRATED", t.yesNo(p.isIntegrated()), "", "");
      t.row("PROVINCE", "", code, name, "", "BUDGET_ALLOCATED", t.amount(p.getBudgetAllocated()),
          p.getBudgetAllocated().getCurrency().getCurrencyCode(), "");
      t.row("PROVINCE", "", code, name, "", "PEOPLE_TRAINED", t.integer(p.getPeopleTrained()), "", "");
      t.row("PROVINCE", "", code, name, "", "GRANT_PROJECTS", t.integer(p.getGrantProjects()), "", "");
      t.row("PROVINCE", "", code, name, "", "EQUALITY_REPRESENTATIVES", t.integer(p.getEqualityRepresentatives()),
          "", "");
      for (MechanismSlot slot : p.getMechanisms()) {
        t.row("MECHANISM", "", code, name, "", slot.getKind().name(), ReportText.slot(slot, language), "", "");
      }
    }
    notes(t, report.getNotes());
    return t.print();
  }

  private static void headline(Table t, String metric, String nameKey, Cell value, String unit) {
    t.row("HEADLINE", "", "", ReportText.get(nameKey, t.language), "", metric, value, unit, "");
  }

  private static void lifecycle(Table t, Id planId, String title, List<LifecycleEvent> history) {
    for (LifecycleEvent event : history) {
      String date = t.date(event.getDate());
      String id = planId.getValue();
      t.row("LIFECYCLE", "", id, title, date, "STATE", t.label(event.getTo()), "", "");
      t.row("LIFECYCLE", "", id, title, date, "ACTOR", event.getActorId().getValue(), "", "");
      event.getDecisionId().ifPresent(d -> t.row("LIFECYCLE", "", id, title, date, "DECISION", d.getValue(), "", ""));
      event.getReason().ifPresent(r -> t.row("LIFECYCLE", "", id, title, date, "REASON", r, "", ""));
    }
  }

  private static void action(Table t, String theme, ActionSummary action) {
    String id = action.getActionId().getValue();
    String title = action.getTitle();
    action.getTarget().ifPresent(v -> t.row("ACTION", theme, id, title, "", "TARGET", v, "", ""));
    action.getResponsible().ifPresent(v -> t.row("ACTION", theme, id, title, "", "RESPONSIBLE", v, "", ""));
    action.getTimeline().ifPresent(r -> {
      t.row("ACTION", theme, id, title, "", "START", t.date(r.getStart()), "", "");
      t.row("ACTION", theme, id, title, "", "END", t.date(r.getEnd()), "", "");
    });
    BudgetSummary budget = action.getBudget();
    t.row("ACTION", theme, id, title, "", "PLANNED", t.amount(budget.getPlanned()), currency(budget.getPlanned()), "");
    t.row("ACTION", theme, id, title, "", "EXECUTED", t.amount(budget.getExecuted()), currency(budget.getExecuted()),
        "");
    for (Id indicator : action.getIndicatorIds()) {
      t.row("ACTION", theme, id, title, "", "INDICATOR", indicator.getValue(), "", "");
    }
  }

  private static void budget(Table t, String theme, BudgetSummary budget) {
    for (BudgetBySource line : budget.getBySource()) {
      String source = line.getSource().name();
      String label = t.label(line.getSource());
      t.row("BUDGET", theme, source, label, "", "PLANNED", t.amount(line.getPlanned()), currency(line.getPlanned()), "");
      t.row("BUDGET", theme, source, label, "", "EXECUTED", t.amount(line.getExecuted()), currency(line.getExecuted()),
          "");
    }
    String total = ReportText.get("word.total", t.language);
    t.row("BUDGET", theme, "TOTAL", total, "", "PLANNED", t.amount(budget.getPlanned()), currency(budget.getPlanned()),
        "");
    t.row("BUDGET", theme, "TOTAL", total, "", "EXECUTED", t.amount(budget.getExecuted()),
        currency(budget.getExecuted()), "");
    if (budget.getLinesInOtherCurrencies() > 0) {
      t.row("BUDGET", theme, "TOTAL", total, "", "LINES_IN_OTHER_CURRENCIES",
          t.integer(budget.getLinesInOtherCurrencies()), "", "");
    }
  }

  private static void indicator(Table t, String theme, IndicatorProgress indicator) {
    String id = indicator.getIndicatorId().getValue();
    String name = indicator.getName().get(t.language);
    String unit = indicator.getUnit();
    t.row("INDICATOR", theme, id, name, "", "CODE", indicator.getCode(), "", "");
    t.row("INDICATOR", theme, id, name, "", "MEASURE", t.label(indicator.getMeasure()), "", "");
    t.row("INDICATOR", theme, id, name, "", "DIRECTION", t.label(indicator.getDirection()), "", "");
    indicator.getBaseline().ifPresent(b -> t.row("INDICATOR", theme, id, name, "", "BASELINE", t.number(b), unit, ""));
    indicator.getBaselineDate().ifPresent(d ->
        t.row("INDICATOR", theme, id, name, "", "BASELINE_DATE", t.date(d), "", ""));
    t.row("INDICATOR", theme, id, name, "", "STATUS", t.label(indicator.getStatus()), "", "");
    t.row("INDICATOR", theme, id, name, "", "TREND", t.label(indicator.getTrend()), "", "");
    String withheld = ReportText.get("word.suppressed", t.language);
    for (PeriodProgress p : indicator.getPeriods()) {
      String period = p.getPeriod().toString();
      boolean suppressed = p.isSuppressed();
      measured(t, theme, id, name, period, "ACTUAL", p.getActual(), unit, suppressed, withheld);
      p.getTargetPeriod().ifPresent(tp ->
          t.row("INDICATOR", theme, id, name, period, "TARGET_PERIOD", tp.toString(), "", ""));
      p.getTarget().ifPresent(v -> t.row("INDICATOR", theme, id, name, period, "TARGET", t.number(v), unit, ""));
      measured(t, theme, id, name, period, "SHARE", p.getShare(), "", suppressed && p.getActual().isEmpty(),
          withheld);
      p.getExpectedShare().ifPresent(v ->
          t.row("INDICATOR", theme, id, name, period, "EXPECTED_SHARE", t.number(v), "", ""));
      t.row("INDICATOR", theme, id, name, period, "STATUS", t.label(p.getStatus()), "", "");
      measured(t, theme, id, name, period, "WOMEN", p.getWomen(), unit, suppressed, withheld);
      measured(t, theme, id, name, period, "MEN", p.getMen(), unit, suppressed, withheld);
      String gapUnit = indicator.getMeasure() == Measure.PERCENTAGE ? ReportText.get("word.points", t.language) : unit;
      measured(t, theme, id, name, period, "GAP", p.getGap(), gapUnit, suppressed, withheld);
    }
  }

  /** A value row; a withheld value is an empty cell noted as suppressed, any other absent value no row. */
  private static void measured(Table t, String theme, String id, String name, String period, String metric,
      Optional<BigDecimal> value, String unit, boolean suppressed, String withheld) {
    if (value.isPresent()) {
      t.row("INDICATOR", theme, id, name, period, metric, t.number(value.get()), unit, "");
    } else if (suppressed) {
      t.row("INDICATOR", theme, id, name, period, metric, "", unit, withheld);
    }
  }

  private static void statusCounts(Table t, List<StatusCount> counts) {
    for (StatusCount count : counts) {
      t.row("STATUS", "", count.getStatus().name(), t.label(count.getStatus()), "", "COUNT",
          t.integer(count.getCount()), "", "");
    }
  }

  private static void notes(Table t, List<ReportNote> notes) {
    for (ReportNote note : notes) {
      t.row("NOTE", "", note.getCode(), "", "", "", "", "", note.getText().get(t.language));
    }
  }

  private static String currency(Money money) {
    return money.getCurrency().getCurrencyCode();
  }

  /** The rows of one report: cells already formatted; text cells are neutralised when printed, numbers not. */
  private final class Table {
    final Language language;
    private final List<Cell[]> rows = new ArrayList<>();

    Table(Language language) {
      this.language = Objects.requireNonNull(language, "language");
    }

    /** Adds a row whose value is text. */
    void row(String section, String theme, String id, String name, String period, String metric, String value,
        String unit, String note) {
      row(section, theme, id, name, period, metric, new Cell(value, false), unit, note);
    }

    /** Adds a row whose value is a number made by {@link #number}, {@link #integer} or {@link #amount}. */
    void row(String section, String theme, String id, String name, String period, String metric, Cell value,
        String unit, String note) {
      rows.add(new Cell[] {text(section), text(theme), text(id), text(name), text(period), text(metric), value,
          text(unit), text(note)});
    }

    Cell number(BigDecimal value) {
      return new Cell(Numbers.plain(value, dialect.decimalSeparator()), true);
    }

    Cell integer(long value) {
      return new Cell(Long.toString(value), true);
    }

    Cell amount(Money money) {
      return number(money.getAmount());
    }

    String date(LocalDate date) {
      return date.toString();
    }

    String label(Labelled code) {
      return code.getDisplayName(language);
    }

    String yesNo(boolean value) {
      return ReportText.yesNo(value, language);
    }

    String print() {
      StringBuilder out = new StringBuilder(rows.size() * 80 + 16);
      if (dialect.hasByteOrderMark()) {
        out.append(CsvDialect.BYTE_ORDER_MARK);
      }
      try (CSVPrinter printer = new CSVPrinter(out, dialect.csvFormat())) {
        List<String> header = COLUMNS.stream().map(c -> Escaping.csvText(ReportText.get("csv." + c, language)))
            .collect(Collectors.toList());
        printer.printRecord(header);
        for (Cell[] row : rows) {
          List<String> cells = new ArrayList<>(row.length);
          for (Cell cell : row) {
            cells.add(cell.numeric ? cell.text : Escaping.csvText(cell.text));
          }
          printer.printRecord(cells);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
    }

    private Cell text(String s) {
      return new Cell(s, false);
    }
  }

  private static final class Cell {
    final String text;
    final boolean numeric;

    Cell(String text, boolean numeric) {
      this.text = text;
      this.numeric = numeric;
    }
  }
}
