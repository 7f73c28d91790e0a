package org.kdk.reporting.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.render.ReportFormat;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;

/** Every report of a dataset, and every report written in every format and language. */
public final class AllReports {
  private AllReports() {}

  /** One written report: what it is, how it was written, and the text. */
  public record Rendering(Object report, ReportFormat format, Language language, String text) {
    @Override
    public String toString() {
      return report.getClass().getSimpleName() + " " + format + " " + language;
    }
  }

  /**
   * A plan report per plan, a scorecard per province the dataset's plans, mechanisms and municipalities lie in,
   * and the dashboards of programme phases 2 and 3.
   */
  public static List<Object> of(ReportEngine engine, Dataset dataset, LocalDate asOf) {
    List<Object> reports = new ArrayList<>();
    dataset.getPlans().forEach(plan -> reports.add(engine.planReport(dataset, plan.getId(), asOf)));
    TreeSet<String> provinces = new TreeSet<>();
    dataset.getPlans().forEach(plan -> provinces.add(plan.getScope().getProvinceCode()));
    dataset.mechanisms().forEach(mechanism -> provinces.add(mechanism.getProvinceCode()));
    dataset.getMunicipalities().forEach(municipality -> provinces.add(municipality.getProvinceCode()));
    provinces.forEach(code -> reports.add(engine.scorecard(dataset, code, asOf)));
    reports.add(engine.dashboard(dataset, 2, asOf));
    reports.add(engine.dashboard(dataset, 3, asOf));
    return reports;
  }

  /** Each of {@code reports} written in every {@link ReportFormat} and {@link Language}. */
  public static List<Rendering> rendered(List<Object> reports) {
    List<Rendering> files = new ArrayList<>();
    for (Object report : reports) {
      for (ReportFormat format : ReportFormat.values()) {
        for (Language language : Language.values()) {
          files.add(new Rendering(report, format, language, write(format, report, language)));
        }
      }
    }
    return files;
  }

  /** The texts of {@link #rendered(List)}. */
  public static List<String> texts(List<Object> reports) {
    return rendered(reports).stream().map(Rendering::text).collect(java.util.stream.Collectors.toList());
  }

  /** {@code report} (a plan report, scorecard or dashboard) written in {@code format} and {@code language}. */
  public static String write(ReportFormat format, Object report, Language language) {
    if (report instanceof PlanReport) {
      return format.write((PlanReport) report, language);
    }
    if (report instanceof ProvinceScorecard) {
      return format.write((ProvinceScorecard) report, language);
    }
    return format.write((ProgrammeDashboard) report, language);
  }
}
