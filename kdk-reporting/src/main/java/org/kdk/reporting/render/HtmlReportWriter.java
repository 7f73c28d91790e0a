package org.kdk.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.core.indicator.Measure;
import org.kdk.core.plan.LifecycleEvent;
import org.kdk.core.plan.PlanState;
import org.kdk.core.value.DateRange;
import org.kdk.core.value.Id;
import org.kdk.reporting.progress.IndicatorProgress;
import org.kdk.reporting.progress.PeriodProgress;
import org.kdk.reporting.progress.ProgressStatus;
import org.kdk.reporting.report.ActionSummary;
import org.kdk.reporting.report.BudgetBySource;
import org.kdk.reporting.report.BudgetSummary;
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
import org.kdk.rules.finding.Finding;

/**
 * HTML rapor yazıcısı — writes a report as one self-contained HTML5 page with inline SVG charts, for the screen
 * and for print.
 *
 * <p>The page is a single file: {@code <html lang="tr|en">}, {@code <meta charset="utf-8">}, one inline
 * {@code <style>} (with {@code @media print} rules and page-break hints), no script, and no external resource of
 * any kind — no URL, font or image; a Content-Security-Policy that allows only the inline style says so to the
 * browser as well. Charts are inline {@code <svg role="img">} elements with a {@code <title>} and a
 * {@code <desc>}, each inside a {@code <figure>} with a {@code <figcaption>} and followed by a {@code <table>}
 * holding the same data, so that the page reads without the charts (screen readers, text browsers, print
 * without graphics). Statuses are always written as words beside their colour.
 *
 * <ul>
 *   <li>plan report: summary figures, progress bars per indicator (share of the way, expected share, status),
 *       women and men bars per indicator (latest period), the lifecycle on a date axis, the budget by funding
 *       source, and one section per theme with its aims, actions and indicators;
 *   <li>province scorecard: summary figures, the mechanism matrix (the province's one row), the plans and their
 *       lifecycles, indicators as in the plan report, rule findings and the municipalities' legal duties;
 *   <li>programme dashboard: the headline figures, the provinces × mechanisms matrix and one row per province.
 * </ul>
 * Every text from the data passes through {@link Escaping#html(String)}; numbers, money and dates through
 * {@link Numbers}; headings through {@link ReportText}; codes through their labels. The same report and language
 * give the same characters on every machine and under every default locale ({@code \n} line ends). Immutable and
 * thread-safe.
 */
public final class HtmlReportWriter {
  private static final HtmlReportWriter STANDARD = new HtmlReportWriter();
  private static final String CSS = readCss();
  private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private HtmlReportWriter() {}

  /** The writer. */
  public static HtmlReportWriter standard() {
    return STANDARD;
  }

  /** The plan report as an HTML page. */
  public String write(PlanReport report, Language language) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(language, "language");
    Page p = new Page(language);
    String title = ReportText.format("title.planOf", language, report.getTitle());
    List<String[]> facts = new ArrayList<>();
    facts.add(fact(p.t("column.province"), report.getProvinceName() + " (" + report.getProvinceCode() + ")"));
    report.getMunicipalityName().ifPresent(m -> facts.add(fact(p.t("column.municipality"), m)));
    facts.add(fact(p.t("column.period"), Numbers.dateRange(report.getPeriod(), language)));
    facts.add(fact(p.t("column.state"), label(report.getState(), language)));
    facts.add(fact(p.t("column.asOf"), Numbers.date(report.getAsOf(), language)));
    facts.add(fact(p.t("column.planId"), report.getPlanId().getValue()));
    List<String[]> contents = List.of(fact("summary", p.t("section.summary")),
        fact("progress", p.t("section.progress")), fact("women-and-men", p.t("section.genderGap")),
        fact("lifecycle", p.t("section.history")), fact("budget", p.t("section.budget")),
        fact("themes", p.t("section.themes")));
    header(p, p.t("title.plan") + " · " + label(report.getKind(), language), report.getTitle(), facts, contents,
        report.getNotes());

    p.section("summary", p.t("section.summary"));
    p.raw("<div class=\"kpis statuses\">\n");
    statusCards(p, report.getStatusCounts());
    p.raw("</div>\n<div class=\"kpis\">\n");
    long covered = report.getThemes().stream().filter(ThemeSection::isCovered).count();
    kpi(p, "", Numbers.integer(covered, language) + " / " + Numbers.integer(report.getThemes().size(), language),
        p.h("kpi.themesCovered"));
    kpi(p, "", Numbers.money(report.getBudget().getPlanned(), language), p.t("metric.planned"));
    kpi(p, "", Numbers.money(report.getBudget().getExecuted(), language), p.t("metric.executed"));
    kpi(p, "", executionRate(report.getBudget(), language), p.t("metric.executionRate"));
    p.raw("</div>\n");
    p.end();

    p.section("progress", p.t("section.progress"));
    progress(p, report.getIndicators());
    p.end();

    p.section("women-and-men", p.t("section.genderGap"));
    sex(p, report.getIndicators());
    p.end();

    p.section("lifecycle", p.t("section.history"));
    timeline(p, List.of(new Lane(report.getTitle(), report.getPeriod(), report.getHistory())), report.getAsOf(),
        false);
    p.end();

    p.section("budget", p.t("section.budget"));
    budget(p, report.getBudget());
    p.end();

    p.section("themes", p.t("section.themes"));
    Map<Id, String> codes = new HashMap<>();
    for (IndicatorProgress ip : report.getIndicators()) {
      codes.putIfAbsent(ip.getIndicatorId(), ip.getCode());
    }
    for (ThemeSection theme : report.getThemes()) {
      theme(p, theme, codes);
    }
    p.end();
    return document(p, title, report.getAsOf());
  }

  /** The province scorecard as an HTML page. */
  public String write(ProvinceScorecard scorecard, Language language) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(language, "language");
    Page p = new Page(language);
    String title = ReportText.format("title.scorecardOf", language, scorecard.getProvinceName(),
        scorecard.getProvinceCode());
    List<String[]> facts = List.of(fact(p.t("column.provinceCode"), scorecard.getProvinceCode()),
        fact(p.t("column.metropolitan"), ReportText.yesNo(scorecard.isMetropolitan(), language)),
        fact(p.t("column.asOf"), Numbers.date(scorecard.getAsOf(), language)),
        fact(p.t("column.profile"), scorecard.getFindings().getProfile()));
    List<String[]> contents = List.of(fact("summary", p.t("section.summary")),
        fact("mechanisms", p.t("section.mechanisms")), fact("plans", p.t("section.plans")),
        fact("indicators", p.t("section.indicators")), fact("findings", p.t("section.findings")),
        fact("duties", p.t("section.duties")));
    header(p, p.t("title.scorecard"), scorecard.getProvinceName(), facts, contents, scorecard.getNotes());

    p.section("summary", p.t("section.summary"));
    p.raw("<div class=\"kpis\">\n");
    long applicable = scorecard.getMechanisms().stream().filter(MechanismSlot::isApplicable).count();
    long active = scorecard.getMechanisms().stream().filter(s -> s.isApplicable() && s.isActive()).count();
    kpi(p, "", Numbers.integer(active, language) + " / " + Numbers.integer(applicable, language),
        p.h("kpi.mechanismsActive"));
    kpi(p, "", Numbers.integer(scorecard.getPlans().size(), language), p.h("kpi.plans"));
    kpi(p, "", Numbers.integer(scorecard.getIndicators().size(), language), p.h("kpi.indicators"));
    long dutiesApplying = scorecard.getDuties().stream().filter(d -> d.getStatus() != DutyStatus.NOT_APPLICABLE)
        .count();
    long dutiesMet = scorecard.getDuties().stream().filter(d -> d.getStatus() == DutyStatus.MET).count();
    kpi(p, "", Numbers.integer(dutiesMet, language) + " / " + Numbers.integer(dutiesApplying, language),
        p.h("kpi.dutiesMet"));
    FindingSummary findings = scorecard.getFindings();
    kpi(p, findings.getErrors() > 0 ? "st st-off-track" : "", Numbers.integer(findings.getErrors(), language),
        p.t("metric.errors"));
    kpi(p, findings.getWarnings() > 0 ? "st st-at-risk" : "", Numbers.integer(findings.getWarnings(), language),
        p.t("metric.warnings"));
    p.raw("</div>\n");
    p.end();

    p.section("mechanisms", p.t("section.mechanisms"));
    matrix(p, List.of(new MatrixInput(scorecard.getProvinceName(), scorecard.getMechanisms())),
        HtmlText.format("chart.matrix.titleOne", language, scorecard.getProvinceName()));
    p.end();

    p.section("plans", p.t("section.plans"));
    if (scorecard.getPlans().isEmpty()) {
      p.empty(p.t("word.noPlans"));
    } else {
      Table plans = new Table().col(p.t("column.plan")).col(p.t("column.kind")).col(p.t("column.period"))
          .col(p.t("column.state"));
      for (PlanStage plan : scorecard.getPlans()) {
        plans.row(e(plan.getTitle()) + sub(plan.getPlanId().getValue()), e(label(plan.getKind(), language)),
            e(Numbers.dateRange(plan.getPeriod(), language)), e(label(plan.getState(), language)));
      }
      p.raw(plans.html());
      List<Lane> lanes = scorecard.getPlans().stream()
          .map(plan -> new Lane(plan.getTitle(), plan.getPeriod(), plan.getHistory())).collect(Collectors.toList());
      timeline(p, lanes, scorecard.getAsOf(), true);
    }
    p.end();

    p.section("indicators", p.t("section.indicators"));
    p.raw("<div class=\"kpis statuses\">\n");
    statusCards(p, scorecard.getStatusCounts());
    p.raw("</div>\n");
    p.raw("<h3>" + e(p.t("section.progress")) + "</h3>\n");
    progress(p, scorecard.getIndicators());
    p.raw("<h3>" + e(p.t("section.genderGap")) + "</h3>\n");
    sex(p, scorecard.getIndicators());
    p.end();

    p.section("findings", p.t("section.findings"));
    findings(p, findings);
    p.end();

    p.section("duties", p.t("section.duties"));
    duties(p, scorecard.getDuties());
    p.end();
    return document(p, title, scorecard.getAsOf());
  }

  /** The programme dashboard as an HTML page. */
  public String write(ProgrammeDashboard dashboard, Language language) {
    Objects.requireNonNull(dashboard, "dashboard");
    Objects.requireNonNull(language, "language");
    Page p = new Page(language);
    String title = ReportText.format("title.dashboardOf", language, dashboard.getPhase());
    Headline h = dashboard.getHeadline();
    List<String[]> facts = List.of(fact(p.t("column.phase"), String.valueOf(dashboard.getPhase())),
        fact(p.t("metric.provinces"), Numbers.integer(h.getProvinces(), language)),
        fact(p.t("column.asOf"), Numbers.date(dashboard.getAsOf(), language)));
    List<String[]> contents = List.of(fact("headline", p.t("section.headline")),
        fact("mechanisms", p.t("section.mechanisms")), fact("provinces", p.t("section.provinces")));
    header(p, p.t("title.dashboard"), title, facts, contents, dashboard.getNotes());

    p.section("headline", p.t("section.headline"));
    p.raw("<div class=\"kpis\">\n");
    String of = " / " + Numbers.integer(h.getProvinces(), language);
    kpi(p, "", Numbers.integer(h.getProvinces(), language), p.t("metric.provinces"));
    kpi(p, "", Numbers.integer(h.getPlansBoardApproved(), language) + of, p.t("metric.plansBoardApproved"));
    kpi(p, "", Numbers.integer(h.getPlansCouncilApproved(), language) + of, p.t("metric.plansCouncilApproved"));
    kpi(p, "", Numbers.integer(h.getPlansIntegrated(), language) + of, p.t("metric.plansIntegrated"));
    kpi(p, "", Numbers.money(h.getBudgetAllocated(), language), p.t("metric.budgetAllocated"));
    kpi(p, "", Numbers.integer(h.getPeopleTrained(), language), p.t("metric.peopleTrained"));
    kpi(p, "", Numbers.integer(h.getGrantProjects(), language), p.t("metric.grantProjects"));
    kpi(p, "", Numbers.integer(h.getEqualityRepresentatives(), language), p.t("metric.equalityRepresentatives"));
    p.raw("</div>\n");
    p.end();

    p.section("mechanisms", p.t("section.mechanisms"));
    if (dashboard.getProvinces().isEmpty()) {
      p.empty(p.h("doc.noProvinces"));
    } else {
      List<MatrixInput> rows = dashboard.getProvinces().stream()
          .map(c -> new MatrixInput(c.getProvinceName(), c.getMechanisms())).collect(Collectors.toList());
      matrix(p, rows, p.h("chart.matrix.title"));
    }
    p.end();

    p.section("provinces", p.t("section.provinces"));
    if (dashboard.getProvinces().isEmpty()) {
      p.empty(p.h("doc.noProvinces"));
    } else {
      Table t = new Table().col(p.t("column.province")).col(p.t("column.planState"))
          .col(p.t("column.boardApproved")).col(p.t("column.councilApproved")).col(p.t("column.integrated"))
          .num(p.t("column.budgetAllocated")).num(p.t("column.peopleTrained")).num(p.t("column.grantProjects"))
          .num(p.t("column.equalityRepresentatives"));
      for (ProvinceColumn c : dashboard.getProvinces()) {
        t.row(e(c.getProvinceName()) + sub(c.getProvinceCode()),
            c.getPlanState().map(s -> e(label(s, language))).orElse(none(language)),
            yesNo(c.isBoardApproved(), language), yesNo(c.isCouncilApproved(), language),
            yesNo(c.isIntegrated(), language), e(Numbers.money(c.getBudgetAllocated(), language)),
            e(Numbers.integer(c.getPeopleTrained(), language)), e(Numbers.integer(c.getGrantProjects(), language)),
            e(Numbers.integer(c.getEqualityRepresentatives(), language)));
      }
      t.foot(e(p.h("doc.total")), "", "", "", "", e(Numbers.money(h.getBudgetAllocated(), language)),
          e(Numbers.integer(h.getPeopleTrained(), language)), e(Numbers.integer(h.getGrantProjects(), language)),
          e(Numbers.integer(h.getEqualityRepresentatives(), language)));
      p.raw(t.html());
    }
    p.end();
    return document(p, title, dashboard.getAsOf());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Page frame

  private static String document(Page p, String title, LocalDate asOf) {
    Language language = p.language;
    StringBuilder out = new StringBuilder(p.out.length() + CSS.length() + 1024);
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(language.name().toLowerCase(Locale.ROOT)).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
        .append("\">\n")
        .append("<meta name=\"generator\" content=\"KDK SDK\">\n")
        .append("<title>").append(e(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n")
        .append("<body>\n")
        .append("<main>\n")
        .append(p.out)
        .append("<footer>\n<p>").append(e(HtmlText.format("doc.footer", language, Numbers.date(asOf, language))))
        .append("</p>\n</footer>\n")
        .append("</main>\n")
        .append("</body>\n")
        .append("</html>\n");
    return out.toString();
  }

  private static void header(Page p, String eyebrow, String heading, List<String[]> facts, List<String[]> contents,
      List<ReportNote> notes) {
    p.raw("<header class=\"report\">\n");
    p.raw("<p class=\"eyebrow\">" + e(eyebrow) + "</p>\n");
    p.raw("<h1>" + e(heading) + "</h1>\n");
    p.raw("<dl class=\"facts\">\n");
    for (String[] f : facts) {
      p.raw("<div><dt>" + e(f[0]) + "</dt><dd>" + e(f[1]) + "</dd></div>\n");
    }
    p.raw("</dl>\n");
    p.raw("<nav class=\"contents\" aria-label=\"" + Escaping.htmlAttribute(p.h("doc.contents")) + "\">\n");
    p.raw("<span class=\"contents-title\">" + e(p.h("doc.contents")) + "</span>\n<ol>\n");
    for (String[] c : contents) {
      p.raw("<li><a href=\"#" + c[0] + "\">" + e(c[1]) + "</a></li>\n");
    }
    p.raw("</ol>\n</nav>\n");
    p.raw("</header>\n");
    if (!notes.isEmpty()) {
      p.raw("<aside class=\"notes\" aria-label=\"" + Escaping.htmlAttribute(p.t("section.notes")) + "\">\n");
      for (ReportNote note : notes) {
        p.raw("<p data-code=\"" + Escaping.htmlAttribute(note.getCode()) + "\">"
            + e(note.getText().get(p.language)) + "</p>\n");
      }
      p.raw("</aside>\n");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Summary figures

  private static void statusCards(Page p, List<StatusCount> counts) {
    for (StatusCount c : counts) {
      kpi(p, "st " + statusClass(c.getStatus()), Numbers.integer(c.getCount(), p.language),
          label(c.getStatus(), p.language));
    }
  }

  private static void kpi(Page p, String cssClass, String value, String label) {
    p.raw("<div class=\"kpi" + (cssClass.isEmpty() ? "" : " " + cssClass) + "\"><span class=\"value\">" + e(value)
        + "</span><span class=\"label\">" + e(label) + "</span></div>\n");
  }

  private static String executionRate(BudgetSummary budget, Language language) {
    if (budget.getPlanned().getAmount().signum() <= 0) {
      return ReportText.get("word.none", language);
    }
    BigDecimal rate = budget.getExecuted().getAmount()
        .divide(budget.getPlanned().getAmount(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    return Numbers.share(rate, language);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Indicators

  private static void progress(Page p, List<IndicatorProgress> indicators) {
    Language language = p.language;
    if (indicators.isEmpty()) {
      p.empty(p.t("word.noIndicators"));
      return;
    }
    p.raw("<p class=\"muted\">" + e(p.t("note.shareExplained")) + "</p>\n");
    List<SvgCharts.ProgressRow> rows = new ArrayList<>();
    Table t = new Table().wide(p.t("column.indicator")).col(p.t("column.latestPeriod"))
        .num(p.t("column.baseline")).num(p.t("column.actual")).num(p.t("column.target")).num(p.t("column.share"))
        .num(p.t("column.expectedShare")).col(p.t("column.status")).col(p.t("column.trend"));
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (IndicatorProgress ip : indicators) {
      counts.merge(ip.getStatus(), 1, Integer::sum);
      Optional<PeriodProgress> last = ip.getPeriods().isEmpty() ? Optional.empty()
          : Optional.of(ip.getPeriods().get(ip.getPeriods().size() - 1));
      Optional<BigDecimal> share = last.flatMap(PeriodProgress::getShare);
      Optional<BigDecimal> expected = last.flatMap(PeriodProgress::getExpectedShare);
      boolean suppressed = last.map(PeriodProgress::isSuppressed).orElse(false);
      String shareText = share.map(s -> Numbers.share(s, language))
          .orElse(suppressed ? p.t("word.suppressed") : p.t("word.none"));
      String name = ip.getName().get(language);
      String chartShareText = share.isPresent() || suppressed ? shareText
          : p.t("word.none") + " (" + p.h("chart.progress.unknown") + ")";
      rows.add(new SvgCharts.ProgressRow(ip.getCode(), name, share.orElse(null), expected.orElse(null),
          ip.getStatus(), label(ip.getStatus(), language), chartShareText));
      String target = last.flatMap(PeriodProgress::getTarget)
          .map(v -> e(Numbers.measured(v, ip.getMeasure(), language))
              + last.flatMap(PeriodProgress::getTargetPeriod).map(tp -> sub(tp.toString())).orElse(""))
          .orElse(none(language));
      t.row(indicatorCell(ip, language), last.map(l -> e(l.getPeriod().toString())).orElse(none(language)),
          ip.getBaseline().map(v -> e(Numbers.measured(v, ip.getMeasure(), language))
              + ip.getBaselineDate().map(d -> sub(Numbers.date(d, language))).orElse("")).orElse(none(language)),
          measured(last.flatMap(PeriodProgress::getActual), suppressed, ip.getMeasure(), language),
          target, share.map(s -> e(Numbers.share(s, language))).orElse(suppressed ? suppressedMark(language)
              : none(language)),
          expected.map(s -> e(Numbers.share(s, language))).orElse(none(language)),
          badge(statusClass(ip.getStatus()), label(ip.getStatus(), language)), e(label(ip.getTrend(), language)));
    }
    String summary = counts.entrySet().stream()
        .map(en -> label(en.getKey(), language) + ": " + Numbers.integer(en.getValue(), language))
        .collect(Collectors.joining(", "));
    int n = p.nextFigure();
    String caption = p.h("chart.progress.title");
    List<String> axis = new ArrayList<>();
    for (String s : new String[] {"0", "0.25", "0.5", "0.75", "1"}) {
      axis.add(Numbers.share(new BigDecimal(s), language));
    }
    String svg = SvgCharts.progress(new SvgCharts.Labels("chart-" + n, caption,
        HtmlText.format("chart.progress.desc", language, Numbers.integer(indicators.size(), language), summary)),
        rows, axis, p.h("chart.progress.expected"), language);
    p.figure(n, caption, svg, t);
  }

  private static void sex(Page p, List<IndicatorProgress> indicators) {
    Language language = p.language;
    List<SvgCharts.SexRow> rows = new ArrayList<>();
    Table t = new Table().wide(p.t("column.indicator")).col(p.t("column.latestPeriod"))
        .num(p.t("column.women")).num(p.t("column.men")).num(p.t("column.gap"));
    for (IndicatorProgress ip : indicators) {
      Optional<PeriodProgress> latest = latestWithSex(ip);
      if (latest.isEmpty()) {
        continue;
      }
      PeriodProgress period = latest.get();
      String name = ip.getName().get(language);
      String periodText = period.getPeriod().toString();
      boolean withheld = period.isSuppressed() && period.getWomen().isEmpty() && period.getMen().isEmpty();
      if (withheld) {
        rows.add(new SvgCharts.SexRow(ip.getCode(), name, periodText, null, null, BigDecimal.ONE, null, null, null,
            p.h("chart.sex.withheld")));
        t.row(indicatorCell(ip, language), e(periodText), suppressedMark(language),
            suppressedMark(language), suppressedMark(language));
        continue;
      }
      BigDecimal women = period.getWomen().orElse(null);
      BigDecimal men = period.getMen().orElse(null);
      BigDecimal scale = ip.getMeasure() == Measure.PERCENTAGE ? BigDecimal.valueOf(100)
          : max(max(women, men), BigDecimal.ZERO);
      String womenText = women == null ? p.t("word.none") : Numbers.measured(women, ip.getMeasure(), language);
      String menText = men == null ? p.t("word.none") : Numbers.measured(men, ip.getMeasure(), language);
      String gap = period.getGap().map(g -> gapText(g, ip, language)).orElse(null);
      rows.add(new SvgCharts.SexRow(ip.getCode(), name, periodText, women, men, scale, womenText, menText,
          gap == null ? null : HtmlText.format("chart.sex.gap", language, gap), null));
      t.row(indicatorCell(ip, language), e(periodText), e(womenText), e(menText),
          gap == null ? none(language) : e(gap));
    }
    if (rows.isEmpty()) {
      p.empty(p.h("chart.sex.none"));
      return;
    }
    int n = p.nextFigure();
    String caption = p.h("chart.sex.title");
    String svg = SvgCharts.sex(new SvgCharts.Labels("chart-" + n, caption,
        HtmlText.format("chart.sex.desc", language, Numbers.integer(rows.size(), language))), rows,
        p.t("column.women"), p.t("column.men"));
    p.figure(n, caption, svg, t);
  }

  /** The latest period that has a women's or men's value, or whose counts were withheld. */
  private static Optional<PeriodProgress> latestWithSex(IndicatorProgress ip) {
    for (int i = ip.getPeriods().size() - 1; i >= 0; i--) {
      PeriodProgress period = ip.getPeriods().get(i);
      if (period.getWomen().isPresent() || period.getMen().isPresent() || period.isSuppressed()) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }

  private static String gapText(BigDecimal gap, IndicatorProgress ip, Language language) {
    String number = Numbers.signed(gap, language);
    return ip.getMeasure() == Measure.PERCENTAGE ? number + " " + ReportText.get("word.points", language)
        : number + " " + ip.getUnit();
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    if (a == null) {
      return b == null ? BigDecimal.ZERO : b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }

  private static String measured(Optional<BigDecimal> value, boolean suppressed, Measure measure,
      Language language) {
    if (value.isPresent()) {
      return e(Numbers.measured(value.get(), measure, language));
    }
    return suppressed ? suppressedMark(language) : none(language);
  }

  private static String suppressedMark(Language language) {
    return "<span class=\"muted\" title=\"" + Escaping.htmlAttribute(ReportText.get("note.suppressedCell", language))
        + "\">" + e(ReportText.get("word.suppressed", language)) + "</span>";
  }

  /** The indicator's code above its name, with its unit when the name does not say it. */
  private static String indicatorCell(IndicatorProgress ip, Language language) {
    return "<span class=\"ind-code\">" + e(ip.getCode()) + "</span>" + e(ip.getName().get(language)) + unit(ip);
  }

  private static String unit(IndicatorProgress ip) {
    return ip.getMeasure() == Measure.PERCENTAGE || ip.getUnit().isBlank() ? "" : sub(ip.getUnit());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Lifecycle

  private static final class Lane {
    final String title;
    final DateRange period;
    final List<LifecycleEvent> history;

    Lane(String title, DateRange period, List<LifecycleEvent> history) {
      this.title = title;
      this.period = period;
      this.history = history;
    }
  }

  private static void timeline(Page p, List<Lane> lanes, LocalDate asOf, boolean planColumn) {
    Language language = p.language;
    List<SvgCharts.TimelineLane> chartLanes = new ArrayList<>();
    Table t = new Table();
    if (planColumn) {
      t.col(p.t("column.plan"));
    }
    t.col(p.t("column.date")).col(p.t("column.from")).col(p.t("column.to")).col(p.t("column.actor"))
        .col(p.t("column.decision")).col(p.t("column.reason"));
    int steps = 0;
    for (Lane lane : lanes) {
      List<SvgCharts.TimelineEvent> events = new ArrayList<>();
      List<LifecycleEvent> history = new ArrayList<>(lane.history);
      history.sort((a, b) -> a.getDate().compareTo(b.getDate()));
      for (LifecycleEvent event : history) {
        steps++;
        events.add(new SvgCharts.TimelineEvent(event.getDate(), Numbers.date(event.getDate(), language),
            label(event.getTo(), language), isSetback(event.getTo())));
        List<String> cells = new ArrayList<>();
        if (planColumn) {
          cells.add(e(lane.title));
        }
        cells.add("<span class=\"nowrap\">" + e(Numbers.date(event.getDate(), language)) + "</span>");
        cells.add(event.getFrom().map(s -> e(label(s, language)))
            .orElse("<span class=\"muted\">" + e(p.t("word.created")) + "</span>"));
        cells.add(e(label(event.getTo(), language)));
        cells.add(e(event.getActorId().getValue()));
        cells.add(event.getDecisionId().map(Id::getValue).map(HtmlReportWriter::e).orElse(none(language)));
        cells.add(event.getReason().map(HtmlReportWriter::e).orElse(none(language)));
        t.row(cells.toArray(new String[0]));
      }
      chartLanes.add(new SvgCharts.TimelineLane(lane.title + " · " + Numbers.dateRange(lane.period, language),
          lane.period.getStart(), lane.period.getEnd(), events));
    }
    if (steps == 0) {
      t.row(planColumn ? new String[] {none(language), "", "", "", "", "", ""} : new String[] {"", "", "", "", "", ""});
      t.emptyText(p.t("word.noHistory"));
    }
    int n = p.nextFigure();
    String caption = p.h("chart.timeline.title");
    String asOfText = Numbers.date(asOf, language);
    String svg = SvgCharts.timeline(new SvgCharts.Labels("chart-" + n, caption,
        HtmlText.format("chart.timeline.desc", language, Numbers.integer(lanes.size(), language),
            Numbers.integer(steps, language), asOfText)), chartLanes, asOf,
        new SvgCharts.TimelineWords(HtmlText.format("chart.timeline.asOf", language, asOfText),
            p.t("word.noHistory"), p.h("legend.step"), p.h("legend.setback"), p.h("legend.period"),
            p.h("legend.reportDate")));
    p.figure(n, caption, svg, t);
  }

  private static boolean isSetback(PlanState state) {
    return state == PlanState.RETURNED || state == PlanState.SUSPENDED || state == PlanState.WITHDRAWN;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Mechanisms

  private static final class MatrixInput {
    final String label;
    final List<MechanismSlot> slots;

    MatrixInput(String label, List<MechanismSlot> slots) {
      this.label = label;
      this.slots = slots;
    }
  }

  private static void matrix(Page p, List<MatrixInput> inputs, String caption) {
    Language language = p.language;
    List<MechanismKind> kinds = List.of(MechanismKind.values());
    List<String> columns = kinds.stream().map(k -> label(k, language)).collect(Collectors.toList());
    List<SvgCharts.MatrixRow> rows = new ArrayList<>();
    boolean one = inputs.size() == 1;
    Table t = new Table();
    if (one) {
      t.col(p.t("column.mechanism")).col(p.t("column.applicable")).col(p.t("column.present"))
          .col(p.t("column.active")).col(p.t("column.mechanismStatus")).col(p.t("column.lastMeeting"))
          .col(p.t("column.names"));
    } else {
      t.col(p.t("column.province"));
      for (String column : columns) {
        t.col(column);
      }
    }
    for (MatrixInput input : inputs) {
      Map<MechanismKind, MechanismSlot> byKind = new EnumMap<>(MechanismKind.class);
      for (MechanismSlot slot : input.slots) {
        byKind.putIfAbsent(slot.getKind(), slot);
      }
      List<SvgCharts.Cell> cells = new ArrayList<>();
      List<String> words = new ArrayList<>();
      List<String> tableCells = new ArrayList<>();
      tableCells.add(e(input.label));
      for (MechanismKind kind : kinds) {
        MechanismSlot slot = byKind.get(kind);
        SvgCharts.Cell cell = cell(slot);
        String word = cellWord(cell, slot, language);
        cells.add(cell);
        words.add(word);
        tableCells.add(badge(cellClass(cell), word));
        if (one) {
          t.row(e(label(kind, language)),
              slot == null ? none(language) : yesNo(slot.isApplicable(), language),
              slot == null ? none(language) : yesNo(slot.isPresent(), language),
              slot == null ? none(language) : yesNo(slot.isActive(), language),
              slot == null ? none(language) : slot.getStatus().map(s -> e(label(s, language))).orElse(none(language)),
              slot == null ? none(language)
                  : slot.getLastMeeting().map(d -> e(Numbers.date(d, language))).orElse(none(language)),
              slot == null || slot.getNames().isEmpty() ? none(language)
                  : slot.getNames().stream().map(HtmlReportWriter::e).collect(Collectors.joining("<br>")));
        }
      }
      rows.add(new SvgCharts.MatrixRow(input.label, cells, words));
      if (!one) {
        t.row(tableCells.toArray(new String[0]));
      }
    }
    int n = p.nextFigure();
    String svg = SvgCharts.matrix(new SvgCharts.Labels("chart-" + n, caption,
        HtmlText.format("chart.matrix.desc", language, Numbers.integer(inputs.size(), language),
            Numbers.integer(kinds.size(), language))), columns, rows,
        List.of(p.h("legend.active"), p.h("legend.present"), p.h("legend.absent"), p.h("legend.notApplicable")));
    p.figure(n, caption, svg, t);
  }

  private static SvgCharts.Cell cell(MechanismSlot slot) {
    if (slot == null) {
      return SvgCharts.Cell.ABSENT;
    }
    if (slot.isPresent()) {
      return slot.isActive() ? SvgCharts.Cell.ACTIVE : SvgCharts.Cell.PRESENT;
    }
    return slot.isApplicable() ? SvgCharts.Cell.ABSENT : SvgCharts.Cell.NOT_APPLICABLE;
  }

  private static String cellWord(SvgCharts.Cell cell, MechanismSlot slot, Language language) {
    switch (cell) {
      case ACTIVE:
        return HtmlText.get("chart.matrix.active", language);
      case PRESENT:
        return slot.getStatus().map(s -> label(s, language)).orElse(HtmlText.get("chart.matrix.present", language));
      case ABSENT:
        return HtmlText.get("chart.matrix.absent", language);
      default:
        return HtmlText.get("chart.matrix.notApplicable", language);
    }
  }

  private static String cellClass(SvgCharts.Cell cell) {
    return cell.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Budget, themes, findings, duties

  private static void budget(Page p, BudgetSummary budget) {
    Language language = p.language;
    if (budget.getBySource().isEmpty()) {
      p.empty(p.t("word.noBudget"));
      return;
    }
    Table t = new Table().col(p.t("column.source")).num(p.t("column.planned")).num(p.t("column.executed"))
        .num(p.t("metric.executionRate"));
    for (BudgetBySource line : budget.getBySource()) {
      t.row(e(label(line.getSource(), language)), e(Numbers.money(line.getPlanned(), language)),
          e(Numbers.money(line.getExecuted(), language)),
          e(executionRate(BudgetSummary.builder().planned(line.getPlanned()).executed(line.getExecuted()).build(),
              language)));
    }
    t.foot(e(p.h("doc.total")), e(Numbers.money(budget.getPlanned(), language)),
        e(Numbers.money(budget.getExecuted(), language)), e(executionRate(budget, language)));
    p.raw(t.html());
    if (budget.getLinesInOtherCurrencies() > 0) {
      p.raw("<p class=\"muted\">" + e(p.t("metric.linesInOtherCurrencies")) + ": "
          + e(Numbers.integer(budget.getLinesInOtherCurrencies(), language)) + "</p>\n");
    }
  }

  private static void theme(Page p, ThemeSection theme, Map<Id, String> codes) {
    Language language = p.language;
    String id = "theme-" + theme.getTheme().name().toLowerCase(Locale.ROOT).replace('_', '-');
    p.raw("<section class=\"theme\" id=\"" + id + "\">\n");
    p.raw("<h3>" + e(label(theme.getTheme(), language)) + " "
        + badge(theme.isCovered() ? "covered" : "not-covered",
            p.t(theme.isCovered() ? "word.covered" : "word.notCovered"))
        + "</h3>\n");
    theme.getExemptionReason().ifPresent(r -> p.raw("<p><strong>" + e(p.t("column.exemption")) + ":</strong> "
        + e(r) + "</p>\n"));
    if (!theme.getAims().isEmpty()) {
      p.raw("<h4>" + e(p.t("section.aims")) + "</h4>\n<ul class=\"aims\">\n");
      for (String aim : theme.getAims()) {
        p.raw("<li>" + e(aim) + "</li>\n");
      }
      p.raw("</ul>\n");
    }
    p.raw("<h4>" + e(p.t("section.actions")) + "</h4>\n");
    if (theme.getActions().isEmpty()) {
      p.empty(p.t("word.noActions"));
    } else {
      Table t = new Table().wide(p.t("column.action")).col(p.t("column.responsible")).col(p.t("column.timeline"))
          .num(p.t("column.planned")).num(p.t("column.executed")).col(p.t("column.indicators"));
      for (ActionSummary a : theme.getActions()) {
        t.row(e(a.getTitle()) + a.getTarget().map(target -> sub(p.t("column.target") + ": " + target)).orElse(""),
            a.getResponsible().map(HtmlReportWriter::e).orElse(none(language)),
            a.getTimeline().map(r -> e(Numbers.dateRange(r, language))).orElse(none(language)),
            e(Numbers.money(a.getBudget().getPlanned(), language)),
            e(Numbers.money(a.getBudget().getExecuted(), language)),
            a.getIndicatorIds().isEmpty() ? none(language)
                : a.getIndicatorIds().stream().map(i -> "<span class=\"nowrap\">"
                    + e(codes.getOrDefault(i, i.getValue())) + "</span>").collect(Collectors.joining(", ")));
      }
      p.raw(t.html());
    }
    if (!theme.getIndicators().isEmpty()) {
      p.raw("<h4>" + e(p.t("section.indicators")) + "</h4>\n");
      Table t = new Table().wide(p.t("column.indicator")).col(p.t("column.status"))
          .col(p.t("column.trend"));
      for (IndicatorProgress ip : theme.getIndicators()) {
        t.row(indicatorCell(ip, language),
            badge(statusClass(ip.getStatus()), label(ip.getStatus(), language)), e(label(ip.getTrend(), language)));
      }
      p.raw(t.html());
    }
    if (!theme.getBudget().getBySource().isEmpty()) {
      p.raw("<p class=\"muted\">" + e(p.t("section.budget")) + ": " + e(p.t("metric.planned")) + " "
          + e(Numbers.money(theme.getBudget().getPlanned(), language)) + " · " + e(p.t("metric.executed")) + " "
          + e(Numbers.money(theme.getBudget().getExecuted(), language)) + "</p>\n");
    }
    p.raw("</section>\n");
  }

  private static void findings(Page p, FindingSummary findings) {
    Language language = p.language;
    p.raw("<div class=\"kpis\">\n");
    kpi(p, findings.getErrors() > 0 ? "st st-off-track" : "", Numbers.integer(findings.getErrors(), language),
        p.t("metric.errors"));
    kpi(p, findings.getWarnings() > 0 ? "st st-at-risk" : "", Numbers.integer(findings.getWarnings(), language),
        p.t("metric.warnings"));
    kpi(p, "", Numbers.integer(findings.getInfos(), language), p.t("metric.infos"));
    p.raw("</div>\n");
    if (findings.getTop().isEmpty()) {
      p.empty(p.t("word.noFindings"));
      return;
    }
    Table t = new Table().col(p.t("column.severity")).code(p.t("column.rule")).col(p.t("column.path"))
        .wide(p.t("column.message"));
    for (Finding f : findings.getTop()) {
      t.row(badge("sev-" + f.getSeverity().name().toLowerCase(Locale.ROOT), label(f.getSeverity(), language)),
          e(f.getRuleId()),
          f.getPath().isEmpty() ? e("/") : "<code>" + e(f.getPath()) + "</code>",
          e(f.getMessage().get(language)) + sub(f.getHint().get(language)));
    }
    p.raw(t.html());
    int total = findings.getErrors() + findings.getWarnings() + findings.getInfos();
    if (total > findings.getTop().size()) {
      p.raw("<p class=\"muted\">" + e(ReportText.format("note.moreFindings", language,
          Numbers.integer(total - findings.getTop().size(), language))) + "</p>\n");
    }
  }

  private static void duties(Page p, List<DutyLine> duties) {
    Language language = p.language;
    if (duties.isEmpty()) {
      p.empty(p.t("word.noDuties"));
      return;
    }
    Table t = new Table().col(p.t("column.municipality")).col(p.t("column.duty")).col(p.t("column.dutyStatus"));
    for (DutyLine d : duties) {
      t.row(e(d.getMunicipalityName()) + sub(d.getMunicipalityId().getValue()), e(label(d.getDuty(), language)),
          badge("dt-" + d.getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-'),
              label(d.getStatus(), language)));
    }
    p.raw(t.html());
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Small pieces

  private static String e(String text) {
    return Escaping.html(text);
  }

  private static String label(Labelled code, Language language) {
    return ReportText.label(code, language);
  }

  private static String[] fact(String a, String b) {
    return new String[] {a, b};
  }

  private static String none(Language language) {
    return "<span class=\"muted\">" + e(ReportText.get("word.none", language)) + "</span>";
  }

  private static String sub(String text) {
    return "<span class=\"sub\">" + e(text) + "</span>";
  }

  private static String badge(String cssClass, String word) {
    return "<span class=\"badge " + cssClass + "\">" + e(word) + "</span>";
  }

  private static String yesNo(boolean value, Language language) {
    return badge(value ? "yes" : "no", ReportText.yesNo(value, language));
  }

  private static String statusClass(ProgressStatus status) {
    return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String readCss() {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream("HtmlReport.css")) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/kdk/reporting/render/HtmlReport.css");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return css.endsWith("\n") ? css : css + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read HtmlReport.css", e);
    }
  }

  /** The body being written, in one language, with its running figure number. */
  private static final class Page {
    final Language language;
    final StringBuilder out = new StringBuilder(32_768);
    int figures;

    Page(Language language) {
      this.language = language;
    }

    String t(String key) {
      return ReportText.get(key, language);
    }

    String h(String key) {
      return HtmlText.get(key, language);
    }

    void raw(String html) {
      out.append(html);
    }

    void section(String id, String heading) {
      out.append("<section class=\"report-section\" id=\"").append(id).append("\" aria-labelledby=\"")
          .append(id).append("-heading\">\n<h2 id=\"").append(id).append("-heading\">").append(e(heading))
          .append("</h2>\n");
    }

    void end() {
      out.append("</section>\n");
    }

    void empty(String text) {
      out.append("<p class=\"empty\">").append(e(text)).append("</p>\n");
    }

    int nextFigure() {
      return ++figures;
    }

    void figure(int number, String caption, String svg, Table table) {
      out.append("<figure class=\"chart\" id=\"figure-").append(number).append("\">\n")
          .append("<figcaption><span class=\"fig-no\">")
          .append(e(HtmlText.format("doc.figure", language, number))).append("</span> ").append(e(caption))
          .append("</figcaption>\n")
          .append(svg)
          .append(table.caption(HtmlText.get("doc.chartData", language)).html())
          .append("</figure>\n");
    }
  }

  /** A table whose cells are HTML already escaped by the caller. */
  private static final class Table {
    private final List<String> headers = new ArrayList<>();
    private final List<String> classes = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String[] footer;
    private String caption;
    private String emptyText;

    /** A text column. */
    Table col(String header) {
      return column(header, "");
    }

    /** A number column: right-aligned, tabular figures. */
    Table num(String header) {
      return column(header, "num");
    }

    /** A column of codes that must not break. */
    Table code(String header) {
      return column(header, "code");
    }

    /** A column of names that gets room first. */
    Table wide(String header) {
      return column(header, "wide");
    }

    private Table column(String header, String cssClass) {
      headers.add(header);
      classes.add(cssClass);
      return this;
    }

    Table row(String... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalStateException("row has " + cells.length + " cells for " + headers.size() + " columns");
      }
      rows.add(cells);
      return this;
    }

    Table foot(String... cells) {
      footer = cells;
      return this;
    }

    Table caption(String text) {
      caption = text;
      return this;
    }

    void emptyText(String text) {
      emptyText = text;
    }

    String html() {
      StringBuilder out = new StringBuilder(1024);
      out.append("<table>\n");
      if (caption != null) {
        out.append("<caption>").append(e(caption)).append("</caption>\n");
      }
      out.append("<thead>\n<tr>");
      for (int i = 0; i < headers.size(); i++) {
        out.append("<th scope=\"col\"").append(classAttribute(i)).append('>').append(e(headers.get(i)))
            .append("</th>");
      }
      out.append("</tr>\n</thead>\n<tbody>\n");
      if (emptyText != null) {
        out.append("<tr><td colspan=\"").append(headers.size()).append("\" class=\"muted\">").append(e(emptyText))
            .append("</td></tr>\n");
      } else {
        for (String[] row : rows) {
          appendRow(out, row);
        }
      }
      out.append("</tbody>\n");
      if (footer != null) {
        out.append("<tfoot>\n");
        appendRow(out, footer);
        out.append("</tfoot>\n");
      }
      out.append("</table>\n");
      return out.toString();
    }

    private String classAttribute(int column) {
      String cssClass = classes.get(column);
      return cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"";
    }

    private void appendRow(StringBuilder out, String[] row) {
      out.append("<tr>");
      for (int i = 0; i < row.length; i++) {
        out.append("<td").append(classAttribute(i)).append('>').append(row[i]).append("</td>");
      }
      out.append("</tr>\n");
    }
  }
}
