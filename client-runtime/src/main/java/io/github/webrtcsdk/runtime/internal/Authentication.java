package io.github.webrtcsdk.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Authorization} header for requests to the API's origins, and nowhere else: the base
 * URL's, and those of the servers that operations are sent to.
 *
 * <p>{@link ClientHeaders} adds it as an application interceptor, so each attempt gets it once,
 * before OkHttp follows redirects; OkHttp drops the header when a redirect leaves the origin
 * (scheme, host and port), and it is never added to a request for another origin. Neither the
 * credentials nor the header value ever appear in {@link #toString()}. Thread safe.
 */
public abstract class Authentication {
  private final List<HttpUrl> origins;

  public Authentication(List<HttpUrl> origins) {
    this.origins = origins;
  }

  /** HTTP Basic with {@code username} and {@code password}, encoded as UTF-8. */
  public static Authentication basic(List<HttpUrl> origins, String username, String password) {
    return new Basic(origins, Credentials.basic(username, password, StandardCharsets.UTF_8));
  }

  /**
   * A bearer token that {@code tokens} gives, asked for on every attempt so that a rotated token is
   * picked up. A token it cannot give fails the call before anything is sent.
   */
  public static Authentication bearer(List<HttpUrl> origins, Supplier<String> tokens) {
    return new Bearer(origins, tokens);
  }

  /** The value of the {@code Authorization} header; may block to fetch a token. */
  abstract String authorization() throws IOException;

  /**
   * Called after a 401 to a request sent with {@code used} (its {@code Authorization} header):
   * returns true when sending it again with new credentials may succeed.
   */
  abstract boolean refreshAfterUnauthorized(@Nullable String used);

  /** How the client describes its authentication: the scheme, never the credentials. */
  abstract String scheme();

  /** Whether a request to {@code url} gets the credentials: one for the API's origins. */
  public final boolean appliesTo(HttpUrl url) {
    for (HttpUrl origin : origins) {
      if (url.scheme().equals(origin.scheme())
          && url.host().equals(origin.host())
          && url.port() == origin.port()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final String toString() {
    return scheme();
  }

  /** The same header on every request: a 401 means the credentials are wrong. */
  private static final class Basic extends Authentication {
    private final String authorization;

    Basic(List<HttpUrl> origins, String authorization) {
      super(origins);
      this.authorization = authorization;
    }

    @Override
    String authorization() {
      return authorization;
    }

    @Override
    boolean refreshAfterUnauthorized(@Nullable String used) {
      return false;
    }

    @Override
    String scheme() {
      return "HTTP Basic";
    }
  }

  /** The supplier's token on each attempt: a 401 is worth one more attempt with its next one. */
  private static final class Bearer extends Authentication {
    private final Supplier<String> tokens;

    Bearer(List<HttpUrl> origins, Supplier<String> tokens) {
      super(origins);
      this.tokens = tokens;
    }

    @Override
    String authorization() throws NotSentException {
      String token;
      try {
        token = tokens.get();
      } catch (RuntimeException e) {
        throw new NotSentException(e);
      }
      if (token == null) {
        throw notSent("The bearer token supplier returned null");
      }
      if (token.trim().isEmpty()) {
        throw notSent("The bearer token supplier returned a blank token");
      }
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < '\u0021' || c > '\u007e') {
          // The token is not echoed: even a malformed one may be mostly secret.
          throw notSent(
              String.format(
                  Locale.ROOT,
                  "The bearer token supplier returned a token with an invalid character 0x%02x"
                      + " at index %d",
                  (int) c,
                  i));
        }
      }
      return "Bearer " + token;
    }

    private static NotSentException notSent(String message) {
      return new NotSentException(new IllegalStateException(message));
    }

    @Override
    boolean refreshAfterUnauthorized(@Nullable String used) {
      return used != null;
    }

    @Override
    String scheme() {
      return "bearer token";
    }
  }

  /**
   * Carries, through OkHttp, the exception that kept credentials from being had, for
   * {@link CallExecutor} to throw as it is: the request was not sent.
   */
  static final class NotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    NotSentException(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }

    RuntimeException unwrap() {
      return (RuntimeException) getCause();
    }
  }
}
