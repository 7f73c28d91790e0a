package org.kdk.examples.bench;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.kdk.examples.generate.NationalDatasetGenerator;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The national dataset every benchmark works on, made once per fork: {@code scale} times Türkiye's 1,389
 * municipalities, or {@code scale × perScale} of them when {@code perScale} is below 1,389 (the quick run), from
 * seed 7, with its JSON as {@code KdkJson.strict()} writes it (what {@code kdk generate} writes).
 */
@State(Scope.Benchmark)
public class NationalData {
  /** Municipalities in Türkiye (2019), the generator's scale 1. */
  static final int NATIONAL = 1389;

  /** The generator's scale factor. */
  @Param({"1", "4"})
  public int scale;

  /** Municipalities per unit of scale: 1389 for the whole country, fewer for a quick run. */
  @Param({"1389"})
  public int perScale;

  Dataset dataset;
  LocalDate asOf;
  byte[] json;

  @Setup(Level.Trial)
  public void generate() {
    NationalDatasetGenerator generator = NationalDatasetGenerator.of(scale, 7);
    if (perScale < NATIONAL) {
      generator = generator.limitedTo(scale * perScale);
    }
    dataset = generator.generate();
    asOf = dataset.getAsOf().orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    KdkJson.strict().write(dataset, out);
    json = out.toByteArray();
  }
}
