package io.github.webrtcsdk.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
