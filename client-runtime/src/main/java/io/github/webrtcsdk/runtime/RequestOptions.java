package io.github.webrtcsdk.runtime;

import io.github.webrtcsdk.runtime.internal.Timeouts;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: retries and timeouts.
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
 * }</pre>
 *
 * <p>A setting left unset takes the client's value (see the client's builder).
 * Instances are immutable and thread safe; keep and share them.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new RequestOptions();

  private final @Nullable Integer maxRetries;
  private final boolean retryPost;
  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;

  // For NONE: no Builder, so that calls without options never load its class.
  private RequestOptions() {
    this.maxRetries = null;
    this.retryPost = false;
    this.timeout = null;
    this.connectTimeout = null;
    this.readTimeout = null;
    this.writeTimeout = null;
  }

  private RequestOptions(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.retryPost = builder.retryPost;
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
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
        && Objects.equals(writeTimeout, that.writeTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, retryPost, timeout, connectTimeout, readTimeout, writeTimeout);
  }

  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries
        + ", retryPost=" + retryPost
        + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout
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

    private Builder() {}

    private Builder(RequestOptions options) {
      this.maxRetries = options.maxRetries;
      this.retryPost = options.retryPost;
      this.timeout = options.timeout;
      this.connectTimeout = options.connectTimeout;
      this.readTimeout = options.readTimeout;
      this.writeTimeout = options.writeTimeout;
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
     * Returns the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
