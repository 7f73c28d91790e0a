package org.kdk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.core.mechanism.Mechanism;
import org.kdk.core.plan.ActionPlan;
import org.kdk.core.programme.Programme;
import org.kdk.core.value.Id;
import org.kdk.reporting.report.ReportEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdk report FILE --kind … --format …}: one report of a dataset. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a plan report, a province scorecard or the programme dashboard.",
        "Plan raporu, il karnesi ya da program panosu üretir."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Dataset file (JSON).")
  Path file;

  @Option(names = "--kind", required = true, paramLabel = "plan|scorecard|dashboard",
      description = "plan, scorecard or dashboard.")
  ReportKind kind;

  @Option(names = "--format", required = true, paramLabel = "html|md|csv|csv-excel-tr|json",
      converter = RenderingConverter.class, description = "html, md, csv, csv-excel-tr or json.")
  Rendering format;

  @Option(names = "--plan", paramLabel = "ID", description = "The plan (kind plan); default: the dataset's first.")
  String plan;

  @Option(names = "--province", paramLabel = "TR-NN",
      description = "The province (kind scorecard); default: that of the dataset's first plan or mechanism.")
  String province;

  @Option(names = "--phase", paramLabel = "N", defaultValue = "2", description = "Programme phase (kind dashboard).")
  int phase;

  @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of the standard output.")
  Path out;

  @Mixin
  AsOfOption asOf;

  @Mixin
  LanguageOption language;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Dataset dataset;
    try {
      dataset = KdkJson.strict().readDataset(file);
    } catch (InvalidDocumentException e) {
      throw new UserException(e.getMessage(language.language.toLocale()), e);
    }
    LocalDate date = asOf.resolve(dataset);
    ReportEngine engine = ReportEngine.standard();
    Object report;
    switch (kind) {
      case PLAN:
        report = engine.planReport(dataset, planId(dataset), date);
        break;
      case SCORECARD:
        report = engine.scorecard(dataset, provinceCode(dataset), date);
        break;
      default:
        report = engine.dashboard(dataset, programmePhase(), date);
    }
    String text = format.write(report, language.language);
    if (out != null) {
      Files2.write(out, text);
    } else {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(text);
      writer.flush();
    }
    return Kdk.OK;
  }

  private Id planId(Dataset dataset) {
    if (plan != null) {
      // Compared as text: a value that is not even an id's spelling is just another plan the file lacks.
      return dataset.getPlans().stream().map(ActionPlan::getId).filter(id -> id.getValue().equals(plan))
          .findFirst().orElseThrow(() -> new UserException("no plan with the id " + plan + " in " + file));
    }
    return dataset.getPlans().stream().findFirst().map(ActionPlan::getId)
        .orElseThrow(() -> new UserException(file + " holds no plan: give a dataset with plans"));
  }

  private int programmePhase() {
    try {
      return Programme.kadinDostuKentler().phase(phase).getNumber();
    } catch (NoSuchElementException e) {
      throw new UserException("--phase: " + e.getMessage(), e);
    }
  }

  private String provinceCode(Dataset dataset) {
    if (province != null) {
      if (!org.kdk.core.administration.Provinces.isCode(province)) {
        throw new UserException("--province must be a code from TR-01 to TR-81: " + province);
      }
      return province;
    }
    return dataset.getPlans().stream().map(p -> p.getScope().getProvinceCode()).findFirst()
        .or(() -> dataset.mechanisms().stream().map(Mechanism::getProvinceCode).findFirst())
        .orElseThrow(() -> new UserException(file + " holds no plan or mechanism: give --province"));
  }

  /** Parses {@code --format}. */
  static final class RenderingConverter implements picocli.CommandLine.ITypeConverter<Rendering> {
    @Override
    public Rendering convert(String value) {
      try {
        return Rendering.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "': use html, md, csv, csv-excel-tr or json");
      }
    }
  }
}
