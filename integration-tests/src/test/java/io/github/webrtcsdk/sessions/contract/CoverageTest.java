package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecOperation;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecResponse;
import io.github.webrtcsdk.sessions.contract.Coverage.Pair;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CoverageTest {
  private static final List<SpecOperation> OPERATIONS = List.of(
      operation("getRoom", 200, 404, 418),
      operation("deleteRoom", 204, 404));

  @Test
  void pairsAreEveryDocumentedStatusInOrder() {
    assertEquals(List.of(new Pair("getRoom", 200), new Pair("getRoom", 404),
            new Pair("getRoom", 418), new Pair("deleteRoom", 204), new Pair("deleteRoom", 404)),
        Coverage.pairs(OPERATIONS));
  }

  @Test
  void noGapsWhenBothTablesCoverEveryPair() {
    List<String> gaps =
        Coverage.gaps(OPERATIONS, Set.of("getRoom", "deleteRoom"), Set.of(200, 204, 404, 418));
    assertEquals(List.of(), gaps);
    assertNull(Coverage.describe(gaps));
  }

  @Test
  void gapsNameEachUntestablePair() {
    List<String> gaps = Coverage.gaps(
        OPERATIONS, Set.of("getRoom", "renameRoom"), Set.of(200, 204, 404));

    assertEquals(List.of(
        "getRoom 418: no expectation in StatusExpectations",
        "deleteRoom 204: no invoker in OperationInvokers",
        "deleteRoom 404: no invoker in OperationInvokers",
        "renameRoom: invoker of an operation the spec does not have"), gaps);
    assertEquals("4 documented (operation, status) pair(s) cannot be tested:\n"
        + "  getRoom 418: no expectation in StatusExpectations\n"
        + "  deleteRoom 204: no invoker in OperationInvokers\n"
        + "  deleteRoom 404: no invoker in OperationInvokers\n"
        + "  renameRoom: invoker of an operation the spec does not have",
        Coverage.describe(gaps));
  }

  @Test
  void realTablesCoverTheRealSpec() {
    // The same check ContractCoverageTest makes, kept here beside its unit tests.
    assertEquals(List.of(), Coverage.gaps(ContractSpec.get().operations(),
        OperationInvokers.operationIds(), StatusExpectations.statuses()));
  }

  private static SpecOperation operation(String operationId, int... statuses) {
    List<SpecResponse> responses = java.util.Arrays.stream(statuses)
        .mapToObj(status -> new SpecResponse(status, null, List.of(), Map.of()))
        .toList();
    return new SpecOperation(operationId, "GET", "/rooms", Map.of(), null, responses);
  }
}
