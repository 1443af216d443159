package io.github.webrtcsdk.sessions.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Prints, as Markdown, the size of each client's jar and of its whole runtime closure, every jar
 * of it, and any class that two jars of one closure both hold (such as a Kotlin stdlib split
 * across {@code kotlin-stdlib} and an older {@code kotlin-stdlib-jdk8}).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar \
 *     io.github.webrtcsdk.sessions.benchmarks.footprint.FootprintReport
 * }</pre>
 *
 * <p>Also names library families whose jars carry more than one version. Exits with status 1 if
 * our closure holds a class twice.
 */
public final class FootprintReport {
  private static final Pattern JAR_NAME = Pattern.compile("(.+?)-(\\d[^-]*(?:-SNAPSHOT)?)\\.jar");

  private FootprintReport() {}

  public static void main(String[] args) throws IOException {
    Path target = ClientClosure.targetDirectory();
    ClientClosure ours = ClientClosure.load(target, ClientClosure.OURS);
    ClientClosure stock = ClientClosure.load(target, ClientClosure.STOCK);
    System.out.print(summary(ours, stock));
    boolean oursClean = true;
    for (ClientClosure closure : new ClientClosure[] {ours, stock}) {
      System.out.println();
      System.out.print(jarTable(closure));
      Map<String, List<String>> duplicated = duplicateClasses(closure);
      Map<String, List<String>> versions = mixedVersions(closure);
      System.out.println();
      if (duplicated.isEmpty()) {
        System.out.println("No class is held by two jars of " + closure.name() + ".");
      } else {
        System.out.println("Classes held by two or more jars of " + closure.name() + ": "
            + duplicated.size() + ", for example " + duplicated.entrySet().iterator().next());
      }
      if (versions.isEmpty()) {
        System.out.println("Every library family of " + closure.name() + " is at one version.");
      } else {
        System.out.println("Library families of " + closure.name()
            + " at more than one version: " + versions);
      }
      if (closure == ours) {
        oursClean = duplicated.isEmpty();
      }
    }
    // Only our own closure is a promise; the stock client's findings are reported above.
    if (!oursClean) {
      System.exit(1);
    }
  }

  /** Returns the comparison table: client jar, closure jars and bytes, and the ratios. */
  static String summary(ClientClosure ours, ClientClosure stock) throws IOException {
    long oursJar = Files.size(ours.clientJar());
    long stockJar = Files.size(stock.clientJar());
    long oursBytes = totalBytes(ours.jars());
    long stockBytes = totalBytes(stock.jars());
    StringBuilder out = new StringBuilder();
    out.append("| | ours | stock java/retrofit2 | ours / stock |\n");
    out.append("|---|---:|---:|---:|\n");
    out.append(row("client jar, bytes", oursJar, stockJar));
    out.append(row("runtime jars, client included", ours.jars().size(), stock.jars().size()));
    out.append(row("runtime closure, bytes", oursBytes, stockBytes));
    return out.toString();
  }

  /** Returns one closure's jars, largest first, with their sizes. */
  static String jarTable(ClientClosure closure) throws IOException {
    Map<Path, Long> sizes = new HashMap<>();
    for (Path jar : closure.jars()) {
      sizes.put(jar, Files.size(jar));
    }
    List<Path> jars = new ArrayList<>(closure.jars());
    jars.sort(Comparator.<Path, Long>comparing(sizes::get).reversed());
    StringBuilder out = new StringBuilder();
    out.append("| ").append(closure.name()).append(": jar | bytes |\n|---|---:|\n");
    for (Path jar : jars) {
      out.append("| ").append(jar.getFileName()).append(" | ")
          .append(String.format(Locale.ROOT, "%,d", sizes.get(jar))).append(" |\n");
    }
    out.append("| **").append(jars.size()).append(" jars** | **")
        .append(String.format(Locale.ROOT, "%,d", totalBytes(closure.jars()))).append("** |\n");
    return out.toString();
  }

  /** Returns each class name held by more than one jar, with those jars. */
  static Map<String, List<String>> duplicateClasses(ClientClosure closure) throws IOException {
    Map<String, List<String>> holders = new TreeMap<>();
    for (Path jar : closure.jars()) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          String name = entries.nextElement().getName();
          // Multi-release variants and module descriptors legitimately repeat a name.
          if (name.endsWith(".class") && !name.startsWith("META-INF/")
              && !name.endsWith("module-info.class")) {
            holders.computeIfAbsent(name, k -> new ArrayList<>())
                .add(jar.getFileName().toString());
          }
        }
      }
    }
    holders.values().removeIf(jars -> jars.size() < 2);
    return holders;
  }

  /**
   * Returns each library family whose jars carry different versions, such as
   * {@code kotlin-stdlib} 2.1.21 beside {@code kotlin-stdlib-jdk8} 1.8.21: the platform variants
   * ({@code -jdk7}, {@code -jdk8}, {@code -jvm}) of one library belong to one family.
   */
  static Map<String, List<String>> mixedVersions(ClientClosure closure) {
    Map<String, List<String>> families = new TreeMap<>();
    for (Path jar : closure.jars()) {
      Matcher name = JAR_NAME.matcher(jar.getFileName().toString());
      if (name.matches()) {
        String family = name.group(1).replaceFirst("-(jdk7|jdk8|jvm)$", "");
        List<String> versions = families.computeIfAbsent(family, k -> new ArrayList<>());
        if (!versions.contains(name.group(2))) {
          versions.add(name.group(2));
        }
      }
    }
    families.values().removeIf(versions -> versions.size() < 2);
    return families;
  }

  private static long totalBytes(List<Path> jars) throws IOException {
    long total = 0;
    for (Path jar : jars) {
      total += Files.size(jar);
    }
    return total;
  }

  private static String row(String label, long ours, long stock) {
    return String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f |%n",
        label, ours, stock, (double) ours / stock);
  }
}
