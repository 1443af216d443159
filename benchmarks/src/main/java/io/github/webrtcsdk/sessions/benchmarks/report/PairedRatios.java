package io.github.webrtcsdk.sessions.benchmarks.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The throughput ratio of a candidate to a baseline from paired forks: one JMH fork of each, back
 * to back, in alternating order, repeated. On a shared host whose speed drifts by 5-10% between
 * minutes, the ratio within a pair cancels the drift that separate runs of each add to their
 * error bars; the median of the pairs is the estimate, their range the spread.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.webrtcsdk.sessions.benchmarks.report.PairedRatios \
 *     'CodecBenchmark.decode$' library GENERATED HAND_WRITTEN payload=PARTICIPANT pairs=8
 * }</pre>
 *
 * <p>Each fork uses the benchmark's own warm-up and measurement annotations.
 */
public final class PairedRatios {
  private PairedRatios() {}

  public static void main(String[] args) throws RunnerException {
    if (args.length < 4) {
      System.err.println("usage: PairedRatios <benchmark regex> <param> <candidate> <baseline>"
          + " [name=value ...] [pairs=N]");
      System.exit(2);
    }
    String benchmark = args[0];
    String param = args[1];
    String candidate = args[2];
    String baseline = args[3];
    int pairs = 8;
    Map<String, String> fixed = new LinkedHashMap<>();
    for (int i = 4; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      if (equals <= 0) {
        System.err.println("not name=value: " + args[i]);
        System.exit(2);
      }
      String name = args[i].substring(0, equals);
      String value = args[i].substring(equals + 1);
      if (name.equals("pairs")) {
        pairs = Integer.parseInt(value);
      } else {
        fixed.put(name, value);
      }
    }

    System.out.printf(Locale.ROOT, "%s, %s %s / %s, %s, %d pairs%n",
        benchmark, param, candidate, baseline, fixed, pairs);
    double[] ratios = new double[pairs];
    for (int pair = 0; pair < pairs; pair++) {
      // Alternate which goes first, so that neither always runs on the warmer or cooler host.
      boolean candidateFirst = pair % 2 == 0;
      double first = score(benchmark, param, candidateFirst ? candidate : baseline, fixed);
      double second = score(benchmark, param, candidateFirst ? baseline : candidate, fixed);
      double candidateScore = candidateFirst ? first : second;
      double baselineScore = candidateFirst ? second : first;
      ratios[pair] = candidateScore / baselineScore;
      System.out.printf(Locale.ROOT, "pair %d: %s %.1f, %s %.1f, ratio %.3f%n",
          pair + 1, candidate, candidateScore, baseline, baselineScore, ratios[pair]);
    }
    System.out.println(Summary.of(ratios));
  }

  private static double score(
      String benchmark, String param, String value, Map<String, String> fixed)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(benchmark)
        .param(param, value)
        .forks(1)
        .verbosity(VerboseMode.SILENT);
    fixed.forEach(options::param);
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.size() != 1) {
      throw new IllegalArgumentException(
          "expected one benchmark to match " + benchmark + " with " + fixed + ", got "
              + results.size());
    }
    return results.iterator().next().getPrimaryResult().getScore();
  }

  /** The median and spread of paired ratios. */
  public static final class Summary {
    final double median;
    final double lowerQuartile;
    final double upperQuartile;
    final double min;
    final double max;
    final int count;

    private Summary(double[] sorted) {
      this.count = sorted.length;
      this.median = quantile(sorted, 0.5);
      this.lowerQuartile = quantile(sorted, 0.25);
      this.upperQuartile = quantile(sorted, 0.75);
      this.min = sorted[0];
      this.max = sorted[sorted.length - 1];
    }

    /** The summary of {@code ratios}, in any order; at least one. */
    public static Summary of(double[] ratios) {
      if (ratios.length == 0) {
        throw new IllegalArgumentException("no ratios");
      }
      double[] sorted = ratios.clone();
      Arrays.sort(sorted);
      return new Summary(sorted);
    }

    /** Linear interpolation between the closest ranks (the "R-7" definition, as in Excel). */
    static double quantile(double[] sorted, double p) {
      double rank = p * (sorted.length - 1);
      int below = (int) Math.floor(rank);
      int above = Math.min(below + 1, sorted.length - 1);
      return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "ratio over %d pairs: median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f",
          count, median, lowerQuartile, upperQuartile, min, max);
    }
  }
}
