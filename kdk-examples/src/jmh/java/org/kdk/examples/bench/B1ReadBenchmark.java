package org.kdk.examples.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * B1 — reading the national dataset from JSON (bytes in memory): {@code KdkJson.strict()} into the SDK's model,
 * against Jackson reading the same bytes into plain records of the same shape ({@link NationalRecords}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class B1ReadBenchmark {
  private static final KdkJson KDK = KdkJson.strict();
  private static final ObjectMapper RECORDS = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  @Benchmark
  public Dataset kdk(NationalData data) {
    return KDK.read(data.json, Dataset.class);
  }

  @Benchmark
  public NationalRecords.Dataset jacksonRecords(NationalData data) throws IOException {
    return RECORDS.readValue(data.json, NationalRecords.Dataset.class);
  }
}
