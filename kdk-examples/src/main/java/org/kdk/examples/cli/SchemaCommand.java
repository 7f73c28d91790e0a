package org.kdk.examples.cli;

import java.util.concurrent.Callable;
import org.kdk.core.json.KdkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdk schema}: the JSON Schema of the document format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Prints the JSON Schema (draft 2020-12) of the dataset format.",
        "Veri kümesi biçiminin JSON Şemasını yazdırır."})
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(KdkJson.shippedSchema());
    spec.commandLine().getOut().flush();
    return Kdk.OK;
  }
}
