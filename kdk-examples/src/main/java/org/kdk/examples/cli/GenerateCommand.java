package org.kdk.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.examples.generate.NationalDatasetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kdk generate --scale N --seed S --out FILE}: a synthetic national dataset. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic national dataset (81 provinces, 1,389 municipalities per scale step).",
        "Sentetik ulusal veri kümesi üretir (her ölçek adımında 81 il, 1.389 belediye)."})
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--scale", defaultValue = "1", paramLabel = "N", description = "1 to 100 (default 1).")
  int scale;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the dataset.")
  Path out;

  @Option(names = "--limit", paramLabel = "N",
      description = "Stop after N municipalities (metropolitan first), for a quick look.")
  Integer limit;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (scale < 1 || scale > 100) {
      throw new UserException("--scale must be from 1 to 100: " + scale);
    }
    if (limit != null && limit < 1) {
      throw new UserException("--limit must be at least 1: " + limit);
    }
    NationalDatasetGenerator generator = limit == null ? NationalDatasetGenerator.of(scale, seed)
        : NationalDatasetGenerator.of(scale, seed).limitedTo(limit);
    Progress progress = new Progress(spec.commandLine().getErr(), "kdk generate", generator.municipalityCount());
    Dataset dataset = generator.generate(progress::update);
    progress.finish();
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(out)) {
        KdkJson.strict().write(dataset, stream);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new UserException("cannot write " + out + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().println(out + ": " + dataset.getMunicipalities().size() + " municipalities, "
        + dataset.getPlans().size() + " plans");
    spec.commandLine().getOut().flush();
    return Kdk.OK;
  }
}
