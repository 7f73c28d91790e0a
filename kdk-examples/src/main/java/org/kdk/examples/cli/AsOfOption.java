package org.kdk.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.kdk.core.dataset.Dataset;
import picocli.CommandLine.Option;

/** {@code --as-of DATE}: the day the law, the periods and the statuses are judged as of. */
final class AsOfOption {
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The date to judge as of; default: the dataset's asOf, else today.")
  LocalDate asOf;

  LocalDate resolve(Dataset dataset) {
    return Optional.ofNullable(asOf).or(dataset::getAsOf).orElseGet(LocalDate::now);
  }
}
