package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Makes the services' Retrofit interfaces, which build every request of the client: path and
 * query encoding, headers, and bodies through {@link JsonConverterFactory} with the models'
 * adapters. The services take the request a call describes ({@code call.request()}, which sends
 * nothing) and hand it to {@link CallExecutor}, which sends it with retries, deadlines and typed
 * exceptions. Thread safe.
 */
public final class Apis {
  private final Retrofit retrofit;
  private final boolean operationServers;

  /**
   * @param baseUrl the client's base URL, ending with {@code /}
   * @param models the factory of the models' JSON adapters
   * @param operationServers whether operations that have a server of their own are sent there:
   *     true unless the caller chose the base URL (a test server, a proxy), which then wins
   */
  public Apis(
      HttpUrl baseUrl,
      JsonAdapter.Factory models,
      boolean operationServers) {
    Moshi moshi = new Moshi.Builder().add(models).build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            // Retrofit only builds requests here: CallExecutor sends them. A real OkHttp call per
            // request, never run, would cost its allocations and a user's EventListener.
            .callFactory(RequestOnlyCall::new)
            .addConverterFactory(JsonConverterFactory.create(moshi))
            .build();
    this.operationServers = operationServers;
  }

  /** The interface {@code api}, its paths resolved against the client's base URL. */
  public <T> T create(Class<T> api) {
    return retrofit.create(api);
  }

  /**
   * The interface {@code api} for the operations that the API serves from {@code server} (marked
   * {@link ServerUrl}): its paths resolved against that server, as the interface's Javadoc tells
   * callers with a Retrofit of their own to do.
   */
  public <T> T create(Class<T> api, HttpUrl server) {
    if (!operationServers) {
      return create(api);
    }
    return retrofit.newBuilder().baseUrl(server).build().create(api);
  }

  /** The call Retrofit makes around a request it built: it holds the request and nothing else. */
  private static final class RequestOnlyCall implements Call {
    private final Request request;

    RequestOnlyCall(Request request) {
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() {
      throw notSent();
    }

    @Override
    public void enqueue(Callback responseCallback) {
      throw notSent();
    }

    @Override
    public void cancel() {}

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void addEventListener(EventListener eventListener) {
      throw notSent();
    }

    @Override
    public <T> @Nullable T tag(KClass<T> type) {
      return request.tag(type);
    }

    @Override
    public <T> @Nullable T tag(Class<? extends T> type) {
      return request.tag(type);
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
      throw notSent();
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
      throw notSent();
    }

    @Override
    public Call clone() {
      return new RequestOnlyCall(request);
    }

    private static UnsupportedOperationException notSent() {
      return new UnsupportedOperationException("CallExecutor sends the client's requests");
    }
  }
}
