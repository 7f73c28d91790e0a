package org.kdk.reporting.render;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.KdkJson;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

/**
 * JSON rapor yazıcısı — writes a report as JSON data, with the labels of the codes it uses in one language.
 *
 * <p>The document is stable (version 1) and has exactly these members, in this order:
 * <pre>{@code
 * {
 *   "format": "kdk-report",
 *   "version": 1,
 *   "kind": "plan" | "scorecard" | "dashboard",
 *   "language": "tr" | "en",
 *   "labels": { "ProgressStatus": { "ON_TRACK": "Yolunda", ... }, "Theme": { ... }, ... },
 *   "report": { ... }
 * }
 * }</pre>
 * {@code report} is the report object exactly as {@link KdkJson#strict()} writes it (and reads it back):
 * codes stay codes, numbers stay JSON numbers in plain notation, dates are ISO {@code 2015-06-30}, absent values
 * and empty lists are left out, and multilingual texts keep both languages. {@code labels} only adds text: for
 * every labelled code the report uses, grouped by the code's type (the simple name of its enum: {@code Theme},
 * {@code PlanState}, {@code FundingSource}, {@code Measure}, {@code Direction}, {@code ProgressStatus},
 * {@code Trend}, {@code PlanKind}, {@code MechanismKind}, {@code MechanismStatus}, {@code Severity},
 * {@code Duty}, {@code DutyStatus}), its label in {@code language}; both levels are sorted by name. The text is
 * UTF-8 with two-space indentation and {@code \n} line ends, ending with a line break; the same report and
 * language always give the same characters. Immutable and thread-safe.
 */
public final class JsonReportWriter {
  /** The value of the {@code format} member. */
  public static final String FORMAT = "kdk-report";
  /** The value of the {@code version} member. */
  public static final int VERSION = 1;

  private static final JsonReportWriter STANDARD = new JsonReportWriter();

  private JsonReportWriter() {}

  /** The writer. */
  public static JsonReportWriter standard() {
    return STANDARD;
  }

  /** The plan report as a {@code "kind": "plan"} document. */
  public String write(PlanReport report, Language language) {
    Objects.requireNonNull(report, "report");
    return document("plan", language, UsedCodes.of(report, language), report);
  }

  /** The province scorecard as a {@code "kind": "scorecard"} document. */
  public String write(ProvinceScorecard report, Language language) {
    Objects.requireNonNull(report, "report");
    return document("scorecard", language, UsedCodes.of(report, language), report);
  }

  /** The programme dashboard as a {@code "kind": "dashboard"} document. */
  public String write(ProgrammeDashboard report, Language language) {
    Objects.requireNonNull(report, "report");
    return document("dashboard", language, UsedCodes.of(report, language), report);
  }

  private static String document(String kind, Language language, Map<String, Map<String, String>> labels,
      Object report) {
    Objects.requireNonNull(language, "language");
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("version", VERSION);
    document.put("kind", kind);
    document.put("language", language.name().toLowerCase(Locale.ROOT));
    document.put("labels", labels);
    document.put("report", report);
    return KdkJson.strict().write(document);
  }
}
