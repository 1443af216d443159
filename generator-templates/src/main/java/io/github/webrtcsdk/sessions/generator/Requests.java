package io.github.webrtcsdk.sessions.generator;

import static io.github.webrtcsdk.sessions.generator.Text.javaString;
import static io.github.webrtcsdk.sessions.generator.Text.unsupported;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How each operation's request is built: its {@code HttpRequests.Builder} calls and prefixes. */
final class Requests {
  private static final Pattern PATH_PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
  private static final Pattern UNSEGMENTED_PATH = Pattern.compile("[?#\\\\]|//");

  private Requests() {}

  /**
   * The {@code HttpRequests.Builder} calls of an operation, in the order Retrofit applies the
   * interface's annotations: the path with its parameters, the fixed {@code Accept} header (the
   * first header), the body, then query and header parameters in the spec's order.
   *
   * <p>The path's leading segments that hold no per-call argument (constant text and parameters
   * the client binds) become the operation's prefix, resolved once per client; the calls then
   * append only the rest.
   */
  static void addRequestCalls(Views.Operation view, Map<String, Views.Prefix> prefixes) {
    int cut = prefixEnd(view);
    if (cut > 0) {
      String prefixPath = view.relativePath.substring(0, cut);
      List<String> calls = pathCalls(view, 0, cut);
      String key = view.serverUrl + " " + String.join(".", calls);
      Views.Prefix prefix = prefixes.get(key);
      if (prefix == null) {
        prefix = new Views.Prefix(uniquePrefixField(prefixPath, prefixes.values()), view.server);
        prefix.calls.addAll(calls);
        prefixes.put(key, prefix);
      }
      view.prefix = prefix;
    }
    List<String> path = pathCalls(view, cut, view.relativePath.length());
    String accept = "header(\"Accept\", \"" + javaString(view.accept) + "\")";
    boolean bodyMethod = !view.httpMethod.equals("GET") && !view.httpMethod.equals("DELETE");
    addCalls(view.requestCalls, path, accept, view.retrofitParams);
    if (view.body == null && bodyMethod) {
      view.requestCalls.add("emptyBody()");
    }
    if (view.bodyOptional) {
      addCalls(view.requestCallsWithoutBody, path, accept, view.retrofitParamsWithoutBody);
      if (bodyMethod) {
        view.requestCallsWithoutBody.add("emptyBody()");
      }
    }
  }

  /** The path calls, the Accept header, then the calls of the parameters not in the path. */
  private static void addCalls(
      List<String> calls, List<String> path, String accept, List<Views.Param> params) {
    calls.addAll(path);
    calls.add(accept);
    for (Views.Param param : params) {
      if (param.requestCall != null && !param.annotation.startsWith("@Path")) {
        calls.add(param.requestCall);
      }
    }
  }

  /**
   * Where the operation's prefix ends: after the last slash before its first per-call path
   * argument, or at the end of a path that has none; 0 when its first segment takes one, or when
   * the path holds what appending segments would not resolve as Retrofit does (an empty segment, a
   * query or fragment mark, a backslash).
   */
  static int prefixEnd(Views.Operation view) {
    if (UNSEGMENTED_PATH.matcher(view.relativePath).find()) {
      return 0;
    }
    Matcher placeholder = PATH_PLACEHOLDER.matcher(view.relativePath);
    while (placeholder.find()) {
      String name = placeholder.group(1);
      boolean bound = view.pathParams.stream().anyMatch(p -> p.baseName.equals(name) && p.bound);
      if (!bound) {
        return view.relativePath.lastIndexOf('/', placeholder.start()) + 1;
      }
    }
    return view.relativePath.length();
  }

  /**
   * The field of a prefix, named for its constant words: {@code accountsSessionsPrefix} for
   * {@code accounts/{accountId}/sessions/}, {@code accountsSessionsUrl} for a whole path without
   * per-call arguments ({@code accounts/{accountId}/sessions}); numbered if taken.
   */
  static String uniquePrefixField(String prefixPath, Collection<Views.Prefix> taken) {
    StringBuilder words = new StringBuilder();
    String constantText = PATH_PLACEHOLDER.matcher(prefixPath).replaceAll("/");
    for (String word : constantText.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.append(words.length() == 0 ? Names.lowerFirst(word) : Names.upperFirst(word));
      }
    }
    if (words.length() == 0 || !Character.isJavaIdentifierStart(words.charAt(0))) {
      words.insert(0, "path");
    }
    String base = words + (prefixPath.endsWith("/") ? "Prefix" : "Url");
    String field = base;
    for (int n = 2; fieldTaken(field, taken); n++) {
      field = base + n;
    }
    return field;
  }

  private static boolean fieldTaken(String field, Collection<Views.Prefix> taken) {
    return taken.stream().anyMatch(p -> p.field.equals(field));
  }

  /** The {@code path} and {@code pathParam} calls for {@code relativePath[start, end)}. */
  private static List<String> pathCalls(Views.Operation view, int start, int end) {
    List<String> path = new ArrayList<>();
    Matcher placeholder = PATH_PLACEHOLDER.matcher(view.relativePath).region(start, end);
    int from = start;
    while (placeholder.find()) {
      if (placeholder.start() > from) {
        path.add(
            "path(\"" + javaString(view.relativePath.substring(from, placeholder.start())) + "\")");
      }
      String name = placeholder.group(1);
      Views.Param param =
          view.pathParams.stream()
              .filter(p -> p.baseName.equals(name))
              .findFirst()
              .orElseThrow(() -> unsupported(view.name, "path placeholder {" + name + "}"));
      path.add("pathParam(" + param.argument + ")");
      from = placeholder.end();
    }
    if (from < end) {
      path.add("path(\"" + javaString(view.relativePath.substring(from, end)) + "\")");
    }
    return path;
  }
}
