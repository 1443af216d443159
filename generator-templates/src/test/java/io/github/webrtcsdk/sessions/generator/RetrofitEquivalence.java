package io.github.webrtcsdk.sessions.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import retrofit2.Invocation;

/**
 * For scenarios (see {@link CompiledClient}): compares the request a generated service builds
 * with the one Retrofit builds from the generated interface, which the services sent until they
 * built requests themselves.
 */
public final class RetrofitEquivalence {
  private RetrofitEquivalence() {}

  /**
   * The request that {@code call} hands to OkHttp when its client is made by {@code client} with
   * the given OkHttp client: it is taken by the caller's interceptor, which runs before the
   * client's own, and fails the call so that nothing is sent.
   */
  public static Request sent(Consumer<OkHttpClient> call) {
    AtomicReference<Request> sent = new AtomicReference<>();
    OkHttpClient capturing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  sent.set(chain.request());
                  throw new IOException("not sent");
                })
            .build();
    RuntimeException failure = assertThrows(RuntimeException.class, () -> call.accept(capturing));
    assertEquals("not sent", rootCause(failure).getMessage());
    assertNotNull(sent.get());
    return sent.get();
  }

  /**
   * {@code request} as the client sent it when Retrofit built it for the default base URL: moved
   * to the operation's {@code @ServerUrl}, if it has one.
   */
  public static Request onOperationServer(Request request, HttpUrl baseUrl) {
    Invocation invocation = request.tag(Invocation.class);
    assertNotNull(invocation);
    for (Annotation annotation : invocation.method().getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("ServerUrl")) {
        HttpUrl server = HttpUrl.get(serverUrl(annotation));
        HttpUrl url = request.url();
        String rest = url.encodedPath().substring(baseUrl.encodedPath().length());
        HttpUrl moved =
            server
                .newBuilder()
                .encodedPath(server.encodedPath() + rest)
                .encodedQuery(url.encodedQuery())
                .build();
        return request.newBuilder().url(moved).build();
      }
    }
    return request;
  }

  /** Asserts the same method, URL, headers in order, and body type, length and bytes. */
  public static void assertSameRequest(Request expected, Request actual) throws IOException {
    assertEquals(expected.method(), actual.method());
    assertEquals(expected.url().toString(), actual.url().toString());
    assertEquals(expected.headers(), actual.headers());
    RequestBody expectedBody = expected.body();
    RequestBody actualBody = actual.body();
    if (expectedBody == null) {
      assertNull(actualBody);
      return;
    }
    assertNotNull(actualBody);
    assertEquals(expectedBody.contentType(), actualBody.contentType());
    assertEquals(expectedBody.contentLength(), actualBody.contentLength());
    if (!expectedBody.isOneShot()) {
      assertEquals(hex(expectedBody), hex(actualBody));
    }
  }

  private static String hex(RequestBody body) throws IOException {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteString().hex();
  }

  private static String serverUrl(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
