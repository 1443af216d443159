package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.webrtcsdk.sessions.testing.Route.Operation;
import org.junit.jupiter.api.Test;

final class RouteTest {
  private static final String ACCOUNT = "/v1/accounts/99";

  @Test
  void everyOperationMatches() {
    assertRoute(Operation.CREATE_SESSION, "POST", "/sessions", null, null);
    assertRoute(Operation.GET_SESSION, "GET", "/sessions/s", "s", null);
    assertRoute(Operation.DELETE_SESSION, "DELETE", "/sessions/s", "s", null);
    assertRoute(Operation.LIST_SESSION_PARTICIPANTS, "GET", "/sessions/s/participants", "s", null);
    assertRoute(Operation.ADD_PARTICIPANT_TO_SESSION, "PUT", "/sessions/s/participants/p", "s",
        "p");
    assertRoute(Operation.REMOVE_PARTICIPANT_FROM_SESSION, "DELETE", "/sessions/s/participants/p",
        "s", "p");
    assertRoute(Operation.GET_PARTICIPANT_SUBSCRIPTIONS, "GET",
        "/sessions/s/participants/p/subscriptions", "s", "p");
    assertRoute(Operation.UPDATE_PARTICIPANT_SUBSCRIPTIONS, "PUT",
        "/sessions/s/participants/p/subscriptions", "s", "p");
    assertRoute(Operation.CREATE_PARTICIPANT, "POST", "/participants", null, null);
    assertRoute(Operation.GET_PARTICIPANT, "GET", "/participants/p", null, "p");
    assertRoute(Operation.DELETE_PARTICIPANT, "DELETE", "/participants/p", null, "p");
  }

  @Test
  void pathSegmentsArePercentDecodedButPlusStays() {
    Route route = Route.match("GET", "/v1/accounts/a%2Fb/sessions/x+y%20z");

    assertEquals("a/b", route.accountId);
    assertEquals("x+y z", route.sessionId);
  }

  @Test
  void nonMatchesAreNull() {
    assertNull(Route.match("PATCH", ACCOUNT + "/sessions"));
    assertNull(Route.match("GET", ACCOUNT + "/sessions"));
    assertNull(Route.match("POST", ACCOUNT + "/sessions/"));
    assertNull(Route.match("GET", ACCOUNT + "/sessions//participants"));
    assertNull(Route.match("GET", ACCOUNT + "/rooms/r"));
    assertNull(Route.match("GET", ACCOUNT + "/sessions/s/participants/p/subscriptions/x"));
    assertNull(Route.match("POST", "/accounts/99/sessions"));
    assertNull(Route.match("POST", "/v2/accounts/99/sessions"));
    assertNull(Route.match("GET", "/v1/accounts/"));
    assertNull(Route.match("GET", "/v1/accounts"));
  }

  private static void assertRoute(Operation operation, String method, String path,
      String sessionId, String participantId) {
    Route route = Route.match(method, ACCOUNT + path);
    assertEquals(operation, route.operation, path);
    assertEquals("99", route.accountId);
    assertEquals(sessionId, route.sessionId);
    assertEquals(participantId, route.participantId);
  }
}
