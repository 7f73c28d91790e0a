package org.kdk.examples.bench;

import java.util.concurrent.TimeUnit;
import org.kdk.core.administration.Province;
import org.kdk.core.administration.Provinces;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.render.ReportFormat;
import org.kdk.reporting.report.ProvinceScorecard;
import org.kdk.reporting.report.ReportEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * B4 — every province's report: the scorecard of each of the 81 provinces as of the dataset's date, written as
 * HTML and as CSV (in Turkish), as {@code kdk report --kind scorecard} would for each. No baseline: the figure
 * to watch is how it grows from scale 1 to scale 4.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class B4ReportsBenchmark {
  private static final ReportEngine ENGINE = ReportEngine.standard();

  @Benchmark
  public long kdk(NationalData data) {
    long characters = 0;
    for (Province province : Provinces.all()) {
      ProvinceScorecard scorecard = ENGINE.scorecard(data.dataset, province.getCode(), data.asOf);
      characters += ReportFormat.HTML.write(scorecard, Language.TR).length();
      characters += ReportFormat.CSV.write(scorecard, Language.TR).length();
    }
    return characters;
  }
}
