package org.kdk.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads JMH's JSON result file ({@code -rf json}) and prints one {@code RATIO} line per comparison — the
 * B-number, ours divided by the baseline, what was compared, the scale, and the target where it has one
 * — then the absolute figures. Used by {@code kdk-examples/bench}: {@code java -cp benchmarks.jar
 * org.kdk.examples.bench.Summary result.json}.
 */
public final class Summary {
  /** A comparison: benchmark class, our method, the baseline's method, its label and the target (0: none). */
  private record Comparison(String number, String type, String ours, String baseline, String label, double target) {}

  private static final List<Comparison> COMPARISONS = List.of(
      new Comparison("B1", "B1ReadBenchmark", "kdk", "jacksonRecords", "kdk/jackson-records", 1.2),
      new Comparison("B2", "B2ValidateBenchmark", "kdk", "hibernateValidator", "kdk/hibernate-validator", 1.5),
      new Comparison("B2", "B2ValidateBenchmark", "kdk", "floor", "kdk/hand-traversal", 0),
      new Comparison("B3", "B3DashboardBenchmark", "kdk", "duckdb", "kdk/duckdb", 1.0),
      new Comparison("B3", "B3DashboardBenchmark", "kdk", "floor", "kdk/primitive-arrays", 0));
  private static final double GROWTH_TARGET = 4.4;
  private static final double HEAP_TARGET = 2.0;

  private Summary() {}

  /** Prints the summary of the JMH result file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary <jmh-result.json>");
      System.exit(2);
    }
    print(new ObjectMapper().readTree(Path.of(args[0]).toFile()), System.out);
  }

  static void print(JsonNode results, PrintStream out) {
    // benchmark "B1ReadBenchmark.kdk" → scale → score (ms), and the B5 counters per scale
    Map<String, Map<Integer, JsonNode>> byMethod = new LinkedHashMap<>();
    TreeSet<Integer> scales = new TreeSet<>();
    for (JsonNode run : results) {
      String[] parts = run.get("benchmark").asText().split("\\.");
      String method = parts[parts.length - 2] + "." + parts[parts.length - 1];
      int scale = run.path("params").path("scale").asInt(1);
      scales.add(scale);
      byMethod.computeIfAbsent(method, m -> new LinkedHashMap<>()).put(scale, run);
    }
    List<String> lines = new ArrayList<>();
    for (Comparison c : COMPARISONS) {
      for (int scale : scales) {
        JsonNode ours = run(byMethod, c.type() + "." + c.ours(), scale);
        JsonNode baseline = run(byMethod, c.type() + "." + c.baseline(), scale);
        if (ours != null && baseline != null) {
          lines.add(ratio(c.number(), score(ours) / score(baseline), c.label(), scale, c.target()));
        }
      }
    }
    for (int scale : scales) {
      JsonNode heap = run(byMethod, "B5HeapBenchmark.retainedHeap", scale);
      if (heap != null) {
        lines.add(ratio("B5", counter(heap, "retainedBytes") / counter(heap, "jsonBytes"), "retained-heap/json",
            scale, HEAP_TARGET));
        lines.add(ratio("B5", counter(heap, "recordsRetainedBytes") / counter(heap, "jsonBytes"),
            "records-retained-heap/json", scale, 0));
      }
    }
    if (scales.size() > 1) {
      int low = scales.first();
      int high = scales.last();
      for (Map.Entry<String, Map<Integer, JsonNode>> e : byMethod.entrySet()) {
        JsonNode small = e.getValue().get(low);
        JsonNode large = e.getValue().get(high);
        if (small == null || large == null || e.getKey().startsWith("B5")) {
          continue;
        }
        String number = e.getKey().substring(0, 2);
        lines.add(ratio(number, score(large) / score(small), "scale" + high + "/scale" + low + ":" + e.getKey(),
            0, GROWTH_TARGET * high / (4.0 * low)));
      }
      JsonNode small = run(byMethod, "B5HeapBenchmark.retainedHeap", low);
      JsonNode large = run(byMethod, "B5HeapBenchmark.retainedHeap", high);
      if (small != null && large != null) {
        lines.add(ratio("B5", counter(large, "retainedBytes") / counter(small, "retainedBytes"),
            "scale" + high + "/scale" + low + ":retained-heap", 0, GROWTH_TARGET * high / (4.0 * low)));
      }
    }
    lines.forEach(out::println);
    out.println();
    out.println(String.format(Locale.ROOT, "%-42s %5s %12s %12s %12s  %s", "benchmark", "scale", "municipal.",
        "score", "± error", "unit"));
    for (Map.Entry<String, Map<Integer, JsonNode>> e : byMethod.entrySet()) {
      for (Map.Entry<Integer, JsonNode> s : e.getValue().entrySet()) {
        JsonNode run = s.getValue();
        JsonNode primary = run.get("primaryMetric");
        out.println(String.format(Locale.ROOT, "%-42s %5d %12d %12.3f %12.3f  %s", e.getKey(), s.getKey(),
            municipalities(run), primary.get("score").asDouble(), error(primary), primary.get("scoreUnit").asText()));
        if (e.getKey().startsWith("B5")) {
          for (String name : List.of("jsonBytes", "retainedBytes", "recordsRetainedBytes")) {
            out.println(String.format(Locale.ROOT, "%-42s %5d %12d %12.1f %12s  %s", "  " + name, s.getKey(),
                municipalities(run), counter(run, name) / (1024.0 * 1024.0), "", "MiB"));
          }
        }
      }
    }
  }

  private static JsonNode run(Map<String, Map<Integer, JsonNode>> byMethod, String method, int scale) {
    Map<Integer, JsonNode> runs = byMethod.get(method);
    return runs == null ? null : runs.get(scale);
  }

  private static double score(JsonNode run) {
    return run.get("primaryMetric").get("score").asDouble();
  }

  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return Double.isNaN(error) ? 0 : error;
  }

  /** A B5 counter per iteration: JMH sums event counters over the measured iterations. */
  private static double counter(JsonNode run, String name) {
    double sum = run.path("secondaryMetrics").path(name).path("score").asDouble();
    int iterations = Math.max(1, run.path("measurementIterations").asInt(1));
    return sum / iterations;
  }

  private static long municipalities(JsonNode run) {
    int scale = run.path("params").path("scale").asInt(1);
    int perScale = run.path("params").path("perScale").asInt(NationalData.NATIONAL);
    return (long) scale * Math.min(perScale, NationalData.NATIONAL);
  }

  private static String ratio(String number, double value, String label, int scale, double target) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "RATIO %s %.2f %s", number, value, label));
    if (scale > 0) {
      s.append(" scale=").append(scale);
    }
    if (target > 0) {
      s.append(String.format(Locale.ROOT, " (target <= %.2f: %s)", target, value <= target ? "met" : "MISSED"));
    }
    return s.toString();
  }
}
