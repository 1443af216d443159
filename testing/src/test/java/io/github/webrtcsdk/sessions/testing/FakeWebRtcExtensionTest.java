package io.github.webrtcsdk.sessions.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs small test classes through the Jupiter engine and checks what the extension did to them.
 * The nested classes are not run by Surefire on their own, which skips nested class files.
 */
final class FakeWebRtcExtensionTest {
  /** Servers the classes below saw, in order. */
  static final List<FakeWebRtcServer> seen = new ArrayList<>();

  @BeforeEach
  void clearSeen() {
    seen.clear();
  }

  @Test
  void extendWithSharesOneServerPerClassAndResetsItBeforeEachTest() {
    EngineExecutionResults results = run(SharedServer.class);

    assertSucceeded(results, 2);
    assertEquals(3, seen.size());
    assertSame(seen.get(0), seen.get(1));
    assertSame(seen.get(1), seen.get(2));
    assertClosed(seen.get(0));
  }

  @Test
  void validationReportsFailTheTest() {
    EngineExecutionResults results = run(InvalidRequest.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
    Throwable failure = failures(results).get(0);
    assertEquals(AssertionError.class, failure.getClass());
    assertEquals("1 exchange with the fake WebRTC server did not match webrtc-sessions.yaml:\n"
        + "REQUEST POST /v1/accounts/9900000/sessions (answered 400)\n"
        + "  - validation.request.body.schema.type: [Path '/tag'] Instance type (integer) does "
        + "not match any allowed primitive type (allowed: [\"string\"])", failure.getMessage());
  }

  @Test
  void validationReportsAreAddedToATestsOwnFailure() {
    EngineExecutionResults results = run(InvalidRequestAndFailure.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure = failures(results).get(0);
    assertEquals("the test's own failure", failure.getMessage());
    assertEquals(1, failure.getSuppressed().length);
    assertEquals(AssertionError.class, failure.getSuppressed()[0].getClass());
  }

  @Test
  void instanceFieldGivesEachTestItsOwnConfiguredServer() {
    EngineExecutionResults results = run(PerTestServer.class);

    assertSucceeded(results, 2);
    assertEquals(2, seen.size());
    assertNotSame(seen.get(0), seen.get(1));
    assertClosed(seen.get(0));
    assertClosed(seen.get(1));
  }

  @Test
  void staticFieldUsesTheBuilder() {
    EngineExecutionResults results = run(ConfiguredServer.class);

    assertSucceeded(results, 1);
    assertClosed(seen.get(0));
  }

  @Test
  void nestedClassesShareTheOuterServer() {
    EngineExecutionResults results = run(OuterWithNested.class);

    assertSucceeded(results, 2);
    assertEquals(2, seen.size());
    assertSame(seen.get(0), seen.get(1));
    assertClosed(seen.get(0));
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  private static void assertSucceeded(EngineExecutionResults results, int tests) {
    List<Throwable> failures = failures(results);
    if (!failures.isEmpty()) throw new AssertionError("tests failed", failures.get(0));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
    results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests));
  }

  private static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(Event::getPayload)
        .map(payload -> ((TestExecutionResult) payload.orElseThrow()).getThrowable().orElseThrow())
        .collect(Collectors.toList());
  }

  private static void assertClosed(FakeWebRtcServer server) {
    assertEquals("not started",
        assertThrows(IllegalStateException.class, server::baseUrl).getMessage());
  }

  @ExtendWith(FakeWebRtcExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static final class SharedServer {
    private final FakeWebRtcServer injected;

    SharedServer(FakeWebRtcServer injected) {
      this.injected = injected;
    }

    @BeforeAll
    static void beforeAll(FakeWebRtcServer fake) {
      seen.add(fake);
      // Reset before the first test: this session does not survive.
      TestHttp.basic(fake).createSession();
    }

    @Test
    @Order(1)
    void first(FakeWebRtcServer fake) {
      assertSame(injected, fake);
      assertEquals(0, fake.sessions().size());
      TestHttp.basic(fake).createSession();
      fake.failNext(500);
      seen.add(fake);
    }

    @Test
    @Order(2)
    void second(FakeWebRtcServer fake) {
      assertEquals(0, fake.sessions().size());
      assertEquals(0, fake.requestCount());
      // The fault queued by the first test is gone too.
      assertEquals(200, TestHttp.basic(fake).post("/sessions", null).code());
      seen.add(fake);
    }
  }

  @ExtendWith(FakeWebRtcExtension.class)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static final class InvalidRequest {
    @Test
    @Order(1)
    void sendsAWrongType(FakeWebRtcServer fake) {
      assertEquals(400, TestHttp.basic(fake).post("/sessions", "{\"tag\":123}").code());
    }

    @Test
    @Order(2)
    void clearsTheReportOfAnInvalidRequestSentOnPurpose(FakeWebRtcServer fake) {
      assertEquals(400, TestHttp.basic(fake).post("/sessions", "{\"tag\":123}").code());
      assertEquals(1, fake.validationReports().size());
      fake.clearValidationReports();
    }
  }

  @ExtendWith(FakeWebRtcExtension.class)
  static final class InvalidRequestAndFailure {
    @Test
    void failsAndSendsAWrongType(FakeWebRtcServer fake) {
      TestHttp.basic(fake).post("/sessions", "{\"tag\":123}");
      throw new AssertionError("the test's own failure");
    }
  }

  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static final class PerTestServer {
    @RegisterExtension
    final FakeWebRtcExtension extension =
        FakeWebRtcExtension.using(FakeWebRtcServer.builder().accountId("5550000"));

    @Test
    @Order(1)
    void first(FakeWebRtcServer fake) {
      assertEquals("5550000", fake.accountId());
      assertEquals(200, TestHttp.basic(fake).post("/sessions", null).code());
      seen.add(fake);
    }

    @Test
    @Order(2)
    void second(FakeWebRtcServer fake) {
      assertClosed(seen.get(0));
      assertEquals(200, TestHttp.basic(fake).post("/sessions", null).code());
      seen.add(fake);
    }
  }

  static final class ConfiguredServer {
    @RegisterExtension
    static final FakeWebRtcExtension EXTENSION = FakeWebRtcExtension.using(
        FakeWebRtcServer.builder()
            .accountId("5550000")
            .basicCredentials("api-user", "s3cret")
            .bearerTokens("token-1"));

    @Test
    void usesTheConfiguration(FakeWebRtcServer fake) {
      assertEquals("5550000", fake.accountId());
      assertEquals("api-user", fake.username());
      assertEquals("s3cret", fake.password());
      assertEquals(200, TestHttp.withAuthorization(fake, "Bearer token-1")
          .post("/sessions", null).code());
      seen.add(fake);
    }
  }

  @ExtendWith(FakeWebRtcExtension.class)
  static final class OuterWithNested {
    @Test
    void outer(FakeWebRtcServer fake) {
      seen.add(fake);
    }

    @Nested
    final class Inner {
      @Test
      void inner(FakeWebRtcServer fake) {
        seen.add(fake);
      }
    }
  }
}
