package io.github.webrtcsdk.sessions.contract;

import io.github.webrtcsdk.sessions.contract.Coverage.Pair;
import io.github.webrtcsdk.sessions.contract.OperationInvokers.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the outcome of every contract case and writes them as a Markdown table: one row per
 * documented (operation, status) pair, then one row per case with its result in each mode.
 *
 * <p>Thread-safe, so that JUnit may run the cases in any order.
 */
final class CoverageReport {
  /** The variant of a pair a case ran: which response example and which request body. */
  record CaseKey(Pair pair, String responseExample, String requestBody) {}

  private final List<Pair> pairs;
  private final Map<Pair, String> expectations = new LinkedHashMap<>();
  private final Map<Pair, String> gaps = new LinkedHashMap<>();
  private final Map<CaseKey, Map<Mode, String>> results = new LinkedHashMap<>();

  CoverageReport(List<Pair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  synchronized void expectation(Pair pair, String expectation) {
    expectations.put(pair, expectation);
  }

  synchronized void gap(Pair pair, String reason) {
    gaps.put(pair, reason);
  }

  /** Records a case's result: null for a pass, else the failure's first line. */
  synchronized void result(CaseKey key, Mode mode, String failure) {
    results.computeIfAbsent(key, k -> new LinkedHashMap<>())
        .put(mode, failure == null ? "pass" : "FAIL: " + firstLine(failure));
  }

  synchronized String markdown(String specTitle, String specVersion) {
    int covered = 0;
    int failing = 0;
    StringBuilder pairRows = new StringBuilder();
    for (Pair pair : pairs) {
      List<String> outcomes = new ArrayList<>();
      int cases = 0;
      for (Map.Entry<CaseKey, Map<Mode, String>> entry : results.entrySet()) {
        if (!entry.getKey().pair().equals(pair)) continue;
        cases++;
        outcomes.addAll(entry.getValue().values());
      }
      String result;
      if (gaps.containsKey(pair)) {
        result = "UNTESTED: " + gaps.get(pair);
        failing++;
      } else if (cases == 0) {
        result = "NOT RUN";
        failing++;
      } else if (outcomes.stream().allMatch("pass"::equals)
          && outcomes.size() == cases * Mode.values().length) {
        result = "pass";
        covered++;
      } else {
        result = "FAIL";
        failing++;
      }
      pairRows.append("| ").append(pair.operationId()).append(" | ").append(pair.status())
          .append(" | ").append(escape(expectations.getOrDefault(pair, "-")))
          .append(" | ").append(cases).append(" | ").append(escape(result)).append(" |\n");
    }

    StringBuilder out = new StringBuilder()
        .append("# Contract coverage\n\n")
        .append("Written by `ContractCoverageTest` from `").append(ContractSpec.RESOURCE)
        .append("` (").append(specTitle).append(' ').append(specVersion).append(").\n\n")
        .append(pairs.size()).append(" documented (operation, status) pairs: ")
        .append(covered).append(" pass, ").append(failing).append(" fail or untested.\n\n")
        .append("Each case calls the operation through the client in four modes (blocking, ")
        .append("async, raw response, raw response async) against MockWebServer. Atlassian's ")
        .append("swagger-request-validator checks every request the client sends and every ")
        .append("response it is given against the spec; response bodies are the spec's own ")
        .append("examples.\n\n")
        .append("## Pairs\n\n")
        .append("| operation | status | expectation | cases | result |\n")
        .append("|---|---|---|---|---|\n")
        .append(pairRows)
        .append("\n## Cases\n\n")
        .append("| operation | status | response body | request body |");
    for (Mode mode : Mode.values()) {
      out.append(' ').append(mode.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" |");
    }
    out.append("\n|---|---|---|---|");
    for (int i = 0; i < Mode.values().length; i++) out.append("---|");
    out.append('\n');
    for (Map.Entry<CaseKey, Map<Mode, String>> entry : results.entrySet()) {
      CaseKey key = entry.getKey();
      out.append("| ").append(key.pair().operationId()).append(" | ").append(key.pair().status())
          .append(" | ").append(escape(key.responseExample()))
          .append(" | ").append(escape(key.requestBody())).append(" |");
      for (Mode mode : Mode.values()) {
        out.append(' ').append(escape(entry.getValue().getOrDefault(mode, "not run"))).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  void write(Path file, String specTitle, String specVersion) {
    Objects.requireNonNull(file, "file == null");
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      Files.writeString(file, markdown(specTitle, specVersion), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline == -1 ? text : text.substring(0, newline);
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|").replace("\n", " ");
  }
}
