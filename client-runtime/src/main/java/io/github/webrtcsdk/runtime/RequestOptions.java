package io.github.webrtcsdk.runtime;

import io.github.webrtcsdk.runtime.internal.Timeouts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's, retries and timeouts, and headers and query
 * parameters that the call adds, such as a tracing id.
 *
 * <p>Every service method has an overload that takes one as its last argument:
 *
 * <pre>{@code
 * RequestOptions patient =
 *     RequestOptions.builder().maxRetries(5).timeout(Duration.ofMinutes(2)).build();
 * Session session = client.sessions().getSession(sessionId, patient);
 *
 * // A create is not retried unless the call says it is safe to send twice.
 * client.sessions().createSession(session, RequestOptions.builder().retryPost(true).build());
 *
 * // Sent with every attempt of this call.
 * RequestOptions traced =
 *     RequestOptions.builder().header("X-Request-Id", requestId).queryParameter("trace", "1")
 *         .build();
 * }</pre>
 *
 * <p>A setting left unset takes the client's value (see the client's builder).
 * Instances are immutable and thread safe; keep and share them.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions();

  /** Headers that the client writes itself; {@code Authorization} is checked apart. */
  private static final List<String> CLIENT_HEADERS =
      Arrays.asList(
          "Proxy-Authorization",
          "User-Agent",
          "Content-Type",
          "Content-Length",
          "Transfer-Encoding",
          "Host",
          "Connection",
          "Accept-Encoding");

  private final @Nullable Integer maxRetries;
  private final boolean retryPost;
  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final Headers headers;
  private final Map<String, List<String>> queryParameters;

  // For NONE: no Builder, so that calls without options never load its class.
  private RequestOptions() {
    this.maxRetries = null;
    this.retryPost = false;
    this.timeout = null;
    this.connectTimeout = null;
    this.readTimeout = null;
    this.writeTimeout = null;
    this.headers = Headers.of();
    this.queryParameters = Collections.emptyMap();
  }

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.retryPost = builder.retryPost;
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.headers = builder.headers.build();
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : builder.queryParameters.entrySet()) {
      query.put(
          parameter.getKey(), Collections.unmodifiableList(new ArrayList<>(parameter.getValue())));
    }
    this.queryParameters = Collections.unmodifiableMap(query);
  }

  /**
   * Returns options that override nothing: the call uses the client's settings.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns a new builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with these options set.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns how many times the call may be retried, or null to use the client's setting.
   *
   * @return the retries, or null
   */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /**
   * Returns whether a {@code POST} or {@code PATCH} request may be retried like the idempotent
   * methods.
   *
   * @return true if the call opted in; false by default
   */
  public boolean retryPost() {
    return retryPost;
  }

  /**
   * Returns the time the whole call may take, retries and waits included, or null to use the
   * client's setting.
   *
   * @return the timeout, or null
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Returns the connect timeout of each attempt, or null to use the client's setting.
   *
   * @return the timeout, or null
   */
  public @Nullable Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the read timeout of each attempt, or null to use the client's setting.
   *
   * @return the timeout, or null
   */
  public @Nullable Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the write timeout of each attempt, or null to use the client's setting.
   *
   * @return the timeout, or null
   */
  public @Nullable Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Returns the headers that every attempt of the call carries, replacing any of the same name.
   *
   * @return the headers; empty by default
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Returns the query parameters that every attempt of the call carries after the operation's
   * own, by name, each name's values in the order they were added.
   *
   * @return the parameters, unmodifiable; empty by default
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RequestOptions)) {
      return false;
    }
    RequestOptions that = (RequestOptions) other;
    return retryPost == that.retryPost
        && Objects.equals(maxRetries, that.maxRetries)
        && Objects.equals(timeout, that.timeout)
        && Objects.equals(connectTimeout, that.connectTimeout)
        && Objects.equals(readTimeout, that.readTimeout)
        && Objects.equals(writeTimeout, that.writeTimeout)
        && headers.equals(that.headers)
        && queryParameters.equals(that.queryParameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxRetries,
        retryPost,
        timeout,
        connectTimeout,
        readTimeout,
        writeTimeout,
        headers,
        queryParameters);
  }

  /** Names only: a header or query value may be a secret. */
  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries
        + ", retryPost=" + retryPost
        + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
        + ", headers=" + headers.names()
        + ", queryParameters=" + queryParameters.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}. Not safe for use by multiple threads. */
  public static final class Builder {
    private @Nullable Integer maxRetries;
    private boolean retryPost;
    private @Nullable Duration timeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private final Headers.Builder headers = new Headers.Builder();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    private Builder(RequestOptions options) {
      this.maxRetries = options.maxRetries;
      this.retryPost = options.retryPost;
      this.timeout = options.timeout;
      this.connectTimeout = options.connectTimeout;
      this.readTimeout = options.readTimeout;
      this.writeTimeout = options.writeTimeout;
      this.headers.addAll(options.headers);
      for (Map.Entry<String, List<String>> parameter : options.queryParameters.entrySet()) {
        this.queryParameters.put(parameter.getKey(), new ArrayList<>(parameter.getValue()));
      }
    }

    /**
     * Sets how many times this call may be retried after a retryable failure; 0 turns retries off.
     *
     * @param maxRetries the retries, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code maxRetries} is negative
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Timeouts.checkRetries(maxRetries);
      return this;
    }

    /**
     * Lets this call be retried although its method, {@code POST} or {@code PATCH}, is not
     * idempotent. Opt in only when sending the request twice does no harm.
     *
     * @param retryPost true to retry like {@code GET}
     * @return this builder
     */
    public Builder retryPost(boolean retryPost) {
      this.retryPost = retryPost;
      return this;
    }

    /**
     * Sets the time this whole call may take: every attempt and every wait between them.
     * {@link Duration#ZERO} means no limit.
     *
     * @param timeout the timeout
     * @return this builder
     * @throws NullPointerException if {@code timeout} is null
     * @throws IllegalArgumentException if {@code timeout} is negative or too long
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Timeouts.check(timeout, "timeout");
      return this;
    }

    /**
     * Sets how long each attempt may take to connect. {@link Duration#ZERO} means no limit.
     *
     * @param connectTimeout the timeout
     * @return this builder
     * @throws NullPointerException if {@code connectTimeout} is null
     * @throws IllegalArgumentException if {@code connectTimeout} is negative or too long
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Timeouts.check(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long each attempt may wait for the next bytes of the response.
     * {@link Duration#ZERO} means no limit.
     *
     * @param readTimeout the timeout
     * @return this builder
     * @throws NullPointerException if {@code readTimeout} is null
     * @throws IllegalArgumentException if {@code readTimeout} is negative or too long
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Timeouts.check(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Sets how long each attempt may wait to send the next bytes of the request.
     * {@link Duration#ZERO} means no limit.
     *
     * @param writeTimeout the timeout
     * @return this builder
     * @throws NullPointerException if {@code writeTimeout} is null
     * @throws IllegalArgumentException if {@code writeTimeout} is negative or too long
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Timeouts.check(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * Sends the header {@code name: value} with every attempt of this call, retries included,
     * replacing a value set before for the same name (case-insensitively) and any the operation
     * itself sends. For tracing ids, idempotency keys and the like.
     *
     * <p>Headers that the client writes itself cannot be set: {@code Authorization} (choose
     * credentials on the client's builder), {@code Proxy-Authorization}, {@code User-Agent},
     * {@code Content-Type}, {@code Content-Length}, {@code Transfer-Encoding}, {@code Host},
     * {@code Connection} and {@code Accept-Encoding}. Logs redact the value of a header named like
     * a secret, as they do the client's own.
     *
     * @param name the header name: visible ASCII characters, no spaces
     * @param value the value: visible ASCII characters, spaces and tabs
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is empty, one of those the client writes, or
     *     either has a character HTTP does not allow in it
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      checkHeaderName(name);
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c != '\t' && (c < '\u0020' || c > '\u007e')) {
          // The value is not echoed: it may be a secret.
          throw new IllegalArgumentException(
              "value of header " + name + " has an invalid character " + hex(c) + " at index " + i);
        }
      }
      headers.set(name, value);
      return this;
    }

    /**
     * Adds the query parameter {@code name=value} to every attempt of this call, retries
     * included, after the operation's own parameters; adding a name again adds a second value.
     * Both are percent-encoded as needed.
     *
     * @param name the parameter name
     * @param value the value; may be empty
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name is empty");
      }
      List<String> values = queryParameters.get(name);
      if (values == null) {
        values = new ArrayList<>();
        queryParameters.put(name, values);
      }
      values.add(value);
      return this;
    }

    private static void checkHeaderName(String name) {
      if (name.isEmpty()) {
        throw new IllegalArgumentException("header name is empty");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c < '\u0021' || c > '\u007e') {
          throw new IllegalArgumentException(
              "header name " + name + " has an invalid character " + hex(c) + " at index " + i);
        }
      }
      if (name.equalsIgnoreCase("Authorization")) {
        throw new IllegalArgumentException(
            "Authorization is set by the client: choose credentials on the client's builder");
      }
      for (String owned : CLIENT_HEADERS) {
        if (name.equalsIgnoreCase(owned)) {
          throw new IllegalArgumentException(
              owned + " is set by the client and cannot be set for one call");
        }
      }
    }

    private static String hex(char c) {
      return String.format(Locale.ROOT, "0x%02x", (int) c);
    }

    /**
     * Returns the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
