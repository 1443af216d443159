package io.github.webrtcsdk.runtime.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sets {@code User-Agent: PRODUCT/VERSION (Java 17.0.2; Linux)} on requests that have none: the
 * client's name and version, then the runtime's, for the API's operators.
 *
 * <p>The generated client passes its name and the version it was built at; nothing else (no
 * credentials, no host name) goes in the header.
 */
public final class UserAgent implements Interceptor {
  private final String value;

  public UserAgent(String value) {
    this.value = value;
  }

  /**
   * Returns {@code product/version (Java 17.0.2; Linux)} for this JVM.
   *
   * @param product the client's name, such as {@code webrtc-sessions-java}
   * @param clientVersion the client's version
   * @return the header value, printable ASCII only
   */
  public static String of(String product, String clientVersion) {
    return of(product, clientVersion, property("java.version"), property("os.name"));
  }

  /** {@code product/1.2.0 (Java 17.0.2; Linux)}, printable ASCII only. */
  public static String of(String product, String clientVersion, String javaVersion, String os) {
    return ascii(product)
        + "/"
        + ascii(clientVersion)
        + " (Java "
        + ascii(javaVersion)
        + "; "
        + ascii(os)
        + ")";
  }

  private static String property(String name) {
    try {
      String value = System.getProperty(name);
      return value == null || value.trim().isEmpty() ? "unknown" : value.trim();
    } catch (SecurityException e) {
      return "unknown";
    }
  }

  /** A header value may hold printable ASCII only: anything else becomes {@code ?}. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7f && c != '(' && c != ')' ? c : '?');
    }
    return out.toString();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.header("User-Agent") != null) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("User-Agent", value).build());
  }
}
