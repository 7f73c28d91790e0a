package org.kdk.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Measure;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.value.Id;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.report.ActionSummary;
import org.kdk.reporting.report.BudgetBySource;
import org.kdk.reporting.report.BudgetSummary;
import org.kdk.reporting.report.Duty;
import org.kdk.reporting.report.DutyLine;
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
import org.kdk.rules.finding.Finding;

/**
 * Markdown rapor yazıcısı — writes a report as a Markdown document (CommonMark with GitHub tables) for people:
 * a title and the report date, the report's notes as a quotation right under the title, then headed sections
 * with tables; statuses are words ({@code Yolunda}, {@code Gerisinde}), numbers, money and dates are written the
 * language's way ({@link Numbers}), and every text from the data is escaped ({@link Escaping#markdown(String)}),
 * so that a {@code |} in a name cannot break a table. Withheld counts of sensitive indicators read
 * {@code gizlendi}/{@code suppressed}; absent values {@code —}. Lines end with {@code \n}. Immutable and
 * thread-safe.
 */
public final class MarkdownReportWriter {
  private static final MarkdownReportWriter STANDARD = new MarkdownReportWriter();

  private MarkdownReportWriter() {}

  /** The writer. */
  public static MarkdownReportWriter standard() {
    return STANDARD;
  }

  /** The plan report as Markdown. */
  public String write(PlanReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Doc d = new Doc(language);
    d.title(ReportText.format("title.planOf", language, report.getTitle()), report.getAsOf(), report.getNotes());
    d.heading(2, d.text("section.summary"));
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of(d.text("column.planId"), report.getPlanId().getValue()));
    facts.add(List.of(d.text("column.kind"), d.label(report.getKind())));
    facts.add(List.of(d.text("column.province"), report.getProvinceName() + " (" + report.getProvinceCode() + ")"));
    report.getMunicipalityName().ifPresent(m -> facts.add(List.of(d.text("column.municipality"), m)));
    facts.add(List.of(d.text("column.period"), Numbers.dateRange(report.getPeriod(), language)));
    facts.add(List.of(d.text("column.state"), d.label(report.getState())));
    d.table(List.of("", ""), "ll", facts);

    d.heading(2, d.text("section.statusCounts"));
    statusCounts(d, report.getStatusCounts());

    d.heading(2, d.text("section.indicators"));
    indicators(d, report.getIndicators());

    d.heading(2, d.text("section.themes"));
    Map<Id, IndicatorProgress> byId = new LinkedHashMap<>();
    report.getIndicators().forEach(i -> byId.put(i.getIndicatorId(), i));
    for (ThemeSection section : report.getThemes()) {
      theme(d, section, byId);
    }

    d.heading(2, d.text("section.budget"));
    budget(d, report.getBudget());

    d.heading(2, d.text("section.history"));
    history(d, report.getHistory());
    return d.toString();
  }

  /** The province scorecard as Markdown. */
  public String write(ProvinceScorecard report, Language language) {
    Objects.requireNonNull(report, "report");
    Doc d = new Doc(language);
    d.title(ReportText.format("title.scorecardOf", language, report.getProvinceName(), report.getProvinceCode()),
        report.getAsOf(), report.getNotes());
    d.paragraph(d.text("column.metropolitan") + ": " + ReportText.yesNo(report.isMetropolitan(), language));

    d.heading(2, d.text("section.mechanisms"));
    List<List<String>> slots = new ArrayList<>();
    for (MechanismSlot slot : report.getMechanisms()) {
      slots.add(List.of(d.label(slot.getKind()), ReportText.yesNo(slot.isApplicable(), language),
          ReportText.yesNo(slot.isPresent(), language), ReportText.yesNo(slot.isActive(), language),
          slot.getStatus().map(d::label).orElse(d.none()),
          slot.getLastMeeting().map(date -> Numbers.date(date, language)).orElse(d.none()),
          slot.getNames().isEmpty() ? d.none() : String.join("; ", slot.getNames())));
    }
    d.table(List.of(d.text("column.mechanism"), d.text("column.applicable"), d.text("column.present"),
        d.text("column.active"), d.text("column.mechanismStatus"), d.text("column.lastMeeting"),
        d.text("column.names")), "lllllll", slots);

    d.heading(2, d.text("section.plans"));
    if (report.getPlans().isEmpty()) {
      d.paragraph(d.text("word.noPlans"));
    } else {
      List<List<String>> plans = new ArrayList<>();
      for (PlanStage plan : report.getPlans()) {
        plans.add(List.of(plan.getTitle(), plan.getPlanId().getValue(), d.label(plan.getKind()),
            Numbers.dateRange(plan.getPeriod(), language), d.label(plan.getState())));
      }
      d.table(List.of(d.text("column.plan"), d.text("column.planId"), d.text("column.kind"),
          d.text("column.period"), d.text("column.state")), "lllll", plans);
      for (PlanStage plan : report.getPlans()) {
        d.heading(3, d.text("section.history") + ": " + plan.getTitle());
        history(d, plan.getHistory());
      }
    }

    d.heading(2, d.text("section.statusCounts"));
    statusCounts(d, report.getStatusCounts());
    d.heading(2, d.text("section.indicators"));
    indicators(d, report.getIndicators());

    d.heading(2, d.text("section.findings"));
    FindingSummary findings = report.getFindings();
    d.paragraph(d.text("column.profile") + ": " + findings.getProfile() + " — "
        + d.text("metric.errors") + ": " + Numbers.integer(findings.getErrors(), language) + ", "
        + d.text("metric.warnings") + ": " + Numbers.integer(findings.getWarnings(), language) + ", "
        + d.text("metric.infos") + ": " + Numbers.integer(findings.getInfos(), language));
    if (findings.getTop().isEmpty()) {
      d.paragraph(d.text("word.noFindings"));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (Finding f : findings.getTop()) {
        rows.add(List.of(d.label(f.getSeverity()), f.getRuleId(), f.getPath().isEmpty() ? "/" : f.getPath(),
            f.getMessage().get(language)));
      }
      d.table(List.of(d.text("column.severity"), d.text("column.rule"), d.text("column.path"),
          d.text("column.message")), "llll", rows);
      int total = findings.getErrors() + findings.getWarnings() + findings.getInfos();
      if (total > findings.getTop().size()) {
        d.paragraph(ReportText.format("note.moreFindings", language,
            Numbers.integer(total - findings.getTop().size(), language)));
      }
    }

    d.heading(2, d.text("section.duties"));
    duties(d, report.getDuties());
    return d.toString();
  }

  /** The programme dashboard as Markdown. */
  public String write(ProgrammeDashboard report, Language language) {
    Objects.requireNonNull(report, "report");
    Doc d = new Doc(language);
    d.title(ReportText.format("title.dashboardOf", language, report.getPhase()), report.getAsOf(),
        report.getNotes());
    Headline h = report.getHeadline();
    d.heading(2, d.text("section.headline"));
    List<List<String>> headline = List.of(
        List.of(d.text("metric.provinces"), Numbers.integer(h.getProvinces(), language)),
        List.of(d.text("metric.plansBoardApproved"), Numbers.integer(h.getPlansBoardApproved(), language)),
        List.of(d.text("metric.plansCouncilApproved"), Numbers.integer(h.getPlansCouncilApproved(), language)),
        List.of(d.text("metric.plansIntegrated"), Numbers.integer(h.getPlansIntegrated(), language)),
        List.of(d.text("metric.budgetAllocated"), Numbers.money(h.getBudgetAllocated(), language)),
        List.of(d.text("metric.peopleTrained"), Numbers.integer(h.getPeopleTrained(), language)),
        List.of(d.text("metric.grantProjects"), Numbers.integer(h.getGrantProjects(), language)),
        List.of(d.text("metric.equalityRepresentatives"), Numbers.integer(h.getEqualityRepresentatives(), language)));
    d.table(List.of("", ""), "lr", headline);

    d.heading(2, d.text("section.provinces"));
    List<List<String>> provinces = new ArrayList<>();
    for (ProvinceColumn p : report.getProvinces()) {
      provinces.add(List.of(p.getProvinceName() + " (" + p.getProvinceCode() + ")",
          p.getPlanState().map(d::label).orElse(d.none()),
          ReportText.yesNo(p.isBoardApproved(), language), ReportText.yesNo(p.isCouncilApproved(), language),
          ReportText.yesNo(p.isIntegrated(), language), Numbers.money(p.getBudgetAllocated(), language),
          Numbers.integer(p.getPeopleTrained(), language), Numbers.integer(p.getGrantProjects(), language),
          Numbers.integer(p.getEqualityRepresentatives(), language)));
    }
    d.table(List.of(d.text("column.province"), d.text("column.planState"), d.text("column.boardApproved"),
        d.text("column.councilApproved"), d.text("column.integrated"), d.text("column.budgetAllocated"),
        d.text("column.peopleTrained"), d.text("column.grantProjects"), d.text("column.equalityRepresentatives")),
        "lllllrrrr", provinces);

    d.heading(2, d.text("section.mechanisms"));
    List<String> header = new ArrayList<>();
    header.add(d.text("column.province"));
    for (MechanismKind kind : MechanismKind.values()) {
      header.add(d.label(kind));
    }
    List<List<String>> matrix = new ArrayList<>();
    for (ProvinceColumn p : report.getProvinces()) {
      List<String> row = new ArrayList<>();
      row.add(p.getProvinceName() + " (" + p.getProvinceCode() + ")");
      for (MechanismKind kind : MechanismKind.values()) {
        row.add(p.getMechanisms().stream().filter(s -> s.getKind() == kind).findFirst()
            .map(s -> ReportText.slot(s, language)).orElse(d.none()));
      }
      matrix.add(row);
    }
    d.table(header, "l".repeat(header.size()), matrix);
    return d.toString();
  }

  private static void statusCounts(Doc d, List<StatusCount> counts) {
    List<List<String>> rows = counts.stream()
        .map(c -> List.of(d.label(c.getStatus()), Numbers.integer(c.getCount(), d.language)))
        .collect(Collectors.toList());
    d.table(List.of(d.text("column.status"), d.text("column.count")), "lr", rows);
  }

  private static void indicators(Doc d, List<IndicatorProgress> indicators) {
    if (indicators.isEmpty()) {
      d.paragraph(d.text("word.noIndicators"));
      return;
    }
    Language language = d.language;
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorProgress i : indicators) {
      Optional<PeriodProgress> last = i.getPeriods().isEmpty() ? Optional.empty()
          : Optional.of(i.getPeriods().get(i.getPeriods().size() - 1));
      rows.add(List.of(i.getCode(), i.getName().get(language), i.getUnit(),
          i.getBaseline().map(b -> Numbers.measured(b, i.getMeasure(), language)).orElse(d.none()),
          last.map(p -> p.getPeriod().toString()).orElse(d.none()),
          last.map(p -> value(d, p.getActual(), i.getMeasure(), p.isSuppressed())).orElse(d.none()),
          last.flatMap(PeriodProgress::getTarget).map(v -> Numbers.measured(v, i.getMeasure(), language))
              .orElse(d.none()),
          last.flatMap(PeriodProgress::getShare).map(v -> Numbers.share(v, language)).orElse(d.none()),
          d.label(i.getStatus()), d.label(i.getTrend())));
    }
    d.table(List.of(d.text("column.code"), d.text("column.indicator"), d.text("column.unit"),
        d.text("column.baseline"), d.text("column.latestPeriod"), d.text("column.actual"), d.text("column.target"),
        d.text("column.share"), d.text("column.status"), d.text("column.trend")), "lllrlrrrll", rows);
    d.paragraph(d.text("note.shareExplained"));
    for (IndicatorProgress i : indicators) {
      d.heading(3, i.getCode() + " — " + i.getName().get(language));
      if (i.getPeriods().isEmpty()) {
        d.paragraph(d.none());
        continue;
      }
      List<List<String>> periods = new ArrayList<>();
      for (PeriodProgress p : i.getPeriods()) {
        periods.add(List.of(p.getPeriod().toString(),
            value(d, p.getActual(), i.getMeasure(), p.isSuppressed()),
            p.getTarget().map(v -> Numbers.measured(v, i.getMeasure(), language)).orElse(d.none()),
            p.getShare().map(v -> Numbers.share(v, language))
                .orElse(p.isSuppressed() && p.getActual().isEmpty() ? d.text("word.suppressed") : d.none()),
            p.getExpectedShare().map(v -> Numbers.share(v, language)).orElse(d.none()),
            d.label(p.getStatus()),
            value(d, p.getWomen(), i.getMeasure(), p.isSuppressed()),
            value(d, p.getMen(), i.getMeasure(), p.isSuppressed()),
            p.getGap().map(g -> gap(d, g, i.getMeasure()))
                .orElse(p.isSuppressed() ? d.text("word.suppressed") : d.none())));
      }
      d.table(List.of(d.text("column.period"), d.text("column.actual"), d.text("column.target"),
          d.text("column.share"), d.text("column.expectedShare"), d.text("column.status"), d.text("column.women"),
          d.text("column.men"), d.text("column.gap")), "lrrrrlrrr", periods);
    }
  }

  private static String value(Doc d, Optional<BigDecimal> value, Measure measure, boolean suppressed) {
    if (value.isPresent()) {
      return Numbers.measured(value.get(), measure, d.language);
    }
    return suppressed ? d.text("word.suppressed") : d.none();
  }

  private static String gap(Doc d, BigDecimal gap, Measure measure) {
    String number = Numbers.signed(gap, d.language);
    return measure == Measure.PERCENTAGE ? number + " " + d.text("word.points") : number;
  }

  private static void theme(Doc d, ThemeSection section, Map<Id, IndicatorProgress> byId) {
    Language language = d.language;
    d.heading(3, d.label(section.getTheme()));
    String covered = d.text("metric.covered") + ": " + ReportText.yesNo(section.isCovered(), language);
    d.paragraph(section.getExemptionReason().map(r -> covered + " — " + d.text("column.exemption") + ": " + r)
        .orElse(covered));
    if (!section.getAims().isEmpty()) {
      d.raw("**" + Escaping.markdown(d.text("section.aims")) + "**");
      d.bullets(section.getAims());
    }
    if (!section.getActions().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      for (ActionSummary a : section.getActions()) {
        rows.add(List.of(a.getTitle(), a.getTarget().orElse(d.none()), a.getResponsible().orElse(d.none()),
            a.getTimeline().map(r -> Numbers.dateRange(r, language)).orElse(d.none()),
            Numbers.money(a.getBudget().getPlanned(), language), Numbers.money(a.getBudget().getExecuted(), language),
            a.getIndicatorIds().isEmpty() ? d.none()
                : a.getIndicatorIds().stream().map(id -> Optional.ofNullable(byId.get(id))
                    .map(IndicatorProgress::getCode).orElse(id.getValue())).collect(Collectors.joining(", "))));
      }
      d.table(List.of(d.text("column.action"), d.text("column.target"), d.text("column.responsible"),
          d.text("column.timeline"), d.text("column.planned"), d.text("column.executed"),
          d.text("column.indicators")), "llllrrl", rows);
    }
    if (!section.getIndicators().isEmpty()) {
      d.raw("**" + Escaping.markdown(d.text("section.indicators")) + "**");
      d.bullets(section.getIndicators().stream()
          .map(i -> i.getCode() + " — " + i.getName().get(language) + ": " + d.label(i.getStatus()))
          .collect(Collectors.toList()));
    }
    if (!section.getBudget().getBySource().isEmpty()) {
      d.paragraph(ReportText.format("note.themeBudget", language,
          Numbers.money(section.getBudget().getPlanned(), language),
          Numbers.money(section.getBudget().getExecuted(), language)));
    }
  }

  private static void budget(Doc d, BudgetSummary budget) {
    Language language = d.language;
    List<List<String>> rows = new ArrayList<>();
    for (BudgetBySource line : budget.getBySource()) {
      rows.add(List.of(d.label(line.getSource()), Numbers.money(line.getPlanned(), language),
          Numbers.money(line.getExecuted(), language)));
    }
    rows.add(List.of(d.text("word.total"), Numbers.money(budget.getPlanned(), language),
        Numbers.money(budget.getExecuted(), language)));
    d.table(List.of(d.text("column.source"), d.text("column.planned"), d.text("column.executed")), "lrr", rows);
    if (budget.getLinesInOtherCurrencies() > 0) {
      d.paragraph(d.text("metric.linesInOtherCurrencies") + ": "
          + Numbers.integer(budget.getLinesInOtherCurrencies(), language));
    }
  }

  private static void history(Doc d, List<LifecycleEvent> history) {
    if (history.isEmpty()) {
      d.paragraph(d.text("word.noHistory"));
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (LifecycleEvent e : history) {
      rows.add(List.of(Numbers.date(e.getDate(), d.language), e.getFrom().map(d::label).orElse(d.text("word.created")),
          d.label(e.getTo()), e.getActorId().getValue(), e.getDecisionId().map(Id::getValue).orElse(d.none()),
          e.getReason().orElse(d.none())));
    }
    d.table(List.of(d.text("column.date"), d.text("column.from"), d.text("column.to"), d.text("column.actor"),
        d.text("column.decision"), d.text("column.reason")), "llllll", rows);
  }

  private static void duties(Doc d, List<DutyLine> duties) {
    if (duties.isEmpty()) {
      d.paragraph(d.text("word.noDuties"));
      return;
    }
    Map<Id, String> names = new LinkedHashMap<>();
    Map<Id, Map<Duty, String>> cells = new LinkedHashMap<>();
    for (DutyLine line : duties) {
      names.putIfAbsent(line.getMunicipalityId(), line.getMunicipalityName());
      cells.computeIfAbsent(line.getMunicipalityId(), k -> new LinkedHashMap<>())
          .put(line.getDuty(), d.label(line.getStatus()));
    }
    List<String> header = new ArrayList<>();
    header.add(d.text("column.municipality"));
    Arrays.stream(Duty.values()).map(d::label).forEach(header::add);
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Id, String> m : names.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(m.getValue());
      for (Duty duty : Duty.values()) {
        row.add(cells.get(m.getKey()).getOrDefault(duty, d.none()));
      }
      rows.add(row);
    }
    d.table(header, "l".repeat(header.size()), rows);
  }

  /** A Markdown document being written: every text passed in is escaped unless said otherwise. */
  private static final class Doc {
    final Language language;
    private final StringBuilder out = new StringBuilder(8192);

    Doc(Language language) {
      this.language = Objects.requireNonNull(language, "language");
    }

    String text(String key) {
      return ReportText.get(key, language);
    }

    String label(org.kdk.core.i18n.Labelled code) {
      return code.getDisplayName(language);
    }

    String none() {
      return text("word.none");
    }

    void title(String title, java.time.LocalDate asOf, List<ReportNote> notes) {
      heading(1, title);
      paragraph(ReportText.format("title.asOf", language, Numbers.date(asOf, language)));
      for (ReportNote note : notes) {
        out.append("> **").append(Escaping.markdown(text("word.note"))).append(":** ")
            .append(Escaping.markdown(note.getText().get(language))).append("\n\n");
      }
    }

    void heading(int level, String text) {
      out.append("#".repeat(level)).append(' ').append(Escaping.markdown(text)).append("\n\n");
    }

    /** A paragraph of plain text; a leading {@code -}, {@code +} or {@code =} is escaped so it cannot start a list. */
    void paragraph(String text) {
      raw(block(text));
    }

    /** Escaped text for the start of a block: a leading {@code - + =} or {@code 1.} cannot make a list or heading. */
    private String block(String text) {
      String escaped = Escaping.markdown(text);
      if (escaped.isEmpty()) {
        return escaped;
      }
      if ("-+=".indexOf(escaped.charAt(0)) >= 0) {
        return "\\" + escaped;
      }
      int digits = 0;
      while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
        digits++;
      }
      if (digits > 0 && digits < escaped.length() && (escaped.charAt(digits) == '.' || escaped.charAt(digits) == ')')
          && (digits + 1 == escaped.length() || escaped.charAt(digits + 1) == ' ')) {
        return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
      }
      return escaped;
    }

    /** A paragraph of Markdown the writer made itself. */
    void raw(String markdown) {
      out.append(markdown).append("\n\n");
    }

    void bullets(List<String> items) {
      for (String item : items) {
        out.append("- ").append(block(item)).append('\n');
      }
      out.append('\n');
    }

    /** A table; {@code align} has one {@code l} or {@code r} per column. */
    void table(List<String> header, String align, List<List<String>> rows) {
      row(header);
      out.append('|');
      for (int i = 0; i < header.size(); i++) {
        out.append(align.charAt(i) == 'r' ? " ---: |" : " --- |");
      }
      out.append('\n');
      for (List<String> row : rows) {
        row(row);
      }
      out.append('\n');
    }

    private void row(List<String> cells) {
      out.append('|');
      for (String cell : cells) {
        out.append(' ').append(Escaping.markdown(cell)).append(" |");
      }
      out.append('\n');
    }

    @Override
    public String toString() {
      String text = out.toString();
      while (text.endsWith("\n\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return text;
    }
  }
}
