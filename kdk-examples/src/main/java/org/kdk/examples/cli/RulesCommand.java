package org.kdk.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.kdk.core.json.KdkJson;
import org.kdk.rules.catalogue.RuleCatalogue;
import org.kdk.rules.catalogue.RuleDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdk rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"Lists the rule catalogue: id, severity, title and basis.", "Kural kataloğunu listeler."})
final class RulesCommand implements Callable<Integer> {
  @Mixin
  LanguageOption language;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json: an array of objects with id, severity, basis and title.tr/title.en.")
  TextOrJson format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (format == TextOrJson.JSON) {
      out.print(KdkJson.strict().write(RuleCatalogue.descriptions()));
    } else {
      for (RuleDescription rule : RuleCatalogue.descriptions()) {
        out.println(rule.getId() + "  " + rule.getSeverity().getDisplayName(language.language) + "  "
            + rule.getTitle().get(language.language) + "  [" + rule.getBasis().getCitation().get(language.language)
            + "]");
      }
    }
    out.flush();
    return Kdk.OK;
  }
}
