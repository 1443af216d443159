package io.github.webrtcsdk.sessions.benchmarks.coldstart;

import io.github.webrtcsdk.sessions.benchmarks.call.LoopbackServer;
import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import io.github.webrtcsdk.sessions.benchmarks.footprint.ClientClosure;
import io.github.webrtcsdk.sessions.benchmarks.report.PairedRatios;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start: launches fresh JVMs that each build one client and complete one
 * {@code getParticipant} against a loopback server in this process, and prints the medians.
 *
 * <p>Each child runs on exactly its client's runtime closure, as a user's build resolves it (the
 * stock client on its own generated pom's Retrofit 2.11 and OkHttp 3.14), plus a small jar of the
 * first-call mains. A third child, the floor, makes the same call with OkHttp 5 and a hand-written
 * Moshi adapter on our closure without our jar: the cost of our stack before our code.
 *
 * <p>Three times are taken per run: from JVM start to the end of the first call (measured in the
 * child from the runtime's recorded start time), from {@code main} to the end of the first call,
 * and the whole process as this harness sees it, from launch to exit. The children take turns,
 * in a rotating order, so that drift in the machine's load hits all alike; the first two rounds
 * warm the file cache and are not counted.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.webrtcsdk.sessions.benchmarks.coldstart.ColdStartHarness [runs]
 * }</pre>
 */
public final class ColdStartHarness {
  private static final int WARM_UP_ROUNDS = 2;
  private static final Pattern REPORT = Pattern.compile(
      "first-call jvm-start-ms=(\\d+) main-ms=([0-9.]+) loaded-classes=(\\d+)");
  private static final String CHILD_PACKAGE =
      "io.github.webrtcsdk.sessions.benchmarks.coldstart.child.";

  private ColdStartHarness() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Path target = ClientClosure.targetDirectory();
    Path mains = firstCallJar(target);
    ClientClosure oursClosure = ClientClosure.load(target, ClientClosure.OURS);
    Child ours = new Child("ours", oursClosure.classpath(), mains, CHILD_PACKAGE + "OurFirstCall");
    Child stock = new Child("stock java/retrofit2",
        ClientClosure.load(target, ClientClosure.STOCK).classpath(), mains,
        CHILD_PACKAGE + "StockFirstCall");
    Child floor = new Child("floor: OkHttp 5 + Moshi, no client", oursClosure.withoutClient(),
        mains, CHILD_PACKAGE + "FloorFirstCall");
    try (LoopbackServer server = LoopbackServer.start(Payload.PARTICIPANT.json())) {
      for (int round = 0; round < WARM_UP_ROUNDS + runs; round++) {
        boolean counted = round >= WARM_UP_ROUNDS;
        // Rotate which goes first, so none always follows another's page-cache work.
        Child[] order = round % 3 == 0 ? new Child[] {ours, stock, floor}
            : round % 3 == 1 ? new Child[] {stock, floor, ours} : new Child[] {floor, ours, stock};
        for (Child child : order) {
          child.run(server.baseUrl(), counted);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d runs each, medians (min-max), java %s%n%n", runs,
        System.getProperty("java.version"));
    System.out.println("| | JVM start to first call, ms | main to first call, ms"
        + " | whole process, ms | classes loaded |");
    System.out.println("|---|---:|---:|---:|---:|");
    System.out.println(ours.row());
    System.out.println(stock.row());
    System.out.println(floor.row());
    System.out.printf(Locale.ROOT, "| ours / stock | %.2f | %.2f | %.2f | %.2f |%n",
        ours.jvmStart.median() / stock.jvmStart.median(),
        ours.main.median() / stock.main.median(),
        ours.wall.median() / stock.wall.median(),
        ours.classes.median() / stock.classes.median());
    // The children of one round ran back to back, so their ratio is little moved by the load
    // drifting between rounds: a steadier estimate than the ratio of the medians above.
    System.out.println();
    System.out.println("Paired by round, JVM start to first call:");
    System.out.println("- ours / stock: " + ours.jvmStart.pairedWith(stock.jvmStart));
    System.out.println("- floor / stock: " + floor.jvmStart.pairedWith(stock.jvmStart));
    System.out.println("- ours / floor: " + ours.jvmStart.pairedWith(floor.jvmStart));
  }

  private static Path firstCallJar(Path target) throws IOException {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*-first-call.jar")) {
      for (Path jar : jars) {
        return jar;
      }
    }
    throw new IllegalStateException("no *-first-call.jar in " + target
        + ": build the module first with ./mvnw -pl benchmarks -am package -DskipTests");
  }

  /** One client's child process and the times of its counted runs. */
  private static final class Child {
    private final String name;
    private final List<String> command = new ArrayList<>();
    final Samples jvmStart = new Samples();
    final Samples main = new Samples();
    final Samples wall = new Samples();
    final Samples classes = new Samples();

    Child(String name, String classpath, Path mains, String mainClass) {
      this.name = name;
      command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-cp");
      command.add(mains + File.pathSeparator + classpath);
      command.add(mainClass);
    }

    void run(String baseUrl, boolean counted) throws IOException, InterruptedException {
      List<String> arguments = new ArrayList<>(command);
      arguments.add(baseUrl);
      ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
      long start = System.nanoTime();
      Process process = builder.start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not exit within 60 s");
      }
      long wallNanos = System.nanoTime() - start;
      String text = new String(output, StandardCharsets.UTF_8);
      Matcher report = REPORT.matcher(text);
      if (process.exitValue() != 0 || !report.find()) {
        throw new IllegalStateException(name + " failed, exit " + process.exitValue() + ":\n"
            + text);
      }
      if (counted) {
        jvmStart.add(Double.parseDouble(report.group(1)));
        main.add(Double.parseDouble(report.group(2)));
        wall.add(wallNanos / 1_000_000.0);
        classes.add(Double.parseDouble(report.group(3)));
      }
    }

    String row() {
      return String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f |", name,
          jvmStart.summary(), main.summary(), wall.summary(), classes.median());
    }
  }

  /** A list of measurements. */
  private static final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double value) {
      values.add(value);
    }

    double median() {
      List<Double> sorted = new ArrayList<>(values);
      Collections.sort(sorted);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The ratios of these values to {@code other}'s, taken in the same rounds. */
    PairedRatios.Summary pairedWith(Samples other) {
      double[] ratios = new double[values.size()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = values.get(i) / other.values.get(i);
      }
      return PairedRatios.Summary.of(ratios);
    }

    String summary() {
      return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", median(),
          Collections.min(values), Collections.max(values));
    }
  }
}
