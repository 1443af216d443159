package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.contract.ContractSpec.NamedExample;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecOperation;
import io.github.webrtcsdk.sessions.contract.ContractSpec.SpecResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ContractSpecTest {
  private static final ContractSpec FIXTURE = new ContractSpec(fixture());

  @Test
  void operationsInDocumentOrderWithTheirPathArguments() {
    assertEquals(List.of("getRoom", "putRoom", "listRooms", "createRoom"),
        FIXTURE.operations().stream().map(SpecOperation::operationId).toList());
    SpecOperation putRoom = FIXTURE.operation("putRoom");
    assertEquals("PUT", putRoom.method());
    assertEquals("/rooms/{roomId}", putRoom.pathTemplate());
    // Path-level parameters come first, then the operation's own.
    assertEquals(Map.of("roomId", "r1", "floor", "3"), putRoom.pathParameterExamples());
    assertEquals("/v1/rooms/r1", FIXTURE.operation("getRoom").examplePath());
  }

  @Test
  void namedExamplesAreResolvedAndWinOverTheSchemaExample() {
    SpecResponse ok = FIXTURE.operation("getRoom").response(200);
    assertEquals("Room", ContractSpec.schemaName(ok.schema()));
    assertEquals(List.of(
            new NamedExample("small", Trees.parse("{\"name\":\"small\",\"seats\":2}")),
            new NamedExample("inline", Trees.parse("{\"name\":\"inline\"}"))),
        ok.examples());
  }

  @Test
  void referencedResponseKeepsItsExample() {
    SpecResponse notFound = FIXTURE.operation("getRoom").response(404);
    assertEquals(List.of(new NamedExample("example", Trees.parse("{\"error\":\"gone\"}"))),
        notFound.examples());
  }

  @Test
  void responseWithoutBodyKeepsHeaderExamples() {
    SpecResponse tooMany = FIXTURE.operation("getRoom").response(429);
    assertFalse(tooMany.hasBody());
    assertEquals(List.of(), tooMany.examples());
    assertEquals(Map.of("Retry-After", "7"), tooMany.headers());
  }

  @Test
  void arrayFallsBackToOneElementOfItsItemsSchemaExample() {
    SpecResponse ok = FIXTURE.operation("listRooms").response(200);
    assertEquals(List.of(
            new NamedExample("schema example", Trees.parse("[{\"name\":\"from schema\"}]"))),
        ok.examples());
  }

  @Test
  void schemaWithoutAnyExampleGivesNone() {
    assertEquals(List.of(), FIXTURE.operation("createRoom").response(201).examples());
    assertEquals(List.of(), FIXTURE.operation("createRoom").requestBody().examples());
  }

  @Test
  void requestBodyIsRequiredOnlyWhenSaidSo() {
    assertTrue(FIXTURE.operation("putRoom").requestBody().required());
    assertFalse(FIXTURE.operation("createRoom").requestBody().required());
    assertNull(FIXTURE.operation("getRoom").requestBody());
  }

  @Test
  void successIsTheFirst2xx() {
    assertEquals(204, FIXTURE.operation("putRoom").success().status());
    assertEquals(201, FIXTURE.operation("createRoom").success().status());
  }

  @Test
  void unknownOperationIsRejectedByName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FIXTURE.operation("deleteRoom"));
    assertEquals("No operation deleteRoom in webrtc-sessions.yaml", e.getMessage());
  }

  @Test
  void queryParameterIsRejectedUntilTheTestsKnowHowToSendOne() {
    String withQuery = fixture().replace("- name: floor\n          in: path",
        "- name: floor\n          in: query");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new ContractSpec(withQuery));
    assertEquals("putRoom has a query parameter; the contract tests only know path parameters",
        e.getMessage());
  }

  @Test
  void pathParameterWithoutExampleIsRejected() {
    String withoutExample = fixture().replace("      example: r1\n", "");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new ContractSpec(withoutExample));
    assertEquals("Path parameter roomId of getRoom has no example to call it with",
        e.getMessage());
  }

  @Test
  void realSpecShowsAnExampleForEveryBody() {
    for (SpecOperation operation : ContractSpec.get().operations()) {
      if (operation.requestBody() != null) {
        assertFalse(operation.requestBody().examples().isEmpty(), operation + " request");
      }
      for (SpecResponse response : operation.responses()) {
        assertEquals(response.hasBody(), !response.examples().isEmpty(),
            operation + " " + response.status());
      }
    }
  }

  private static String fixture() {
    try (InputStream in = ContractSpecTest.class.getResourceAsStream("/contract/fixture.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
