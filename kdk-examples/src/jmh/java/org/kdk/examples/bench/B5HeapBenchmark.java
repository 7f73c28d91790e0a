package org.kdk.examples.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.ref.Reference;
import java.util.concurrent.TimeUnit;
import org.kdk.core.dataset.Dataset;
import org.kdk.core.json.KdkJson;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * B5 — the retained heap of the loaded dataset against the size of its JSON. Measured as a GC-settled heap
 * difference: the used heap after repeated full collections with the dataset read from the JSON bytes and held,
 * minus the same before reading it. For comparison, the same for B1's plain records. The figures are JMH
 * secondary counters ({@code retainedBytes}, {@code recordsRetainedBytes}, {@code jsonBytes}), summed over the
 * measured iterations; {@link Summary} divides them by the iteration count.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class B5HeapBenchmark {
  private static final ObjectMapper RECORDS = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** The measured sizes of one iteration, in bytes. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Sizes {
    public long retainedBytes;
    public long recordsRetainedBytes;
    public long jsonBytes;

    @Setup(Level.Iteration)
    public void clear() {
      retainedBytes = 0;
      recordsRetainedBytes = 0;
      jsonBytes = 0;
    }
  }

  @Benchmark
  public void retainedHeap(NationalData data, Sizes sizes) throws IOException {
    data.dataset = null; // only the JSON bytes stay; the generated dataset would share nothing with a read one
    long before = settledUsedHeap();
    Dataset dataset = KdkJson.strict().read(data.json, Dataset.class);
    long after = settledUsedHeap();
    Reference.reachabilityFence(dataset);
    dataset = null;
    long recordsBefore = settledUsedHeap();
    NationalRecords.Dataset records = RECORDS.readValue(data.json, NationalRecords.Dataset.class);
    long recordsAfter = settledUsedHeap();
    Reference.reachabilityFence(records);
    sizes.retainedBytes = after - before;
    sizes.recordsRetainedBytes = recordsAfter - recordsBefore;
    sizes.jsonBytes = data.json.length;
  }

  /** The used heap once repeated full collections no longer shrink it. */
  static long settledUsedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= used && i >= 2) {
        return Math.min(now, used);
      }
      used = Math.min(used, now);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return used;
  }
}
