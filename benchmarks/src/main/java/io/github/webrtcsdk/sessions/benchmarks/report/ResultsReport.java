package io.github.webrtcsdk.sessions.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the README's tables, as ratios to the
 * baselines measured in the same run, and into an SVG bar chart of those ratios.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.webrtcsdk.sessions.benchmarks.report.ResultsReport \
 *     codec.json calls.json benchmarks/results.svg
 * }</pre>
 *
 * <p>Codec ratios are to the hand-written Moshi streaming adapter, call ratios to the
 * hand-written OkHttp call; higher is faster. Allocation comes from JMH's GC profiler, when the
 * codec run used {@code -prof gc}.
 */
public final class ResultsReport {
  static final String CODEC_BASELINE = "HAND_WRITTEN";
  static final String CALL_BASELINE = "HAND_WRITTEN_OKHTTP";

  private ResultsReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ResultsReport <codec.json> <calls.json> <chart.svg>");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Result> codec = Result.read(mapper.readTree(Paths.get(args[0]).toFile()), "library");
    List<Result> calls = Result.read(mapper.readTree(Paths.get(args[1]).toFile()), "client");
    System.out.print(codecTable(codec));
    System.out.println();
    System.out.print(callTable(calls));
    Path chart = Paths.get(args[2]);
    Files.write(chart, Chart.svg(codec, calls).getBytes(StandardCharsets.UTF_8));
    System.out.println();
    System.out.println("Chart written to " + chart);
  }

  /** Returns the codec table: per payload and operation, each library's score and ratios. */
  static String codecTable(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| payload | op | library | ops/ms | ± | vs hand-written | vs Moshi reflective"
        + " | B/op |\n");
    out.append("|---|---|---|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, List<Result>> group : groups(results).entrySet()) {
      Result baseline = find(group.getValue(), CODEC_BASELINE);
      Result reflective = find(group.getValue(), "MOSHI_REFLECTIVE");
      for (Result result : group.getValue()) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %s | %s |%n",
            result.payload, result.operation, result.subject, result.score, result.error,
            ratio(result, baseline), ratio(result, reflective),
            Double.isNaN(result.bytesPerOp) ? "n/a"
                : String.format(Locale.ROOT, "%,.0f", result.bytesPerOp)));
      }
    }
    return out.toString();
  }

  /** Returns the call table: per call, each client's score and its ratio to the floor. */
  static String callTable(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| call | transport | client | ops/s | ± | vs hand-written OkHttp |\n");
    out.append("|---|---|---|---:|---:|---:|\n");
    for (Map.Entry<String, List<Result>> group : groups(results).entrySet()) {
      Result baseline = find(group.getValue(), CALL_BASELINE);
      for (Result result : group.getValue()) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %,.0f | %,.0f | %s |%n",
            result.operation, result.payload, result.subject, result.score, result.error,
            ratio(result, baseline)));
      }
    }
    return out.toString();
  }

  /** Groups results by payload and operation, keeping JMH's order. */
  static Map<String, List<Result>> groups(List<Result> results) {
    Map<String, List<Result>> groups = new LinkedHashMap<>();
    for (Result result : results) {
      groups.computeIfAbsent(result.group(), k -> new ArrayList<>()).add(result);
    }
    return groups;
  }

  static Result find(List<Result> group, String subject) {
    for (Result result : group) {
      if (result.subject.equals(subject)) {
        return result;
      }
    }
    return null;
  }

  private static String ratio(Result result, Result baseline) {
    return baseline == null ? "n/a"
        : String.format(Locale.ROOT, "%.2f", result.score / baseline.score);
  }

  /** One JMH result: a benchmark method under one set of parameters. */
  static final class Result {
    final String operation;
    final String subject;
    final String payload;
    final double score;
    final double error;
    final double bytesPerOp;

    Result(String operation, String subject, String payload, double score, double error,
        double bytesPerOp) {
      this.operation = operation;
      this.subject = subject;
      this.payload = payload;
      this.score = score;
      this.error = error;
      this.bytesPerOp = bytesPerOp;
    }

    String group() {
      return payload.isEmpty() ? operation : payload + " " + operation;
    }

    /** Reads JMH's result array; {@code subjectParam} names the compared thing's parameter. */
    static List<Result> read(JsonNode array, String subjectParam) {
      List<Result> results = new ArrayList<>();
      for (JsonNode node : array) {
        String benchmark = node.get("benchmark").asText();
        String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        JsonNode params = node.path("params");
        JsonNode primary = node.get("primaryMetric");
        double bytesPerOp = Double.NaN;
        Iterator<Map.Entry<String, JsonNode>> secondary = node.path("secondaryMetrics").fields();
        while (secondary.hasNext()) {
          Map.Entry<String, JsonNode> metric = secondary.next();
          // JMH's GC profiler names it "gc.alloc.rate.norm", older versions with a leading dot.
          if (metric.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
            bytesPerOp = metric.getValue().get("score").asDouble();
          }
        }
        double error = primary.path("scoreError").asDouble(Double.NaN);
        // Codec results group by payload, call results by transport ("loopback", "in memory").
        String group = params.has("payload") ? params.path("payload").asText()
            : params.path("transport").asText("").toLowerCase(Locale.ROOT).replace('_', ' ');
        results.add(new Result(operation, params.path(subjectParam).asText(),
            group, primary.get("score").asDouble(),
            Double.isNaN(error) ? 0 : error, bytesPerOp));
      }
      return results;
    }
  }
}
