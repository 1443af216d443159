package io.github.webrtcsdk.sessions.testing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link FakeWebRtcServer} for a test class, gives it to tests as
 * a parameter, and fails each test whose exchanges did not match the spec.
 *
 * <pre>{@code
 * @ExtendWith(FakeWebRtcExtension.class)
 * final class MyServiceTest {
 *   @Test void createsARoom(FakeWebRtcServer fake) {
 *     MyService service = new MyService(fake.baseUrl(), fake.accountId(), fake.username(),
 *         fake.password());
 *     service.createRoom("standup");
 *     assertEquals("standup", fake.sessions().get(0).tag());
 *   }
 * }
 * }</pre>
 *
 * <p>To configure the server, register an instance instead:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FakeWebRtcExtension FAKE = FakeWebRtcExtension.using(
 *     FakeWebRtcServer.builder().accountId("5550000").basicCredentials("api-user", "secret"));
 * }</pre>
 *
 * <p>Lifecycle: registered with {@code @ExtendWith} or on a static field, one server serves the
 * whole class (nested classes included) and is {@linkplain FakeWebRtcServer#reset() reset} before
 * each test, so every test starts with no sessions, no participants, no faults and a request count
 * of zero; state made in {@code @BeforeAll} does not survive into the tests. Registered on an
 * instance field, each test gets a server of its own. Use that form for tests that run
 * concurrently within one class.
 *
 * <p>After each test the extension fails it with an {@link AssertionError} that lists the
 * server's {@linkplain FakeWebRtcServer#validationReports() validation reports}, if any, even if
 * the test itself passed. Parameters of type {@link FakeWebRtcServer} are resolved in test,
 * lifecycle and constructor methods. Register one such extension per class.
 */
public final class FakeWebRtcExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeWebRtcExtension.class);
  private static final String SERVER = "server";

  private final FakeWebRtcServer.Builder builder;

  /** Creates an extension with the default configuration of {@link FakeWebRtcServer#builder()}. */
  public FakeWebRtcExtension() {
    this(FakeWebRtcServer.builder());
  }

  private FakeWebRtcExtension(FakeWebRtcServer.Builder builder) {
    this.builder = builder;
  }

  /**
   * Returns an extension whose servers are built by {@code builder}. The builder is used when a
   * server starts, so changing it afterwards affects later servers.
   *
   * @param builder the configuration of the servers
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static FakeWebRtcExtension using(FakeWebRtcServer.Builder builder) {
    return new FakeWebRtcExtension(Objects.requireNonNull(builder, "builder == null"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    serverFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    FakeWebRtcServer shared = find(context);
    if (shared != null) {
      shared.reset();
    } else {
      serverFor(context);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    FakeWebRtcServer server = find(context);
    if (server == null) return;
    List<ValidationReport> reports = server.validationReports();
    // Only a server started for this test is stored in the test's own store.
    FakeWebRtcServer own = context.getStore(NAMESPACE).remove(SERVER, FakeWebRtcServer.class);
    if (own != null) own.close();
    if (!reports.isEmpty()) throw new AssertionError(describe(reports));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    FakeWebRtcServer own = context.getStore(NAMESPACE).remove(SERVER, FakeWebRtcServer.class);
    if (own != null) own.close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakeWebRtcServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext,
      ExtensionContext extensionContext) {
    return serverFor(extensionContext);
  }

  /** Returns the server visible from {@code context}, starting one there if there is none. */
  private FakeWebRtcServer serverFor(ExtensionContext context) {
    FakeWebRtcServer server = find(context);
    if (server == null) {
      server = builder.build().start();
      // JUnit 5.13+ also closes it with the store, should no after-callback run.
      context.getStore(NAMESPACE).put(SERVER, server);
    }
    return server;
  }

  /** Returns the server in {@code context}'s store or an enclosing one, or null. */
  private static @Nullable FakeWebRtcServer find(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(SERVER, FakeWebRtcServer.class);
  }

  static String describe(List<ValidationReport> reports) {
    StringBuilder message = new StringBuilder()
        .append(reports.size())
        .append(reports.size() == 1 ? " exchange" : " exchanges")
        .append(" with the fake WebRTC server did not match ")
        .append(SpecValidator.SPEC_RESOURCE)
        .append(':');
    for (ValidationReport report : reports) {
      message.append('\n').append(report);
    }
    return message.toString();
  }
}
