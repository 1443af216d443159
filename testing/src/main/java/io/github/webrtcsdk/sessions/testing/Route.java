package io.github.webrtcsdk.sessions.testing;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A request matched to one of the API's operations, with its path parameters decoded. */
final class Route {
  /** The API's operations, each with its method and path below {@code /accounts/{accountId}}. */
  enum Operation {
    CREATE_SESSION("POST", "sessions"),
    GET_SESSION("GET", "sessions", "{sessionId}"),
    DELETE_SESSION("DELETE", "sessions", "{sessionId}"),
    LIST_SESSION_PARTICIPANTS("GET", "sessions", "{sessionId}", "participants"),
    ADD_PARTICIPANT_TO_SESSION(
        "PUT", "sessions", "{sessionId}", "participants", "{participantId}"),
    REMOVE_PARTICIPANT_FROM_SESSION(
        "DELETE", "sessions", "{sessionId}", "participants", "{participantId}"),
    GET_PARTICIPANT_SUBSCRIPTIONS(
        "GET", "sessions", "{sessionId}", "participants", "{participantId}", "subscriptions"),
    UPDATE_PARTICIPANT_SUBSCRIPTIONS(
        "PUT", "sessions", "{sessionId}", "participants", "{participantId}", "subscriptions"),
    CREATE_PARTICIPANT("POST", "participants"),
    GET_PARTICIPANT("GET", "participants", "{participantId}"),
    DELETE_PARTICIPANT("DELETE", "participants", "{participantId}");

    final String method;
    final List<String> segments;

    Operation(String method, String... segments) {
      this.method = method;
      this.segments = Arrays.asList(segments);
    }
  }

  private static final String PREFIX = SpecValidator.BASE_PATH + "/accounts/";

  final Operation operation;
  final String accountId;
  /** Null for operations without it. */
  final @Nullable String sessionId;
  /** Null for operations without it. */
  final @Nullable String participantId;

  private Route(Operation operation, String accountId, @Nullable String sessionId,
      @Nullable String participantId) {
    this.operation = operation;
    this.accountId = accountId;
    this.sessionId = sessionId;
    this.participantId = participantId;
  }

  /** Returns the route of {@code method} and the raw {@code path}, or null for none. */
  static @Nullable Route match(String method, String rawPath) {
    if (!rawPath.startsWith(PREFIX)) return null;
    String[] segments = rawPath.substring(PREFIX.length()).split("/", -1);
    for (String segment : segments) {
      if (segment.isEmpty()) return null;
    }
    String accountId = decode(segments[0]);
    List<String> rest = Arrays.asList(segments).subList(1, segments.length);
    for (Operation operation : Operation.values()) {
      if (!operation.method.equals(method) || operation.segments.size() != rest.size()) continue;
      String sessionId = null;
      String participantId = null;
      boolean matches = true;
      for (int i = 0; i < rest.size() && matches; i++) {
        String pattern = operation.segments.get(i);
        String actual = rest.get(i);
        if (pattern.equals("{sessionId}")) {
          sessionId = decode(actual);
        } else if (pattern.equals("{participantId}")) {
          participantId = decode(actual);
        } else {
          matches = pattern.equals(actual);
        }
      }
      if (matches) return new Route(operation, accountId, sessionId, participantId);
    }
    return null;
  }

  private static String decode(String segment) {
    try {
      // URLDecoder decodes form encoding, where '+' is a space; in a path it is a plus.
      return URLDecoder.decode(segment.replace("+", "%2B"), "UTF-8");
    } catch (UnsupportedEncodingException | IllegalArgumentException e) {
      return segment;
    }
  }
}
