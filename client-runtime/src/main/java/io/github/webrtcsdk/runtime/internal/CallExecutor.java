package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.webrtcsdk.runtime.ApiException;
import io.github.webrtcsdk.runtime.ApiResponse;
import io.github.webrtcsdk.runtime.AuthenticationException;
import io.github.webrtcsdk.runtime.InvalidResponseException;
import io.github.webrtcsdk.runtime.RequestOptions;
import io.github.webrtcsdk.runtime.SdkException;
import io.github.webrtcsdk.runtime.SdkIoException;
import io.github.webrtcsdk.runtime.UnauthorizedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Sends the services' requests, retries them, and turns responses into results or exceptions.
 *
 * <p>The services take each request from their Retrofit interface ({@link Apis}); this class
 * executes it on OkHttp directly, so that the status, the headers and the raw body are at hand for
 * every outcome: an error status becomes the matching {@link ApiException}, a 2xx body that does
 * not decode an {@link InvalidResponseException}, an I/O failure a {@link SdkIoException}, a failed
 * token request an {@link AuthenticationException}.
 *
 * <p>Each call has its own retry state: its attempts, its deadline (the whole-call timeout, which
 * covers every attempt and every wait), and its one token refresh after a 401. Blocking calls wait
 * on the calling thread; async calls schedule the next attempt and hold no thread while waiting.
 * <p>Bodies are read under limits, so that no server can exhaust the heap: a 2xx body up to
 * {@code maxResponseBodyBytes} (beyond it, an {@link InvalidResponseException}), an error body up
 * to {@link ReceivedBody#EXCERPT_BYTES} (beyond it, the exception's raw body is cut with a
 * marker). The rest is never read: closing the response drops the connection.
 *
 * <p>Thread safe.
 */
public final class CallExecutor {
  /** The default of {@code maxResponseBodyBytes}: 16 MiB, which a small heap can hold. */
  public static final int DEFAULT_MAX_RESPONSE_BODY_BYTES = 16 * 1024 * 1024;

  private final OkHttpClient client;
  private final Authentication authentication;
  private final RetryPolicy retryPolicy;
  private final Duration callTimeout;
  private final Sleeper sleeper;
  private final boolean tagAttempts;
  private final int maxResponseBodyBytes;
  private final ClientResources resources;

  /**
   * @param tagAttempts whether each attempt's request carries an {@link Attempt} tag, which only
   *     the logging interceptor reads
   * @param maxResponseBodyBytes the most of a 2xx body that is read, streamed downloads aside
   * @param resources the client's, which fail its calls once closed
   */
  public CallExecutor(
      OkHttpClient client,
      Authentication authentication,
      RetryPolicy retryPolicy,
      Duration callTimeout,
      Sleeper sleeper,
      boolean tagAttempts,
      int maxResponseBodyBytes,
      ClientResources resources) {
    this.client = client;
    this.authentication = authentication;
    this.retryPolicy = retryPolicy;
    this.callTimeout = callTimeout;
    this.sleeper = sleeper;
    this.tagAttempts = tagAttempts;
    this.maxResponseBodyBytes = maxResponseBodyBytes;
    this.resources = resources;
  }

  /**
   * The client for a call: the shared one, or, if the call sets its own connect, read or write
   * timeout, a client derived from it that shares its connection pool and threads.
   */
  private OkHttpClient clientFor(RequestOptions options) {
    return Timeouts.override(
        client, options.connectTimeout(), options.readTimeout(), options.writeTimeout());
  }

  /** {@code request} with the call's own headers and query parameters, for every attempt. */
  private static Request withCallParameters(Request request, RequestOptions options) {
    Headers headers = options.headers();
    Map<String, List<String>> query = options.queryParameters();
    if (headers.size() == 0 && query.isEmpty()) {
      return request;
    }
    Request.Builder builder = request.newBuilder();
    for (int i = 0; i < headers.size(); i++) {
      builder.header(headers.name(i), headers.value(i));
    }
    if (!query.isEmpty()) {
      HttpUrl.Builder url = request.url().newBuilder();
      for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
        for (String value : parameter.getValue()) {
          url.addQueryParameter(parameter.getKey(), value);
        }
      }
      builder.url(url.build());
    }
    return builder.build();
  }

  // The decoders are classes rather than lambdas: linking a lambda costs a fresh JVM a millisecond
  // or more of its first call, and these are linked on every client's first call.

  /** A decoder that reads the body with {@code adapter}; the body must not be JSON null. */
  public static <T> ResponseDecoder<T> json(JsonAdapter<T> adapter) {
    return new JsonDecoder<>(adapter, null);
  }

  /** Like {@link #json}, but a 204 stands for {@code emptyValue}. */
  public static <T> ResponseDecoder<T> jsonOr204(JsonAdapter<T> adapter, T emptyValue) {
    return new JsonDecoder<>(adapter, Objects.requireNonNull(emptyValue, "emptyValue"));
  }

  /** A decoder for text responses: the body as received, decoded as text. */
  public static ResponseDecoder<String> text() {
    return TextDecoder.INSTANCE;
  }

  /** A decoder for operations without a response body: whatever came is ignored. */
  public static ResponseDecoder<Void> discardBody() {
    return DiscardDecoder.INSTANCE;
  }

  /**
   * The decoder of binary downloads: a 2xx body is handed over open and unread, for the caller to
   * stream and close; never buffered. Only identity marks it; it decodes no text.
   */
  public static ResponseDecoder<ResponseBody> stream() {
    return STREAM;
  }

  private static final ResponseDecoder<ResponseBody> STREAM =
      new ResponseDecoder<ResponseBody>() {
        @Override
        public ResponseBody decode(int statusCode, ReceivedBody body) {
          throw new IllegalStateException("a streamed body is not decoded");
        }
      };

  // Text and no body: classes that hold their one instance, so that they load only for calls
  // that use them. STREAM is compared with on every call, so it loads with this class.
  private static final class TextDecoder implements ResponseDecoder<String> {
    static final TextDecoder INSTANCE = new TextDecoder();

    @Override
    public String decode(int statusCode, ReceivedBody body) {
      return body.text();
    }
  }

  private static final class DiscardDecoder implements ResponseDecoder<Void> {
    static final DiscardDecoder INSTANCE = new DiscardDecoder();

    @Override
    public @Nullable Void decode(int statusCode, ReceivedBody body) {
      return null;
    }
  }

  /** Reads JSON with an adapter; a 204 stands for {@code emptyOn204} when there is one. */
  private static final class JsonDecoder<T> implements ResponseDecoder<T> {
    private final JsonAdapter<T> adapter;
    private final @Nullable T emptyOn204;

    JsonDecoder(JsonAdapter<T> adapter, @Nullable T emptyOn204) {
      this.adapter = adapter;
      this.emptyOn204 = emptyOn204;
    }

    @Override
    public T decode(int statusCode, ReceivedBody body) throws IOException {
      if (statusCode == 204 && emptyOn204 != null) {
        return emptyOn204;
      }
      return requireValue(body.json(adapter));
    }
  }

  private static <T> T requireValue(@Nullable T value) {
    if (value == null) {
      throw new JsonDataException("Expected a value but was null at path $");
    }
    return value;
  }

  /**
   * Executes {@code request} on the calling thread, retrying as {@code options} allow.
   *
   * @throws IllegalStateException if the client is closed, before any request or before the next
   *     attempt
   */
  public <T> ApiResponse<T> execute(Request request, RequestOptions options, ResponseDecoder<T> decoder) {
    resources.checkOpen();
    Exchange<T> exchange = new Exchange<>(request, options, decoder);
    while (true) {
      Call call = exchange.newCall(true);
      SdkException failure;
      try {
        return exchange.read(call.execute());
      } catch (IOException e) {
        failure = exchange.failure(e);
      } catch (SdkException e) {
        failure = e;
      } finally {
        exchange.unwatch();
      }
      long delay = exchange.retryDelayNanos(failure);
      if (delay < 0) {
        throw failure;
      }
      if (delay > 0) {
        try {
          sleeper.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          InterruptedIOException interrupted =
              new InterruptedIOException("interrupted while waiting to retry");
          interrupted.addSuppressed(failure);
          throw exchange.ioFailure("interrupted while waiting to retry", interrupted);
        }
      }
      // The next attempt must not keep this one's body alive while it reads its own.
      failure = null;
    }
  }

  /**
   * Enqueues {@code request}; the future completes on an OkHttp thread with {@code finisher}
   * applied to the response, or with the exception {@link #execute} would throw. Completing the
   * future in any way (cancel, complete, completeExceptionally, orTimeout) cancels the call in
   * flight and drops the retry waiting on the timer; so does closing the client, which fails the
   * future with an {@link IllegalStateException}.
   *
   * @throws IllegalStateException if the client is closed; nothing is sent
   */
  public <T, R> CompletableFuture<R> executeAsync(
      Request request,
      RequestOptions options,
      ResponseDecoder<T> decoder,
      Function<ApiResponse<T>, R> finisher) {
    resources.checkOpen();
    AsyncExchange<T, R> async =
        new AsyncExchange<>(new Exchange<>(request, options, decoder), finisher);
    async.future.whenComplete(async);
    resources.track(async.future);
    async.attempt();
    return async.future;
  }

  /** One call: the request, its settings, and the state of its attempts. */
  private final class Exchange<T> {
    private final Request request;
    private final RequestOptions options;
    private final ResponseDecoder<T> decoder;
    private final OkHttpClient callClient;
    private final int maxRetries;
    private final boolean methodRetryable;
    /** Whether the body can be sent only once: an upload from an InputStream. */
    private final boolean oneShotBody;
    private final Duration timeout;
    /** {@link Sleeper#nanoTime()} when the call must end; meaningless without a timeout. */
    private final long deadline;

    // Confined to one thread at a time: attempts of a call never overlap.
    private int attempts;
    private int retries;
    private boolean refreshed;
    private @Nullable String lastAuthorization;
    private CallDeadlines.@Nullable Watch watch;
    /** Whether an attempt was cut off by the deadline. */
    private boolean timedOut;

    Exchange(Request request, RequestOptions options, ResponseDecoder<T> decoder) {
      this.options = Objects.requireNonNull(options, "requestOptions == null");
      this.request = withCallParameters(request, options);
      this.callClient = clientFor(options);
      this.decoder = decoder;
      Integer callRetries = options.maxRetries();
      this.maxRetries = callRetries != null ? callRetries : retryPolicy.maxRetries;
      // A one-shot body cannot be sent twice: no retries, and no second send after a 401.
      this.oneShotBody = request.body() != null && request.body().isOneShot();
      this.methodRetryable =
          (RetryPolicy.isIdempotent(request.method()) || options.retryPost()) && !oneShotBody;
      this.timeout = options.timeout() != null ? options.timeout() : callTimeout;
      this.deadline = sleeper.nanoTime() + timeout.toNanos();
    }

    private boolean hasDeadline() {
      return !timeout.isZero();
    }

    /**
     * The next attempt, limited to what is left of the call's time. A blocking attempt is watched
     * by {@link CallDeadlines} until {@link #unwatch()}: OkHttp's own timeout costs a thread
     * wake-up per call. A streamed download keeps OkHttp's, which goes on covering the body after
     * the call returns, and so does an async attempt, whose OkHttp timeout starts when the
     * dispatcher runs it rather than while it waits in the dispatcher's queue.
     */
    Call newCall(boolean blocking) {
      resources.checkOpen();
      attempts++;
      Call call =
          callClient.newCall(
              tagAttempts
                  ? request.newBuilder().tag(Attempt.class, new Attempt(attempts)).build()
                  : request);
      if (hasDeadline()) {
        long left = Math.max(1, deadline - sleeper.nanoTime());
        if (blocking && decoder != STREAM) {
          watch = CallDeadlines.SHARED.watch(call, left);
        } else {
          call.timeout().timeout(left, TimeUnit.NANOSECONDS);
        }
      }
      return call;
    }

    /** Ends the watch of the current attempt, if it has one. */
    void unwatch() {
      if (watch != null) {
        CallDeadlines.SHARED.unwatch(watch);
        watch = null;
      }
    }

    /** Returns the result, or throws the exception that {@code response} stands for. */
    ApiResponse<T> read(Response response) {
      if (decoder == STREAM && response.isSuccessful()) {
        @SuppressWarnings("unchecked") // STREAM is a ResponseDecoder<ResponseBody>: T is ResponseBody.
        T body = (T) response.body();
        return new ApiResponse<>(response.code(), response.headers(), body);
      }
      try (Response closing = response) {
        int statusCode = closing.code();
        if (statusCode == 401) {
          // What the server refused, for retryDelayNanos to decide whether a new token may help.
          lastAuthorization = closing.request().header("Authorization");
        }
        Headers headers = closing.headers();
        boolean successful = statusCode >= 200 && statusCode <= 299;
        ReceivedBody body;
        try {
          body =
              ReceivedBody.read(
                  closing.body().source(),
                  headers.get("Content-Type"),
                  successful ? maxResponseBodyBytes : ReceivedBody.EXCERPT_BYTES);
        } catch (IOException e) {
          throw failure(e);
        }
        if (!successful) {
          throw ApiException.forStatus(
              request.method(), statusCode, headers, body.excerpt(), attempts);
        }
        if (body.truncated()) {
          throw new InvalidResponseException(
              statusCode,
              headers,
              body.excerpt(),
              new IOException(
                  "body exceeded the limit of " + maxResponseBodyBytes + " bytes"),
              attempts);
        }
        T value;
        try {
          value = decoder.decode(statusCode, body);
        } catch (IOException | RuntimeException e) {
          throw new InvalidResponseException(statusCode, headers, body.excerpt(), e, attempts);
        }
        return new ApiResponse<>(statusCode, headers, value);
      }
    }

    /**
     * The exception for an I/O failure of the current attempt; throws the failure of a bearer
     * token supplier instead, which nothing retries.
     */
    SdkException failure(IOException e) {
      if (e instanceof Authentication.NotSentException) {
        throw ((Authentication.NotSentException) e).unwrap();
      }
      if (e instanceof OAuth2Authentication.TokenException) {
        return ((OAuth2Authentication.TokenException) e).toAuthenticationException(attempts);
      }
      boolean cutOff = watch != null && watch.expired();
      if (cutOff || (hasDeadline() && sleeper.nanoTime() - deadline >= 0)) {
        timedOut = true;
        IOException cause = e;
        if (cutOff) {
          // As OkHttp reports its own call timeout: the cancelled read or write is the cause.
          cause = new InterruptedIOException("timeout");
          cause.initCause(e);
        }
        return ioFailure("call timeout of " + Timeouts.format(timeout) + " exceeded", cause);
      }
      return ioFailure(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(), e);
    }

    SdkIoException ioFailure(String detail, IOException e) {
      // Method and path only: the URL's userinfo and the headers may hold credentials.
      return new SdkIoException(
          request.method() + " " + request.url().encodedPath(), detail, e, attempts);
    }

    /**
     * Returns how long to wait before the next attempt after {@code failure}, or -1 to give up and
     * throw it.
     */
    long retryDelayNanos(SdkException failure) {
      if (failure instanceof UnauthorizedException
          && !refreshed
          && authentication.refreshAfterUnauthorized(lastAuthorization)) {
        // A refused token is replaced at once; this retry is not one of maxRetries. A one-shot
        // body went with the refused attempt: the new token serves the caller's next call.
        refreshed = true;
        return !oneShotBody && hasTimeLeft(0) ? 0 : -1;
      }
      if (retries >= maxRetries || !isRetryable(failure)) {
        return -1;
      }
      long delay;
      Duration retryAfter =
          failure instanceof ApiException
              ? RetryPolicy.retryAfter(
                  ((ApiException) failure).headers(), System.currentTimeMillis())
              : null;
      if (retryAfter != null) {
        if (retryAfter.compareTo(retryPolicy.maxRetryAfter) > 0) {
          return -1; // The server asks for longer than the caller is prepared to wait.
        }
        delay = retryAfter.toNanos();
      } else {
        delay = retryPolicy.backoffNanos(retries);
      }
      if (!hasTimeLeft(delay)) {
        return -1;
      }
      retries++;
      return delay;
    }

    private boolean isRetryable(SdkException failure) {
      if (failure instanceof AuthenticationException) {
        // The API request was not sent: any method may try again once the token endpoint is back.
        AuthenticationException e = (AuthenticationException) failure;
        return e.statusCode() == 0 || RetryPolicy.isRetryableStatus(e.statusCode());
      }
      if (!methodRetryable) {
        return false;
      }
      if (failure instanceof ApiException) {
        return RetryPolicy.isRetryableStatus(((ApiException) failure).statusCode());
      }
      // An I/O failure, unless the call ran out of time; never a 2xx body that does not decode.
      return failure instanceof SdkIoException
          && !timedOut
          && (!hasDeadline() || sleeper.nanoTime() - deadline < 0);
    }

    /** Whether a wait of {@code delayNanos} still leaves time for an attempt. */
    private boolean hasTimeLeft(long delayNanos) {
      return !hasDeadline() || deadline - sleeper.nanoTime() - delayNanos > 0;
    }
  }

  /**
   * The attempts of one async call, each enqueued when the previous one's wait is over.
   *
   * <p>Whoever completes the future, and however (cancel, complete, completeExceptionally,
   * orTimeout), the attempt in flight is cancelled and the retry waiting on the timer dropped: the
   * future's completion hook ({@link #accept}) does it, unless this exchange completed it itself.
   */
  private final class AsyncExchange<T, R> implements Callback, BiConsumer<R, Throwable> {
    private final Exchange<T> exchange;
    private final Function<ApiResponse<T>, R> finisher;
    private final AtomicReference<@Nullable Call> current = new AtomicReference<>();
    private final AtomicReference<@Nullable Future<?>> retry = new AtomicReference<>();
    /**
     * Set before this exchange completes the future: its call is over then, and a streamed body
     * handed over must stay open.
     */
    private volatile boolean settling;
    final CompletableFuture<R> future = new CompletableFuture<>();

    AsyncExchange(Exchange<T> exchange, Function<ApiResponse<T>, R> finisher) {
      this.exchange = exchange;
      this.finisher = finisher;
    }

    /** The future's completion hook. */
    @Override
    public void accept(@Nullable R value, @Nullable Throwable failure) {
      resources.untrack(future);
      if (!settling) {
        abandon();
      }
    }

    /** Cancels the attempt in flight and drops the retry waiting on the timer, if any. */
    private void abandon() {
      Future<?> pending = retry.getAndSet(null);
      if (pending != null) {
        pending.cancel(false);
      }
      Call call = current.get();
      if (call != null) {
        call.cancel();
      }
    }

    private void succeed(R value) {
      settling = true;
      if (!future.complete(value)) {
        abandon(); // Completed by someone else meanwhile: release the response.
      }
    }

    private void fail(Throwable failure) {
      settling = true;
      if (!future.completeExceptionally(failure)) {
        abandon();
      }
    }

    void attempt() {
      if (future.isDone()) {
        return;
      }
      Call call;
      try {
        call = exchange.newCall(false);
      } catch (Throwable t) {
        fail(t);
        return;
      }
      current.set(call);
      if (future.isDone()) {
        call.cancel(); // Completed before the set: the hook may have missed this call.
        return;
      }
      call.enqueue(this);
    }

    @Override
    public void onFailure(Call call, IOException e) {
      SdkException failure;
      try {
        failure = exchange.failure(e);
      } catch (RuntimeException notSent) {
        fail(notSent);
        return;
      }
      retryOrFail(failure);
    }

    @Override
    public void onResponse(Call call, Response response) {
      ApiResponse<T> result;
      try {
        result = exchange.read(response);
      } catch (SdkException e) {
        retryOrFail(e);
        return;
      } catch (Throwable t) {
        fail(t);
        return;
      }
      R value;
      try {
        value = finisher.apply(result);
      } catch (Throwable t) {
        fail(t);
        return;
      }
      succeed(value);
    }

    private void retryOrFail(SdkException failure) {
      if (future.isDone()) {
        return;
      }
      long delay = exchange.retryDelayNanos(failure);
      if (delay < 0) {
        fail(failure);
        return;
      }
      try {
        if (delay == 0) {
          attempt();
        } else {
          Future<?> pending = sleeper.schedule(this::attempt, delay);
          retry.set(pending);
          if (future.isDone()) {
            pending.cancel(false); // Completed before the set: the hook may have missed it.
          }
        }
      } catch (Throwable t) {
        t.addSuppressed(failure);
        fail(t);
      }
    }
  }
}
