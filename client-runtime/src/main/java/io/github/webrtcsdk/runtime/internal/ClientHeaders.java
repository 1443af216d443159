package io.github.webrtcsdk.runtime.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the client's own headers to each attempt, in one copy of the request: the
 * {@link UserAgent} unless the caller's interceptors set one, and the credentials for the API's
 * origins ({@link Authentication}). It runs after the caller's interceptors, so that they never
 * see the credentials. Thread safe.
 */
public final class ClientHeaders implements Interceptor {
  private final String userAgent;
  private final Authentication authentication;

  public ClientHeaders(String userAgent, Authentication authentication) {
    this.userAgent = userAgent;
    this.authentication = authentication;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean addUserAgent = request.header("User-Agent") == null;
    boolean addCredentials = authentication.appliesTo(request.url());
    if (!addUserAgent && !addCredentials) {
      return chain.proceed(request);
    }
    Request.Builder withHeaders = request.newBuilder();
    if (addUserAgent) {
      withHeaders.header("User-Agent", userAgent);
    }
    if (addCredentials) {
      withHeaders.header("Authorization", authentication.authorization());
    }
    return chain.proceed(withHeaders.build());
  }
}
