package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.runtime.ApiError;
import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.runtime.RateLimitException;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.contract.ContractSpec.NamedExample;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecOperation;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecResponse;
import io.github.webrtcsdk.sessions.contract.Coverage.Pair;
import io.github.webrtcsdk.sessions.contract.CoverageReport.CaseKey;
import io.github.webrtcsdk.sessions.contract.OperationInvokers.Call;
import io.github.webrtcsdk.sessions.contract.OperationInvokers.Invoker;
import io.github.webrtcsdk.sessions.contract.OperationInvokers.Mode;
import io.github.webrtcsdk.sessions.contract.StatusExpectations.DecodedBody;
import io.github.webrtcsdk.sessions.contract.StatusExpectations.EmptyResult;
import io.github.webrtcsdk.sessions.contract.StatusExpectations.Expectation;
import io.github.webrtcsdk.sessions.contract.StatusExpectations.Throws;
import io.github.webrtcsdk.sessions.contract.ValidatingDispatcher.Exchange;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * For every (operationId, documented status) pair of the spec, makes the client receive that
 * status with a body valid for it, and checks what the caller gets, in each {@link Mode}: blocking,
 * async, raw response and raw response async.
 *
 * <p>The pairs, the path arguments, the request bodies and the response bodies all come from the
 * spec: the only hand-written parts are how to call an operation ({@link OperationInvokers}) and
 * what each status means to a caller ({@link StatusExpectations}). Every request and response is
 * validated against the spec by an independent validator ({@link ValidatingDispatcher}), so an
 * example that drifts from its schema, or a client that sends what the spec does not allow, fails
 * the build with the validator's report. The outcome of every case is written to {@code
 * target/contract-coverage.md}.
 */
final class ContractCoverageTest {
  private static final String USERNAME = "contract-user";
  private static final String PASSWORD = "contract-password";
  private static final String NO_BODY = "(none)";
  private static final Path REPORT = Path.of(System.getProperty(
      "contract.coverage.report", "target/contract-coverage.md"));

  private static final ContractSpec SPEC = ContractSpec.get();
  private static final CoverageReport COVERAGE =
      new CoverageReport(Coverage.pairs(SPEC.operations()));

  private static MockWebServer server;
  private static OkHttpClient http;

  @BeforeAll
  static void startServer() throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    // One connection pool and dispatcher for every client the cases build.
    http = new OkHttpClient.Builder()
        .callTimeout(10, TimeUnit.SECONDS)
        .build();
  }

  @AfterAll
  static void stopServerAndWriteReport() {
    try {
      COVERAGE.write(REPORT, SPEC.openApi().getInfo().getTitle(),
          SPEC.openApi().getInfo().getVersion());
    } finally {
      server.close();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void everyDocumentedPairHasAnInvokerAndAnExpectation() {
    List<String> gaps = Coverage.gaps(
        SPEC.operations(), OperationInvokers.operationIds(), StatusExpectations.statuses());
    assertEquals(List.of(), gaps, () -> Coverage.describe(gaps));
  }

  @TestFactory
  Stream<DynamicNode> everyOperationAndDocumentedStatus() {
    List<DynamicNode> operations = new ArrayList<>();
    for (SpecOperation operation : SPEC.operations()) {
      List<DynamicNode> statuses = new ArrayList<>();
      Invoker invoker = OperationInvokers.forOperation(operation.operationId());
      List<NamedExample> requestBodies = requestBodies(operation);
      for (SpecResponse response : operation.responses()) {
        statuses.add(pairNode(operation, invoker, response, requestBodies.subList(0, 1)));
      }
      // The other request bodies the spec shows, each answered with the success status.
      if (requestBodies.size() > 1) {
        statuses.add(DynamicContainer.dynamicContainer(
            "request bodies",
            cases(operation, invoker, operation.success(), requestBodies.subList(
                1, requestBodies.size()), examples(operation.success()).subList(0, 1))));
      }
      operations.add(DynamicContainer.dynamicContainer(operation.operationId(), statuses));
    }
    return operations.stream();
  }

  private DynamicNode pairNode(SpecOperation operation, Invoker invoker, SpecResponse response,
      List<NamedExample> requestBodies) {
    Pair pair = new Pair(operation.operationId(), response.status());
    Expectation expectation = StatusExpectations.forStatus(response.status());
    String name = String.valueOf(response.status());
    List<String> missing = new ArrayList<>();
    if (invoker == null) missing.add("no invoker in OperationInvokers");
    if (expectation == null) missing.add("no expectation in StatusExpectations");
    if (response.hasBody() && response.examples().isEmpty()) {
      missing.add("the spec shows no example body to answer with");
    }
    if (!missing.isEmpty()) {
      String reason = String.join(", ", missing);
      COVERAGE.gap(pair, reason);
      return DynamicTest.dynamicTest(name, () -> fail(pair + " cannot be tested: " + reason));
    }
    COVERAGE.expectation(pair, expectation.toString());
    return DynamicContainer.dynamicContainer(name,
        cases(operation, invoker, response, requestBodies, examples(response)));
  }

  private List<DynamicNode> cases(SpecOperation operation, Invoker invoker, SpecResponse response,
      List<NamedExample> requestBodies, List<NamedExample> responseBodies) {
    List<DynamicNode> cases = new ArrayList<>();
    for (NamedExample requestBody : requestBodies) {
      for (NamedExample responseBody : responseBodies) {
        CaseKey key = new CaseKey(new Pair(operation.operationId(), response.status()),
            responseBody == null ? NO_BODY : responseBody.name(),
            requestBody == null ? NO_BODY : requestBody.name());
        for (Mode mode : Mode.values()) {
          // The whole case in one name: Surefire prints only the leaf of a dynamic test.
          String name = key.pair() + ": response " + key.responseExample() + ", request "
              + key.requestBody() + ", " + mode.name().toLowerCase(Locale.ROOT);
          cases.add(DynamicTest.dynamicTest(name, () -> {
            try {
              runCase(operation, invoker, response, requestBody, responseBody, mode);
              COVERAGE.result(key, mode, null);
            } catch (Throwable t) {
              COVERAGE.result(key, mode, String.valueOf(t.getMessage()));
              throw t;
            }
          }));
        }
      }
    }
    return cases;
  }

  private void runCase(SpecOperation operation, Invoker invoker, SpecResponse response,
      NamedExample requestBody, NamedExample responseBody, Mode mode) throws Exception {
    CannedResponse canned = cannedResponse(response, responseBody);
    ValidatingDispatcher dispatcher = ValidatingDispatcher.answering(canned);
    server.setDispatcher(dispatcher);
    WebRtcClient client = WebRtcClient.builder()
        .accountId(operation.pathParameterExamples().get("accountId"))
        .basicAuth(USERNAME, PASSWORD)
        .baseUrl(server.url(ContractSpec.BASE_PATH + "/"))
        .okHttpClient(http)
        // One canned answer per case: what a retried 429 or 5xx gives is tested in generated-client.
        .maxRetries(0)
        .build();

    Call call = new Call(client, operation, requestBody == null ? null : requestBody.value());
    Object value = null;
    Throwable thrown = null;
    try {
      value = invoke(invoker, mode, call);
    } catch (Throwable t) {
      thrown = t;
    }

    // What went over the wire first: a broken request explains a strange result.
    dispatcher.assertConforms();
    Exchange exchange = dispatcher.onlyExchange();
    assertEquals(operation.method() + " " + operation.examplePath(),
        exchange.request().getMethod() + " " + exchange.path(), "method and path");
    String credentials = Base64.getEncoder().encodeToString(
        (USERNAME + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("Basic " + credentials, exchange.request().getHeaders().get("Authorization"));
    if (requestBody == null) {
      assertEquals("", exchange.body(), "request body of the overload without a body");
    } else {
      assertEquals(requestBody.value(), Trees.parse(exchange.body()),
          "request body encoded from the spec's example " + requestBody.name());
    }

    Expectation expectation = StatusExpectations.require(response.status());
    if (expectation instanceof Throws throwsExpectation) {
      verifyException(throwsExpectation, canned, value, thrown);
      return;
    }
    if (thrown != null) {
      throw new AssertionError("Expected " + expectation + " for " + response.status()
          + ", but the call threw " + thrown, thrown);
    }
    Object expected;
    if (expectation instanceof DecodedBody) {
      if (responseBody == null) fail(response.status() + " has no body to decode");
      expected = decodeExample(response, responseBody.value());
    } else if (expectation instanceof EmptyResult) {
      if (response.hasBody()) fail(response.status() + " has a body; the expectation is empty");
      expected = invoker.emptyResult();
    } else {
      throw new AssertionError("Unknown expectation " + expectation);
    }
    if (mode == Mode.RAW || mode == Mode.RAW_ASYNC) {
      ApiResponse<?> raw = (ApiResponse<?>) value;
      assertEquals(response.status(), raw.statusCode(), "raw status");
      for (Map.Entry<String, List<String>> header : canned.headers().entrySet()) {
        assertEquals(header.getValue(), raw.headers().values(header.getKey()), header.getKey());
      }
      assertEquals(expected, raw.body());
    } else {
      assertEquals(expected, value);
    }
  }

  private static Object invoke(Invoker invoker, Mode mode, Call call) throws Throwable {
    return switch (mode) {
      case BLOCKING -> invoker.blocking().apply(call);
      case RAW -> invoker.raw().apply(call);
      case ASYNC -> await(invoker.async().apply(call));
      case RAW_ASYNC -> await(invoker.rawAsync().apply(call));
    };
  }

  /** Waits for a future and throws what it failed with, as a blocking call would. */
  static Object await(CompletableFuture<?> future) throws Throwable {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private static void verifyException(
      Throws expectation, CannedResponse canned, Object value, Throwable thrown) {
    if (thrown == null) {
      fail("Expected " + expectation.type().getSimpleName() + " for " + canned.status()
          + ", but the call returned " + value);
    }
    if (thrown.getClass() != expectation.type()) {
      throw new AssertionError("Expected " + expectation.type().getName() + " for "
          + canned.status() + ", was " + thrown, thrown);
    }
    ApiException exception = (ApiException) thrown;
    assertEquals(canned.status(), exception.statusCode(), "statusCode()");
    String rawBody = canned.body() == null ? "" : canned.body();
    assertEquals(rawBody, exception.rawBody(), "rawBody()");
    for (Map.Entry<String, List<String>> header : canned.headers().entrySet()) {
      assertEquals(header.getValue(), exception.headers().values(header.getKey()), header.getKey());
    }

    ApiError error = exception.error();
    String description = null;
    String requestId = null;
    if (canned.body() == null) {
      assertNull(error, "error() of a response without a body");
    } else {
      JsonNode body = Trees.parse(canned.body());
      String expectedError = text(body, "error");
      String expectedMessage = text(body, "message");
      requestId = text(body, "requestId");
      assertEquals(expectedError, error.error(), "error().error()");
      assertEquals(requestId, error.requestId(), "error().requestId()");
      assertEquals(expectedMessage, error.message(), "error().message()");
      assertEquals(body.has("code") ? body.get("code").intValue() : null, error.code(),
          "error().code()");
      description = expectedMessage != null ? expectedMessage : expectedError;
    }
    String message = "HTTP " + canned.status()
        + (description == null ? "" : ": " + description)
        + (requestId == null ? "" : " (requestId " + requestId + ")");
    assertEquals(message, exception.getMessage(), "getMessage()");

    if (exception instanceof RateLimitException rateLimit) {
      List<String> retryAfter = canned.headers().get("Retry-After");
      Duration expected = retryAfter == null
          ? null : Duration.ofSeconds(Long.parseLong(retryAfter.get(0)));
      assertEquals(expected, rateLimit.retryAfter(), "retryAfter()");
    }
  }

  /** Decodes a response example with the test's own mapping, never the client's. */
  private static Object decodeExample(SpecResponse response, JsonNode example) {
    String schemaName = ContractSpec.schemaName(response.schema());
    if (schemaName != null) return mapping(schemaName).read(example);
    if ("array".equals(response.schema().getType())) {
      ModelTrees.Mapping<?> items = mapping(ContractSpec.schemaName(response.schema().getItems()));
      List<Object> list = new ArrayList<>();
      for (JsonNode element : example) list.add(items.read(element));
      return list;
    }
    throw new AssertionError("No way to decode an inline " + response.schema().getType());
  }

  private static ModelTrees.Mapping<?> mapping(String schemaName) {
    ModelTrees.Mapping<?> mapping = ModelTrees.forSchema(schemaName);
    if (mapping == null) throw new AssertionError("ModelTrees has no mapping for " + schemaName);
    return mapping;
  }

  private static CannedResponse cannedResponse(SpecResponse response, NamedExample body) {
    CannedResponse canned = body == null
        ? CannedResponse.empty(response.status())
        : CannedResponse.json(response.status(), Trees.write(body.value()));
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      canned = canned.withHeader(header.getKey(), header.getValue());
    }
    return canned;
  }

  /**
   * Returns the request bodies to send, first the one every status is tested with: each example
   * the spec shows, then no body at all if the body is optional. Null stands for no body.
   */
  private static List<NamedExample> requestBodies(SpecOperation operation) {
    List<NamedExample> result = new ArrayList<>();
    if (operation.requestBody() != null) {
      result.addAll(operation.requestBody().examples());
      if (result.isEmpty()) {
        throw new AssertionError(operation + " has a request body without an example to send");
      }
    }
    if (operation.requestBody() == null || !operation.requestBody().required()) result.add(null);
    return result;
  }

  /** Returns the bodies to answer a status with; a single null when it has no body. */
  private static List<NamedExample> examples(SpecResponse response) {
    if (!response.hasBody()) {
      List<NamedExample> none = new ArrayList<>();
      none.add(null);
      return none;
    }
    return response.examples();
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
