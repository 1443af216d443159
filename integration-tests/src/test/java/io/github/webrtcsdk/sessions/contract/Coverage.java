package io.github.webrtcsdk.sessions.contract;

import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecOperation;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The (operationId, status) pairs the spec documents, and which of them the two hand-written
 * tables ({@link OperationInvokers}, {@link StatusExpectations}) cannot test.
 */
final class Coverage {
  /** One documented status of one operation. */
  record Pair(String operationId, int status) {
    @Override
    public String toString() {
      return operationId + " " + status;
    }
  }

  private Coverage() {}

  /** Returns every documented pair, in document order. */
  static List<Pair> pairs(List<SpecOperation> operations) {
    List<Pair> result = new ArrayList<>();
    for (SpecOperation operation : operations) {
      for (SpecResponse response : operation.responses()) {
        result.add(new Pair(operation.operationId(), response.status()));
      }
    }
    return result;
  }

  /**
   * Returns why pairs cannot be tested, one line each, or nothing when all can: an operation
   * without an invoker, a status without an expectation, and invokers of operations the spec no
   * longer has.
   */
  static List<String> gaps(
      List<SpecOperation> operations, Set<String> invokers, Set<Integer> expectations) {
    List<String> gaps = new ArrayList<>();
    List<String> specOperations = new ArrayList<>();
    for (SpecOperation operation : operations) {
      specOperations.add(operation.operationId());
      for (SpecResponse response : operation.responses()) {
        Pair pair = new Pair(operation.operationId(), response.status());
        List<String> missing = new ArrayList<>();
        if (!invokers.contains(operation.operationId())) {
          missing.add("no invoker in OperationInvokers");
        }
        if (!expectations.contains(response.status())) {
          missing.add("no expectation in StatusExpectations");
        }
        if (!missing.isEmpty()) gaps.add(pair + ": " + String.join(", ", missing));
      }
    }
    for (String invoker : invokers) {
      if (!specOperations.contains(invoker)) {
        gaps.add(invoker + ": invoker of an operation the spec does not have");
      }
    }
    return gaps;
  }

  /** Formats gaps as a failure message, or returns null when there are none. */
  static String describe(List<String> gaps) {
    if (gaps.isEmpty()) return null;
    return gaps.size() + " documented (operation, status) pair(s) cannot be tested:\n  "
        + String.join("\n  ", gaps);
  }
}
