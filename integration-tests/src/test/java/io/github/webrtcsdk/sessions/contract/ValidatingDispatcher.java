package io.github.webrtcsdk.sessions.contract;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher that answers with canned responses and holds both halves of every
 * exchange to the spec: the request the client sent, and the response it is about to receive.
 *
 * <p>Violations never change the answer (the client must see exactly what the test meant to
 * send); they are collected, and {@link #assertConforms()} fails with the validator's report.
 */
final class ValidatingDispatcher extends Dispatcher {
  private final ContractValidator validator;
  private final Function<RecordedRequest, CannedResponse> responder;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  ValidatingDispatcher(
      ContractValidator validator, Function<RecordedRequest, CannedResponse> responder) {
    this.validator = Objects.requireNonNull(validator, "validator == null");
    this.responder = Objects.requireNonNull(responder, "responder == null");
  }

  /** Answers every request with {@code response}. */
  static ValidatingDispatcher answering(CannedResponse response) {
    Objects.requireNonNull(response, "response == null");
    return new ValidatingDispatcher(ContractValidator.get(), request -> response);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    CannedResponse response = responder.apply(request);
    String path = Objects.requireNonNull(request.getUrl(), "url == null").encodedPath();
    ValidationReport requestReport = validator.validateRequest(request);
    ValidationReport responseReport =
        validator.validateResponse(request.getMethod(), path, response);
    exchanges.add(new Exchange(request, response, requestReport, responseReport));
    return response.toMockResponse();
  }

  /** Returns every exchange so far, oldest first. */
  List<Exchange> exchanges() {
    return new ArrayList<>(exchanges);
  }

  /** Returns the only exchange, failing if there were none or several. */
  Exchange onlyExchange() {
    List<Exchange> all = exchanges();
    if (all.size() != 1) {
      throw new AssertionError("Expected exactly 1 request, the client sent " + all.size());
    }
    return all.get(0);
  }

  /** Fails with the validator's report if any request or response broke the spec. */
  void assertConforms() {
    String violations = violations();
    if (!violations.isEmpty()) throw new AssertionError(violations);
  }

  /** Returns the validator's report of every exchange that broke the spec, or "" if none did. */
  String violations() {
    StringBuilder message = new StringBuilder();
    int failed = 0;
    for (Exchange exchange : exchanges) {
      String line = exchange.request().getMethod() + " " + exchange.path();
      if (exchange.requestReport().hasErrors()) {
        failed++;
        message.append("\nRequest ").append(line).append(" breaks ").append(ContractSpec.RESOURCE)
            .append(":\n").append(ContractValidator.describe(exchange.requestReport()));
      }
      if (exchange.responseReport().hasErrors()) {
        failed++;
        message.append("\nResponse ").append(exchange.response().status()).append(" to ")
            .append(line).append(" breaks ").append(ContractSpec.RESOURCE).append(":\n")
            .append(ContractValidator.describe(exchange.responseReport()));
      }
    }
    return failed == 0 ? "" : failed + " spec violation(s):" + message;
  }

  /** One request and the response it got, with the validator's verdict on each. */
  record Exchange(
      RecordedRequest request,
      CannedResponse response,
      ValidationReport requestReport,
      ValidationReport responseReport) {

    String path() {
      return Objects.requireNonNull(request.getUrl(), "url == null").encodedPath();
    }

    /** Returns the request body as UTF-8 text, "" if there was none. */
    String body() {
      return request.getBody() == null ? "" : request.getBody().utf8();
    }
  }
}
