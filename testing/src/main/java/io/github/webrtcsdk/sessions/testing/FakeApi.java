package io.github.webrtcsdk.sessions.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Answers HTTP exchanges as the WebRTC API would, in the order its layers do: Bandwidth's gateway
 * first (unknown paths, credentials, account), then the service (spec validation, rules).
 *
 * <p>Thread-safe: the HTTP server calls it from several threads at once.
 */
final class FakeApi implements HttpHandler {
  static final String MISSING_AUTHENTICATION_TOKEN = "Missing Authentication Token";
  static final String UNAUTHORIZED = "Unauthorized";
  static final String FORBIDDEN = "User is not authorized to access this resource";
  static final String UNKNOWN_PATH_KEY = "fake.request.path.unknown";

  private final String accountId;
  private final byte[] basicCredentials;
  private final List<byte[]> bearerTokens;
  private final SpecValidator validator;
  private final FakeTokenEndpoint tokenEndpoint;
  private final ApiState state = new ApiState();
  private final Tokens tokens = new Tokens();
  private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final List<ValidationReport> reports = new CopyOnWriteArrayList<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private volatile UnaryOperator<Reply> responseInterceptor = UnaryOperator.identity();

  FakeApi(String accountId, String username, String password, List<String> bearerTokens,
      FakeTokenEndpoint tokenEndpoint, SpecValidator validator) {
    this.accountId = accountId;
    this.basicCredentials = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
    List<byte[]> tokenBytes = new ArrayList<>();
    for (String token : bearerTokens) tokenBytes.add(token.getBytes(StandardCharsets.UTF_8));
    this.bearerTokens = tokenBytes;
    this.tokenEndpoint = tokenEndpoint;
    this.validator = validator;
  }

  ApiState state() {
    return state;
  }

  int requestCount() {
    return requestCount.get();
  }

  List<ValidationReport> validationReports() {
    return Collections.unmodifiableList(new ArrayList<>(reports));
  }

  void clearValidationReports() {
    reports.clear();
  }

  void enqueue(Fault fault) {
    faults.add(fault);
  }

  void setResponseInterceptor(UnaryOperator<Reply> interceptor) {
    this.responseInterceptor = interceptor;
  }

  void reset() {
    tokenEndpoint.reset();
    state.clear();
    faults.clear();
    reports.clear();
    requestCount.set(0);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      exchange(exchange);
    } catch (RuntimeException e) {
      // A bug in the fake: report it like a spec violation, so that the test fails loudly.
      String message = "The fake failed to answer: " + e;
      reports.add(new ValidationReport(ValidationReport.Kind.RESPONSE, exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), 500, Collections.singletonList(message)));
      try {
        send(exchange, Reply.serviceError(500, message, newRequestId()));
      } catch (IOException | RuntimeException ignored) {
        // The response had already started; closing the exchange is all that is left.
      }
    } finally {
      exchange.close();
    }
  }

  private void exchange(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    Headers headers = exchange.getRequestHeaders();
    String body = readBody(exchange.getRequestBody());
    if (path.equals(FakeTokenEndpoint.PATH)) {
      // Not the API: not counted, validated or faulted with it.
      Reply token = tokenEndpoint.answer(method, headers, body);
      if (token != null) send(exchange, token);
      return;
    }
    requestCount.incrementAndGet();

    Fault fault = faults.poll();
    if (fault != null) {
      // A fault replaces the whole exchange: nothing is checked, validated or changed.
      if (!fault.isDisconnect()) send(exchange, faultReply(fault));
      return; // Closing before sending headers drops the connection.
    }

    Route route = Route.match(method, path);
    if (route == null) {
      // Bandwidth's gateway answers unknown paths and methods so, before any authentication.
      List<String> errors = validator.validateRequest(method, path, headers, body);
      if (errors.isEmpty()) {
        // The validator forgives a missing base path or a trailing slash; the gateway does not.
        errors = Collections.singletonList(UNKNOWN_PATH_KEY + ": No operation of the API matches "
            + method + " " + path + "; paths start with " + SpecValidator.BASE_PATH
            + "/accounts/{accountId}/ and have no trailing slash.");
      }
      reports.add(new ValidationReport(ValidationReport.Kind.REQUEST, method, path, 403, errors));
      send(exchange, Reply.gatewayError(403, MISSING_AUTHENTICATION_TOKEN));
      return;
    }

    Reply reply = responseInterceptor.apply(answer(route, method, path, headers, body));
    List<String> errors = validator.validateResponse(
        method, path, reply.statusCode, responseHeaders(reply), reply.body);
    if (!errors.isEmpty()) {
      reports.add(new ValidationReport(
          ValidationReport.Kind.RESPONSE, method, path, reply.statusCode, errors));
    }
    send(exchange, reply);
  }

  private Reply answer(
      Route route, String method, String path, Headers headers, String body) {
    if (!authenticated(headers.getFirst("Authorization"))) {
      return Reply.gatewayError(401, UNAUTHORIZED);
    }
    // The credentials belong to the configured account only.
    if (!route.accountId.equals(accountId)) return Reply.gatewayError(403, FORBIDDEN);

    String requestId = newRequestId();
    List<String> errors = validateRequest(method, path, headers, body, 400);
    if (!errors.isEmpty()) {
      return Reply.serviceError(400, "The request does not match the API spec: "
          + String.join("; ", errors).replace('\n', ' '), requestId);
    }
    try {
      return dispatch(route, body);
    } catch (ApiException e) {
      return Reply.serviceError(e.statusCode(), e.getMessage(), requestId);
    }
  }

  private Reply dispatch(Route route, String body) {
    Map<String, Object> json = Json.object(Json.parse(body), "The body");
    switch (route.operation) {
      case CREATE_SESSION:
        return Reply.json(200, state.createSession(json));
      case GET_SESSION:
        return Reply.json(200, state.getSession(route.sessionId));
      case DELETE_SESSION:
        state.deleteSession(route.sessionId);
        return Reply.noContent();
      case LIST_SESSION_PARTICIPANTS:
        return jsonOrNoContent(state.listSessionParticipants(route.sessionId));
      case ADD_PARTICIPANT_TO_SESSION:
        state.addParticipantToSession(route.sessionId, route.participantId, json);
        return Reply.noContent();
      case REMOVE_PARTICIPANT_FROM_SESSION:
        state.removeParticipantFromSession(route.sessionId, route.participantId);
        return Reply.noContent();
      case GET_PARTICIPANT_SUBSCRIPTIONS:
        return jsonOrNoContent(
            state.getParticipantSubscriptions(route.sessionId, route.participantId));
      case UPDATE_PARTICIPANT_SUBSCRIPTIONS:
        state.updateParticipantSubscriptions(route.sessionId, route.participantId, json);
        return Reply.noContent();
      case CREATE_PARTICIPANT:
        Map<String, Object> participant = state.createParticipant(json);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("participant", participant);
        created.put("token", tokens.create(accountId, (String) participant.get("id"),
            TimeUnit.MILLISECONDS.toSeconds(System.currentTimeMillis())));
        return Reply.json(200, created);
      case GET_PARTICIPANT:
        return Reply.json(200, state.getParticipant(route.participantId));
      case DELETE_PARTICIPANT:
        state.deleteParticipant(route.participantId);
        return Reply.noContent();
      default:
        throw new AssertionError(route.operation);
    }
  }

  private static Reply jsonOrNoContent(Object json) {
    return json == null ? Reply.noContent() : Reply.json(200, json);
  }

  private List<String> validateRequest(
      String method, String path, Headers headers, String body, int answeredWith) {
    List<String> errors = validator.validateRequest(method, path, headers, body);
    if (!errors.isEmpty()) {
      reports.add(new ValidationReport(
          ValidationReport.Kind.REQUEST, method, path, answeredWith, errors));
    }
    return errors;
  }

  private boolean authenticated(String authorization) {
    if (authorization == null) return false;
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(authorization.substring(6).trim());
      } catch (IllegalArgumentException e) {
        return false;
      }
      return MessageDigest.isEqual(decoded, basicCredentials);
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byte[] token = authorization.substring(7).trim().getBytes(StandardCharsets.UTF_8);
      boolean accepted = false;
      for (byte[] candidate : bearerTokens) {
        accepted |= MessageDigest.isEqual(token, candidate);
      }
      return accepted || tokenEndpoint.accepts(authorization.substring(7).trim());
    }
    return false;
  }

  private static Reply faultReply(Fault fault) {
    String body = fault.body();
    if (body == null) {
      int status = fault.statusCode();
      Reply defaultReply = isGatewayStatus(status)
          ? Reply.gatewayError(status, reasonPhrase(status))
          : Reply.serviceError(status, reasonPhrase(status), newRequestId());
      body = defaultReply.body;
    }
    return new Reply(fault.statusCode(), fault.headers(), body);
  }

  /** The statuses Bandwidth's API gateway answers itself, with a {@code message} body. */
  private static boolean isGatewayStatus(int status) {
    return status == 401 || status == 403 || status == 429
        || status == 502 || status == 503 || status == 504;
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return UNAUTHORIZED;
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 429: return "Too Many Requests";
      case 500: return "Internal error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "Error " + status;
    }
  }

  private static Map<String, List<String>> responseHeaders(Reply reply) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : reply.headers.entrySet()) {
      result.put(header.getKey(), Collections.singletonList(header.getValue()));
    }
    boolean hasContentType = false;
    for (String name : result.keySet()) hasContentType |= name.equalsIgnoreCase("Content-Type");
    if (reply.body != null && !hasContentType) {
      result.put("Content-Type", Collections.singletonList("application/json"));
    }
    return result;
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, List<String>> header : responseHeaders(reply).entrySet()) {
      headers.put(header.getKey(), new ArrayList<>(header.getValue()));
    }
    // A response to HEAD has headers only.
    byte[] bytes = reply.body != null && !exchange.getRequestMethod().equals("HEAD")
        ? reply.body.getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    // -1 means no body; 0 would mean a chunked body of unknown length.
    exchange.sendResponseHeaders(reply.statusCode, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String readBody(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static String newRequestId() {
    return UUID.randomUUID().toString();
  }
}
