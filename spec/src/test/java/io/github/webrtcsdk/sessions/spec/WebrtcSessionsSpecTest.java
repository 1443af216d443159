package io.github.webrtcsdk.sessions.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.webrtcsdk.sessions.spec.lint.SpecLinter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real spec: lint-clean, and agreeing with the facts of the upstream API. */
final class WebrtcSessionsSpecTest {
  private static final Path SPEC = Path.of("webrtc-sessions.yaml");
  private static final String ACCOUNT = "/accounts/{accountId}";
  private static final String SESSION = ACCOUNT + "/sessions/{sessionId}";
  private static final String MEMBER = SESSION + "/participants/{participantId}";

  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(SPEC.toString(), null, options);
    assertEquals(List.of(), result.getMessages());
    api = result.getOpenAPI();
  }

  @Test
  void specIsLintClean() throws Exception {
    assertEquals(List.of(), SpecLinter.create().lint(SPEC));
  }

  @Test
  void serverAndVersion() {
    assertEquals("3.0.3", api.getOpenapi());
    assertEquals("2.0.0", api.getInfo().getVersion());
    assertEquals("https://api.webrtc.bandwidth.com/v1", api.getServers().get(0).getUrl());
    assertEquals(1, api.getServers().size());
  }

  @Test
  void operationsMatchTheUpstreamTable() {
    Map<String, String> expected = new TreeMap<>();
    expected.put("POST " + ACCOUNT + "/sessions", "createSession Sessions 200");
    expected.put("GET " + SESSION, "getSession Sessions 200");
    expected.put("DELETE " + SESSION, "deleteSession Sessions 204");
    expected.put("GET " + SESSION + "/participants", "listSessionParticipants Sessions 200 204");
    expected.put("PUT " + MEMBER, "addParticipantToSession Sessions 204");
    expected.put("DELETE " + MEMBER, "removeParticipantFromSession Sessions 204");
    expected.put("GET " + MEMBER + "/subscriptions",
        "getParticipantSubscriptions Sessions 200 204");
    expected.put("PUT " + MEMBER + "/subscriptions", "updateParticipantSubscriptions Sessions 204");
    expected.put("POST " + ACCOUNT + "/participants", "createParticipant Participants 200");
    expected.put("GET " + ACCOUNT + "/participants/{participantId}",
        "getParticipant Participants 200");
    expected.put("DELETE " + ACCOUNT + "/participants/{participantId}",
        "deleteParticipant Participants 204");

    Map<String, String> actual = new TreeMap<>();
    operations().forEach((key, operation) -> {
      StringBuilder value = new StringBuilder(operation.getOperationId());
      value.append(' ').append(String.join(",", operation.getTags()));
      for (String status : new TreeSet<>(operation.getResponses().keySet())) {
        if (status.startsWith("2")) value.append(' ').append(status);
      }
      actual.put(key, value.toString());
    });
    assertEquals(expected, actual);
  }

  @Test
  void everyOperationDocumentsItsErrorsAnd429() {
    Set<String> withoutNotFound = Set.of("createSession", "createParticipant");
    operations().values().forEach(operation -> {
      Set<String> expected = new TreeSet<>(List.of("400", "401", "403", "429", "500"));
      if (!withoutNotFound.contains(operation.getOperationId())) expected.add("404");
      if (operation.getOperationId().equals("addParticipantToSession")) expected.add("409");
      Set<String> errors = new TreeSet<>();
      for (String status : operation.getResponses().keySet()) {
        if (!status.startsWith("2")) errors.add(status);
      }
      assertEquals(expected, errors, operation.getOperationId());
      assertEquals("#/components/responses/TooManyRequests",
          operation.getResponses().get("429").get$ref(), operation.getOperationId());
    });
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSeconds() {
    ApiResponse response = api.getComponents().getResponses().get("TooManyRequests");
    Header retryAfter = response.getHeaders().get("Retry-After");
    assertEquals("integer", retryAfter.getSchema().getType());
    assertTrue(retryAfter.getDescription().contains("seconds"));
  }

  @Test
  void errorBodiesUseTheirShapes() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("BadRequest", "ServiceError");
    expected.put("Unauthorized", "GatewayError");
    expected.put("Forbidden", "GatewayError");
    expected.put("NotFound", "ServiceError");
    expected.put("Conflict", "ServiceError");
    expected.put("InternalServerError", "ServiceError");
    expected.forEach((response, schema) -> assertEquals("#/components/schemas/" + schema,
        api.getComponents().getResponses().get(response).getContent().get("application/json")
            .getSchema().get$ref(), response));
    assertEquals(Set.of("code", "message"),
        schema("LegacyError").getProperties().keySet());
  }

  @Test
  void requestBodiesAreOptional() {
    api.getComponents().getRequestBodies().forEach((name, body) ->
        assertFalse(body.getRequired(), name));
  }

  @Test
  void basicOrOAuth2ClientCredentials() {
    Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
    assertEquals(SecurityScheme.Type.HTTP, schemes.get("Basic").getType());
    assertEquals("basic", schemes.get("Basic").getScheme());
    assertEquals("https://api.bandwidth.com/api/v1/oauth2/token",
        schemes.get("OAuth2").getFlows().getClientCredentials().getTokenUrl());
    assertEquals(List.of(new SecurityRequirement().addList("Basic"),
        new SecurityRequirement().addList("OAuth2")), api.getSecurity());
  }

  @Test
  void participantSchema() {
    Schema<?> participant = schema("Participant");
    @SuppressWarnings("rawtypes") // Swagger's model declares Map<String, Schema>.
    Map<String, Schema> properties = participant.getProperties();
    assertTrue(properties.get("id").getReadOnly());
    assertTrue(properties.get("callbackUrl").getNullable());
    assertTrue(properties.get("publishPermissions").getUniqueItems());
    assertTrue(properties.get("sessions").getReadOnly());
    assertEquals(1, properties.get("sessions").getMaxItems());
    assertEquals(50, properties.get("tag").getMaxLength());
    assertEquals("#/components/schemas/Subscriptions", properties.get("subscriptions").get$ref());
    assertEquals(List.of("V3"), schema("DeviceApiVersion").getEnum());
    assertEquals("V3", schema("DeviceApiVersion").getDefault());
    assertEquals(List.of("AUDIO", "VIDEO"), schema("PublishPermission").getEnum());
  }

  @Test
  void subscriptionsAreWritable() {
    assertNull(schema("Subscriptions").getReadOnly());
    assertEquals(List.of("participantId"), schema("ParticipantSubscription").getRequired());
    assertTrue(schema("ParticipantSubscription").getProperties().get("streamAliases")
        .getUniqueItems());
  }

  @Test
  void participantEventIsAComponentSchema() {
    assertEquals(Set.of("event", "timestamp", "participantId", "deviceId", "tag"),
        schema("ParticipantEvent").getProperties().keySet());
    assertEquals(List.of("onConnect", "onDisconnect", "onLeave"),
        schema("ParticipantEventType").getEnum());
    assertEquals("string", schema("ParticipantEvent").getProperties().get("timestamp").getType());
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> operations = new TreeMap<>();
    api.getPaths().forEach((path, item) -> {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
        operations.put(entry.getKey() + " " + path, entry.getValue());
      }
    });
    return operations;
  }
}
