package org.kdk.core.testing;

import java.time.LocalDate;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;

/** A generated dataset and a day to validate it or report on it, for properties that need both. */
public record DatedDataset(Dataset dataset, LocalDate asOf) {
  /** Valid datasets of {@link GeneratedDatasets#datasets()} on days of {@link GeneratedDatasets#asOfDates()}. */
  public static final Gen<DatedDataset> ALL = random -> new DatedDataset(GeneratedDatasets.datasets().next(random),
      GeneratedDatasets.asOfDates().next(random));

  /** The day and the dataset as JSON, to show a value that fails a property. */
  public String describe() {
    return "as of " + asOf + ": " + KdkJson.strict().write(dataset);
  }
}
