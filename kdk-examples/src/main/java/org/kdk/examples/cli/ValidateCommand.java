package org.kdk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.InvalidDocumentException;
import org.kdk.core.json.KdkJson;
import org.kdk.rules.KdkValidator;
import org.kdk.rules.finding.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kdk validate FILE...}: prints every finding; exit 0 without errors (warnings allowed), 1 when a rule
 * error was found, 2 when a file cannot be read or parsed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates datasets and prints every finding.",
        "Veri kümelerini doğrular ve tüm bulguları yazdırır."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:no error (warnings allowed)", "1:a rule error was found",
        "2:a file cannot be read or parsed, or the arguments are wrong"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dataset files (JSON).")
  List<Path> files;

  @Mixin
  LanguageOption language;

  @Mixin
  AsOfOption asOf;

  @Mixin
  ProfileOption profile;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json.")
  TextOrJson format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    KdkValidator validator = KdkValidator.of(profile.profile);
    int exit = Kdk.OK;
    List<Map<String, Object>> results = new ArrayList<>();
    for (Path file : files) {
      Dataset dataset;
      try {
        dataset = KdkJson.strict().readDataset(file);
      } catch (InvalidDocumentException e) {
        err.println("kdk: " + e.getMessage(language.language.toLocale()).replace('\n', ' '));
        exit = Kdk.USAGE;
        continue;
      }
      LocalDate date = asOf.resolve(dataset);
      ValidationReport report = validator.validate(dataset, date);
      if (!report.isAcceptable() && exit == Kdk.OK) {
        exit = Kdk.RULE_ERRORS;
      }
      if (format == TextOrJson.JSON) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("file", file.toString());
        result.put("acceptable", report.isAcceptable());
        result.put("report", report);
        results.add(result);
      } else {
        out.println(file + ":");
        out.print(report.format(language.language.toLocale()));
      }
    }
    if (format == TextOrJson.JSON) {
      out.print(KdkJson.strict().write(results));
    }
    out.flush();
    return exit;
  }
}
