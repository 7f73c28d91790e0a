package org.kdk.reporting.render;

import org.kdk.core.i18n.Labelled;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

/** Rapor biçimi — a file format the reports are written in. */
public enum ReportFormat implements Labelled {
  /** JSON — the report as data, with labels; see {@link JsonReportWriter}. */
  JSON("json", "application/json"),
  /** CSV per RFC 4180 — comma, decimal point; see {@link CsvReportWriter} and {@link CsvDialect#RFC_4180}. */
  CSV("csv", "text/csv"),
  /** CSV for Excel in Turkish — semicolon, decimal comma, byte order mark; see {@link CsvDialect#EXCEL_TR}. */
  CSV_EXCEL_TR("csv", "text/csv"),
  /** Markdown — headings and tables; see {@link MarkdownReportWriter}. */
  MARKDOWN("md", "text/markdown"),
  /** HTML — one self-contained page with inline SVG charts; see {@link HtmlReportWriter}. */
  HTML("html", "text/html");

  private final String extension;
  private final String mediaType;

  ReportFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The file name extension without the dot: {@code json}, {@code csv}, {@code md}, {@code html}. */
  public String fileExtension() {
    return extension;
  }

  /** The IANA media type, such as {@code text/csv}; the text is always UTF-8. */
  public String mediaType() {
    return mediaType;
  }

  /** The plan report written in this format and {@code language}. */
  public String write(PlanReport report, Language language) {
    switch (this) {
      case JSON: return JsonReportWriter.standard().write(report, language);
      case CSV: return CsvReportWriter.of(CsvDialect.RFC_4180).write(report, language);
      case CSV_EXCEL_TR: return CsvReportWriter.of(CsvDialect.EXCEL_TR).write(report, language);
      case MARKDOWN: return MarkdownReportWriter.standard().write(report, language);
      default: return HtmlReportWriter.standard().write(report, language);
    }
  }

  /** The province scorecard written in this format and {@code language}. */
  public String write(ProvinceScorecard report, Language language) {
    switch (this) {
      case JSON: return JsonReportWriter.standard().write(report, language);
      case CSV: return CsvReportWriter.of(CsvDialect.RFC_4180).write(report, language);
      case CSV_EXCEL_TR: return CsvReportWriter.of(CsvDialect.EXCEL_TR).write(report, language);
      case MARKDOWN: return MarkdownReportWriter.standard().write(report, language);
      default: return HtmlReportWriter.standard().write(report, language);
    }
  }

  /** The programme dashboard written in this format and {@code language}. */
  public String write(ProgrammeDashboard report, Language language) {
    switch (this) {
      case JSON: return JsonReportWriter.standard().write(report, language);
      case CSV: return CsvReportWriter.of(CsvDialect.RFC_4180).write(report, language);
      case CSV_EXCEL_TR: return CsvReportWriter.of(CsvDialect.EXCEL_TR).write(report, language);
      case MARKDOWN: return MarkdownReportWriter.standard().write(report, language);
      default: return HtmlReportWriter.standard().write(report, language);
    }
  }
}
