package io.github.webrtcsdk.sessions.benchmarks.report;

import io.github.webrtcsdk.sessions.benchmarks.report.ResultsReport.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws the results as horizontal bars of throughput relative to each group's baseline. */
final class Chart {
  private static final int WIDTH = 860;
  private static final int LABEL_WIDTH = 230;
  private static final int BAR_AREA = 520;
  private static final int BAR_HEIGHT = 14;
  private static final int ROW = 18;
  private static final String[][] COLORS = {
      {"GENERATED", "#1f77b4"},
      {"HAND_WRITTEN", "#7f7f7f"},
      {"HAND_WRITTEN_OKHTTP", "#7f7f7f"},
      {"MOSHI_REFLECTIVE", "#bcbd22"},
      {"GSON_STOCK", "#d62728"},
      {"STOCK_RETROFIT2", "#d62728"},
      {"JACKSON_LEGACY", "#ff7f0e"},
  };

  private Chart() {}

  static String svg(List<Result> codec, List<Result> calls) {
    Map<String, List<Result>> codecGroups = ResultsReport.groups(codec);
    Map<String, List<Result>> callGroups = ResultsReport.groups(calls);
    double max = 1.0;
    for (List<Result> group : codecGroups.values()) {
      max = Math.max(max, maxRatio(group, ResultsReport.CODEC_BASELINE));
    }
    for (List<Result> group : callGroups.values()) {
      max = Math.max(max, maxRatio(group, ResultsReport.CALL_BASELINE));
    }
    double scale = BAR_AREA / (Math.ceil(max * 4) / 4);

    StringBuilder body = new StringBuilder();
    int y = 30;
    y = section(body, y, "JSON codec: throughput relative to the hand-written Moshi adapter",
        codecGroups, ResultsReport.CODEC_BASELINE, scale);
    y = section(body, y + 10,
        "Blocking call: throughput relative to hand-written OkHttp + Moshi",
        callGroups, ResultsReport.CALL_BASELINE, scale);
    int top = 40;
    int x1 = LABEL_WIDTH + (int) Math.round(scale);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
        + " height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, y + 20));
    svg.append(String.format(Locale.ROOT,
        "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, y + 20));
    svg.append(body);
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
        + " stroke=\"black\" stroke-dasharray=\"4 3\"/>%n", x1, top, x1, y));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">1.0 = baseline; longer is faster</text>%n",
        x1, y + 14));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static int section(StringBuilder out, int y, String title,
      Map<String, List<Result>> groups, String baselineName, double scale) {
    out.append(String.format(Locale.ROOT,
        "<text x=\"10\" y=\"%d\" font-size=\"14\" font-weight=\"bold\">%s</text>%n", y, title));
    y += 10;
    for (Map.Entry<String, List<Result>> group : groups.entrySet()) {
      Result baseline = ResultsReport.find(group.getValue(), baselineName);
      if (baseline == null) {
        continue;
      }
      y += ROW;
      out.append(String.format(Locale.ROOT,
          "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>%n", y, escape(group.getKey())));
      for (Result result : group.getValue()) {
        y += ROW;
        double ratio = result.score / baseline.score;
        int width = (int) Math.round(ratio * scale);
        out.append(String.format(Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
            LABEL_WIDTH - 8, y, escape(label(result.subject))));
        out.append(String.format(Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
            LABEL_WIDTH, y - BAR_HEIGHT + 3, width, BAR_HEIGHT, color(result.subject)));
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.2f</text>%n",
            LABEL_WIDTH + width + 4, y, ratio));
      }
      y += 4;
    }
    return y + 14;
  }

  private static double maxRatio(List<Result> group, String baselineName) {
    Result baseline = ResultsReport.find(group, baselineName);
    double max = 0;
    if (baseline != null) {
      for (Result result : group) {
        max = Math.max(max, result.score / baseline.score);
      }
    }
    return max;
  }

  private static String label(String subject) {
    switch (subject) {
      case "GENERATED":
        return "ours (generated)";
      case "HAND_WRITTEN":
        return "hand-written Moshi streaming";
      case "HAND_WRITTEN_OKHTTP":
        return "hand-written OkHttp + Moshi";
      case "MOSHI_REFLECTIVE":
        return "Moshi reflective";
      case "GSON_STOCK":
        return "Gson (stock client)";
      case "STOCK_RETROFIT2":
        return "stock java/retrofit2";
      case "JACKSON_LEGACY":
        return "Jackson (older Bandwidth SDK)";
      default:
        return subject;
    }
  }

  private static String color(String subject) {
    for (String[] pair : COLORS) {
      if (pair[0].equals(subject)) {
        return pair[1];
      }
    }
    return "#9467bd";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
