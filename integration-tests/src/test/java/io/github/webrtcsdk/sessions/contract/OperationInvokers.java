package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.sessions.ParticipantsService;
import io.github.webrtcsdk.sessions.SessionsService;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecOperation;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How to call each operation of the spec through the client, keyed by operationId: the one table
 * of the contract tests written by hand. The operations and statuses to cover come from the spec,
 * so an operation added to the spec without a row here fails the build, naming it.
 */
final class OperationInvokers {
  /** The three ways a caller can reach an operation. */
  enum Mode {
    /** {@code client.sessions().getSession(id)}: the decoded body, or an exception. */
    BLOCKING,
    /** {@code client.sessions().getSessionAsync(id)}: a future of the same. */
    ASYNC,
    /** {@code client.sessions().withRawResponse().getSession(id)}: status, headers and body. */
    RAW,
    /** {@code client.sessions().withRawResponse().getSessionAsync(id)}: a future of the same. */
    RAW_ASYNC
  }

  /**
   * One call: the client, the operation (whose path parameter examples are the arguments), and
   * the request body to send as a JSON tree, or null to call the overload without a body.
   */
  record Call(WebRtcClient client, SpecOperation operation, JsonNode body) {
    String path(String name) {
      String value = operation.pathParameterExamples().get(name);
      if (value == null) {
        throw new IllegalStateException(operation + " has no path parameter " + name);
      }
      return value;
    }

    String sessionId() {
      return path("sessionId");
    }

    String participantId() {
      return path("participantId");
    }

    boolean hasBody() {
      return body != null;
    }

    SessionsService sessions() {
      return client.sessions();
    }

    ParticipantsService participants() {
      return client.participants();
    }
  }

  /**
   * The calls of one operation, and what it returns for a 2xx without a body: null for operations
   * that return nothing, else the empty value the client documents (an empty list, empty
   * subscriptions).
   */
  record Invoker(
      Function<Call, Object> blocking,
      Function<Call, CompletableFuture<?>> async,
      Function<Call, ApiResponse<?>> raw,
      Function<Call, CompletableFuture<? extends ApiResponse<?>>> rawAsync,
      Object emptyResult) {}

  private static final Map<String, Invoker> BY_OPERATION_ID = new TreeMap<>(Map.ofEntries(
      Map.entry("createSession", new Invoker(
          c -> c.hasBody()
              ? c.sessions().createSession(ModelTrees.session(c.body()))
              : c.sessions().createSession(),
          c -> c.hasBody()
              ? c.sessions().createSessionAsync(ModelTrees.session(c.body()))
              : c.sessions().createSessionAsync(),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().createSession(ModelTrees.session(c.body()))
              : c.sessions().withRawResponse().createSession(),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().createSessionAsync(ModelTrees.session(c.body()))
              : c.sessions().withRawResponse().createSessionAsync(),
          null)),
      Map.entry("getSession", new Invoker(
          c -> c.sessions().getSession(c.sessionId()),
          c -> c.sessions().getSessionAsync(c.sessionId()),
          c -> c.sessions().withRawResponse().getSession(c.sessionId()),
          c -> c.sessions().withRawResponse().getSessionAsync(c.sessionId()),
          null)),
      Map.entry("deleteSession", new Invoker(
          c -> {
            c.sessions().deleteSession(c.sessionId());
            return null;
          },
          c -> c.sessions().deleteSessionAsync(c.sessionId()),
          c -> c.sessions().withRawResponse().deleteSession(c.sessionId()),
          c -> c.sessions().withRawResponse().deleteSessionAsync(c.sessionId()),
          null)),
      Map.entry("listSessionParticipants", new Invoker(
          c -> c.sessions().listSessionParticipants(c.sessionId()),
          c -> c.sessions().listSessionParticipantsAsync(c.sessionId()),
          c -> c.sessions().withRawResponse().listSessionParticipants(c.sessionId()),
          c -> c.sessions().withRawResponse().listSessionParticipantsAsync(c.sessionId()),
          List.of())),
      Map.entry("addParticipantToSession", new Invoker(
          c -> {
            if (c.hasBody()) {
              c.sessions().addParticipantToSession(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()));
            } else {
              c.sessions().addParticipantToSession(c.sessionId(), c.participantId());
            }
            return null;
          },
          c -> c.hasBody()
              ? c.sessions().addParticipantToSessionAsync(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().addParticipantToSessionAsync(c.sessionId(), c.participantId()),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().addParticipantToSession(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().withRawResponse()
                  .addParticipantToSession(c.sessionId(), c.participantId()),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().addParticipantToSessionAsync(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().withRawResponse()
                  .addParticipantToSessionAsync(c.sessionId(), c.participantId()),
          null)),
      Map.entry("removeParticipantFromSession", new Invoker(
          c -> {
            c.sessions().removeParticipantFromSession(c.sessionId(), c.participantId());
            return null;
          },
          c -> c.sessions().removeParticipantFromSessionAsync(c.sessionId(), c.participantId()),
          c -> c.sessions().withRawResponse()
              .removeParticipantFromSession(c.sessionId(), c.participantId()),
          c -> c.sessions().withRawResponse()
              .removeParticipantFromSessionAsync(c.sessionId(), c.participantId()),
          null)),
      Map.entry("getParticipantSubscriptions", new Invoker(
          c -> c.sessions().getParticipantSubscriptions(c.sessionId(), c.participantId()),
          c -> c.sessions().getParticipantSubscriptionsAsync(c.sessionId(), c.participantId()),
          c -> c.sessions().withRawResponse()
              .getParticipantSubscriptions(c.sessionId(), c.participantId()),
          c -> c.sessions().withRawResponse()
              .getParticipantSubscriptionsAsync(c.sessionId(), c.participantId()),
          Subscriptions.builder().build())),
      Map.entry("updateParticipantSubscriptions", new Invoker(
          c -> {
            if (c.hasBody()) {
              c.sessions().updateParticipantSubscriptions(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()));
            } else {
              c.sessions().updateParticipantSubscriptions(c.sessionId(), c.participantId());
            }
            return null;
          },
          c -> c.hasBody()
              ? c.sessions().updateParticipantSubscriptionsAsync(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().updateParticipantSubscriptionsAsync(c.sessionId(), c.participantId()),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().updateParticipantSubscriptions(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().withRawResponse()
                  .updateParticipantSubscriptions(c.sessionId(), c.participantId()),
          c -> c.hasBody()
              ? c.sessions().withRawResponse().updateParticipantSubscriptionsAsync(
                  c.sessionId(), c.participantId(), ModelTrees.subscriptions(c.body()))
              : c.sessions().withRawResponse()
                  .updateParticipantSubscriptionsAsync(c.sessionId(), c.participantId()),
          null)),
      Map.entry("createParticipant", new Invoker(
          c -> c.hasBody()
              ? c.participants().createParticipant(ModelTrees.createParticipantRequest(c.body()))
              : c.participants().createParticipant(),
          c -> c.hasBody()
              ? c.participants().createParticipantAsync(
                  ModelTrees.createParticipantRequest(c.body()))
              : c.participants().createParticipantAsync(),
          c -> c.hasBody()
              ? c.participants().withRawResponse()
                  .createParticipant(ModelTrees.createParticipantRequest(c.body()))
              : c.participants().withRawResponse().createParticipant(),
          c -> c.hasBody()
              ? c.participants().withRawResponse()
                  .createParticipantAsync(ModelTrees.createParticipantRequest(c.body()))
              : c.participants().withRawResponse().createParticipantAsync(),
          null)),
      Map.entry("getParticipant", new Invoker(
          c -> c.participants().getParticipant(c.participantId()),
          c -> c.participants().getParticipantAsync(c.participantId()),
          c -> c.participants().withRawResponse().getParticipant(c.participantId()),
          c -> c.participants().withRawResponse().getParticipantAsync(c.participantId()),
          null)),
      Map.entry("deleteParticipant", new Invoker(
          c -> {
            c.participants().deleteParticipant(c.participantId());
            return null;
          },
          c -> c.participants().deleteParticipantAsync(c.participantId()),
          c -> c.participants().withRawResponse().deleteParticipant(c.participantId()),
          c -> c.participants().withRawResponse().deleteParticipantAsync(c.participantId()),
          null))));

  private OperationInvokers() {}

  /** Returns the invoker of {@code operationId}, or null if the table has none. */
  static Invoker forOperation(String operationId) {
    return BY_OPERATION_ID.get(Objects.requireNonNull(operationId, "operationId == null"));
  }

  static Set<String> operationIds() {
    return BY_OPERATION_ID.keySet();
  }
}
