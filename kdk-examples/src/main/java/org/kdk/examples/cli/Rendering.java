package org.kdk.examples.cli;

import java.util.Locale;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.render.ReportFormat;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

/** The command's spelling of the formats, {@code --format html|md|csv|csv-excel-tr|json}, and their file endings. */
enum Rendering {
  HTML(ReportFormat.HTML, "html"),
  MD(ReportFormat.MARKDOWN, "md"),
  CSV(ReportFormat.CSV, "csv"),
  CSV_EXCEL_TR(ReportFormat.CSV_EXCEL_TR, "excel-tr.csv"),
  JSON(ReportFormat.JSON, "json");

  private final ReportFormat format;
  private final String extension;

  Rendering(ReportFormat format, String extension) {
    this.format = format;
    this.extension = extension;
  }

  /** The file name ending, without the dot: the two CSV dialects get different names. */
  String extension() {
    return extension;
  }

  /** Parses the option value: {@code csv-excel-tr} or {@code markdown} as well as the constant's name. */
  static Rendering parse(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return v.equals("MARKDOWN") ? MD : valueOf(v);
  }

  String write(Object report, Language language) {
    if (report instanceof PlanReport) {
      return format.write((PlanReport) report, language);
    }
    if (report instanceof ProvinceScorecard) {
      return format.write((ProvinceScorecard) report, language);
    }
    return format.write((ProgrammeDashboard) report, language);
  }
}
