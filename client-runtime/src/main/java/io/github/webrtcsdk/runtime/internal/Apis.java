package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
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
   * @param okHttpClient the client's OkHttp client, Retrofit's call factory
   * @param models the factory of the models' JSON adapters
   * @param operationServers whether operations that have a server of their own are sent there:
   *     true unless the caller chose the base URL (a test server, a proxy), which then wins
   */
  public Apis(
      HttpUrl baseUrl,
      OkHttpClient okHttpClient,
      JsonAdapter.Factory models,
      boolean operationServers) {
    Moshi moshi = new Moshi.Builder().add(models).build();
    this.retrofit =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(okHttpClient)
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
}
