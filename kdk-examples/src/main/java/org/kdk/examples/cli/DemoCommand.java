package org.kdk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.i18n.Language;
import org.kdk.core.json.KdkJson;
import org.kdk.core.plan.ActionPlan;
import org.kdk.reporting.report.ReportEngine;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.ValidationReport;
import org.kdk.rules.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kdk demo}: loads the bundled Mardin dataset, validates it, and writes every report in every format into a
 * folder, then says where to look first.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Validates the bundled Mardin dataset and writes every report (HTML, Markdown, CSV, JSON).",
        "Örnek Mardin veri kümesini doğrular ve tüm raporları yazar (HTML, Markdown, CSV, JSON)."})
final class DemoCommand implements Callable<Integer> {
  static final String MARDIN = "/org/kdk/examples/datasets/mardin.json";
  static final String PHASE2 = "/org/kdk/examples/datasets/kdk-phase2.json";

  @Mixin
  LanguageOption language;

  @Option(names = "--out", defaultValue = "kdk-demo", paramLabel = "DIR",
      description = "Folder for the reports (default kdk-demo).")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    Language lang = language.language;
    Dataset mardin = bundled(MARDIN);
    Dataset phase2 = bundled(PHASE2);
    LocalDate asOf = mardin.getAsOf().orElse(LocalDate.of(2015, 6, 30));
    List<Path> written = new ArrayList<>();

    ValidationReport validation = KdkValidator.of(Profiles.currentLaw()).validate(mardin, asOf);
    written.add(write("validation.txt", validation.format(lang.toLocale())));
    written.add(write("validation.json", KdkJson.strict().write(validation)));

    ReportEngine engine = ReportEngine.standard();
    Path first = null;
    for (Rendering rendering : Rendering.values()) {
      Path scorecard = write("scorecard-TR-47." + rendering.extension(),
          rendering.write(engine.scorecard(mardin, "TR-47", asOf), lang));
      written.add(scorecard);
      if (rendering == Rendering.HTML) {
        first = scorecard;
      }
      for (ActionPlan plan : mardin.getPlans()) {
        written.add(write("plan-" + plan.getId() + "." + rendering.extension(),
            rendering.write(engine.planReport(mardin, plan.getId(), asOf), lang)));
      }
      written.add(write("dashboard-phase-2." + rendering.extension(),
          rendering.write(engine.dashboard(phase2, 2, phase2.getAsOf().orElse(asOf)), lang)));
    }

    boolean tr = lang == Language.TR;
    stdout.println(tr ? "Mardin veri kümesi doğrulandı:" : "Validated the Mardin dataset:");
    stdout.println("  " + validation.format(lang.toLocale()).lines().skip(1).findFirst().orElse(""));
    stdout.println(String.format(Locale.ROOT, tr ? "%d dosya yazıldı, klasör %s:" : "Wrote %d files to %s:",
        written.size(), out));
    for (Path p : written) {
      stdout.println("  " + p);
    }
    stdout.println((tr ? "İlk olarak şuna bakın: " : "Look first at: ") + first);
    stdout.flush();
    return Kdk.OK;
  }

  private Path write(String name, String text) {
    Path file = out.resolve(name);
    Files2.write(file, text);
    return file;
  }

  static Dataset bundled(String resource) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the kdk jar lacks " + resource);
      }
      return KdkJson.strict().read(in, Dataset.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
