package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SpecValidatorTest {
  private static final Map<String, List<String>> JSON_BASIC = Map.of(
      "Content-Type", List.of("application/json"),
      "Authorization", List.of("Basic dTpw"));
  private static final Map<String, List<String>> JSON = Map.of(
      "Content-Type", List.of("application/json"));

  private final SpecValidator validator = SpecValidator.shared();

  @Test
  void sharedInstanceIsReused() {
    assertSame(validator, SpecValidator.shared());
  }

  @Test
  void validRequestHasNoErrors() {
    assertEquals(List.of(), validator.validateRequest(
        "POST", "/v1/accounts/1/sessions", JSON_BASIC, "{\"tag\":\"t\"}"));
    assertEquals(List.of(), validator.validateRequest(
        "PUT", "/v1/accounts/1/sessions/s/participants/p", JSON_BASIC, ""));
  }

  @Test
  void bearerAuthorizationSatisfiesTheSecurityRequirement() {
    assertEquals(List.of(), validator.validateRequest("GET", "/v1/accounts/1/participants/p",
        Map.of("Authorization", List.of("Bearer token")), ""));
  }

  @Test
  void unknownEnumValueIsAnError() {
    List<String> errors = validator.validateRequest("POST", "/v1/accounts/1/participants",
        JSON_BASIC, "{\"publishPermissions\":[\"SCREEN\"]}");

    assertEquals(1, errors.size(), errors.toString());
    assertEquals("validation.request.body.schema.enum", errors.get(0).split(":")[0]);
  }

  @Test
  void responsesAreCheckedAgainstTheirStatus() {
    assertEquals(List.of(), validator.validateResponse("GET", "/v1/accounts/1/sessions/s", 404,
        JSON, "{\"error\":\"Not found\",\"requestId\":\"r\"}"));
    assertEquals(List.of(), validator.validateResponse(
        "DELETE", "/v1/accounts/1/sessions/s", 204, Map.of(), null));
    assertEquals(List.of("validation.response.body.schema.type: [Path '/message'] Instance type "
        + "(integer) does not match any allowed primitive type (allowed: [\"string\"])"),
        validator.validateResponse(
            "GET", "/v1/accounts/1/sessions/s", 401, JSON, "{\"message\":1}"));
  }
}
