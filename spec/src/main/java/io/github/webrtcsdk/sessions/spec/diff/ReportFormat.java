package io.github.webrtcsdk.sessions.spec.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a {@link DiffReport} is printed. */
enum ReportFormat {
  /** For a terminal: a summary line, then the changes grouped by severity. */
  TEXT {
    @Override
    String render(DiffReport report) {
      StringBuilder out = new StringBuilder();
      out.append(report.breaking() ? "FAIL: " : "OK: ").append(status(report)).append(". ")
          .append(counts(report)).append(". Suggested version bump: ")
          .append(report.bump().id()).append(".\n");
      out.append("info.version: ").append(versions(report)).append('\n');
      for (Severity severity : Severity.values()) {
        List<Change> changes = report.changes(severity);
        if (changes.isEmpty()) {
          continue;
        }
        out.append('\n').append(heading(severity)).append(" (").append(changes.size())
            .append(")\n");
        for (Change change : changes) {
          out.append("  ").append(change.rule().id()).append("  ").append(change.location());
          if (change.accepted()) {
            out.append("  [accepted: ").append(change.acceptedReason()).append(']');
          }
          out.append("\n      ").append(change.message()).append('\n');
        }
      }
      return out.toString();
    }
  },

  /** For a pull request comment: a summary line, then one table per severity. */
  MARKDOWN {
    @Override
    String render(DiffReport report) {
      StringBuilder out = new StringBuilder();
      out.append(report.breaking() ? ":x: " : ":white_check_mark: ")
          .append("**Spec diff: ").append(status(report)).append(".** ")
          .append(counts(report)).append(". Suggested version bump: **")
          .append(report.bump().id()).append("** (info.version ")
          .append(escape(versions(report))).append(").\n");
      for (Severity severity : Severity.values()) {
        List<Change> changes = report.changes(severity);
        if (changes.isEmpty()) {
          continue;
        }
        out.append("\n#### ").append(heading(severity)).append(" (").append(changes.size())
            .append(")\n\n");
        out.append("| Rule | Location | Change | Accepted |\n");
        out.append("|---|---|---|---|\n");
        for (Change change : changes) {
          out.append("| `").append(change.rule().id()).append("` | `")
              .append(change.location().replace("|", "\\|").replace("`", "'")).append("` | ")
              .append(escape(change.message())).append(" | ")
              .append(change.accepted() ? "yes: " + escape(change.acceptedReason()) : "no")
              .append(" |\n");
        }
      }
      return out.toString();
    }
  },

  /**
   * For tools: {@code breaking} (an unaccepted breaking change exists), {@code bump}, the versions,
   * counts, and {@code changes} as {rule, severity, location, message, accepted[, reason]}.
   */
  JSON {
    @Override
    String render(DiffReport report) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("breaking", report.breaking());
      root.put("bump", report.bump().id());
      root.put("baseVersion", report.baseVersion());
      root.put("headVersion", report.headVersion());
      root.put("expectedVersion", report.expectedVersion().orElse(null));
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("breaking", report.count(Severity.BREAKING));
      counts.put("accepted", report.acceptedCount());
      counts.put("warning", report.count(Severity.WARNING));
      counts.put("info", report.count(Severity.INFO));
      root.put("counts", counts);
      List<Map<String, Object>> changes = new ArrayList<>();
      for (Change change : report.changes()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("rule", change.rule().id());
        item.put("severity", change.severity().id());
        item.put("location", change.location());
        item.put("message", change.message());
        item.put("accepted", change.accepted());
        if (change.accepted()) {
          item.put("reason", change.acceptedReason());
        }
        changes.add(item);
      }
      root.put("changes", changes);
      try {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  abstract String render(DiffReport report);

  /** The format named {@code text}, {@code markdown} or {@code json}. */
  static Optional<ReportFormat> byName(String name) {
    for (ReportFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private static String status(DiffReport report) {
    if (report.breaking()) {
      long unaccepted = report.count(Severity.BREAKING) - report.acceptedCount();
      return unaccepted + " unaccepted breaking change" + (unaccepted == 1 ? "" : "s");
    }
    return report.changes().isEmpty() ? "no changes" : "no unaccepted breaking changes";
  }

  private static String counts(DiffReport report) {
    long accepted = report.acceptedCount();
    long warnings = report.count(Severity.WARNING);
    return report.count(Severity.BREAKING) + " breaking"
        + (accepted > 0 ? " (" + accepted + " accepted)" : "") + ", "
        + warnings + (warnings == 1 ? " warning" : " warnings") + ", "
        + report.count(Severity.INFO) + " info";
  }

  private static String versions(DiffReport report) {
    String text = report.baseVersion() + " -> " + report.headVersion();
    if (report.bump() != Bump.NONE && report.expectedVersion().isPresent()) {
      text += ", expected " + report.expectedVersion().get() + " or later";
    }
    return text;
  }

  private static String heading(Severity severity) {
    return switch (severity) {
      case BREAKING -> "Breaking";
      case WARNING -> "Warnings";
      case INFO -> "Info";
    };
  }

  /** Escapes text for a Markdown table cell, where GitHub would read tags and emphasis. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '&' -> out.append("&amp;");
        case '|', '\\', '`', '*', '_', '[', ']', '~' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
