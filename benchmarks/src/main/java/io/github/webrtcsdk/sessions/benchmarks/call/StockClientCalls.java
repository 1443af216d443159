package io.github.webrtcsdk.sessions.benchmarks.call;

import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.openapitools.stock.ApiClient;
import org.openapitools.stock.JSON;
import org.openapitools.stock.api.ParticipantsApi;
import org.openapitools.stock.api.SessionsApi;
import org.openapitools.stock.model.Participant;
import org.openapitools.stock.model.Subscriptions;
import retrofit2.Response;

/**
 * The calls through OpenAPI Generator's stock java/retrofit2 client, set up as its README shows:
 * an {@code ApiClient} with HTTP Basic, the base URL on its Retrofit builder, services from
 * {@code createService}. A call that does not succeed throws, as ours does.
 */
public final class StockClientCalls implements Calls {
  private final OkHttpClient okHttpClient;
  private final ParticipantsApi participants;
  private final SessionsApi sessions;
  private final Subscriptions subscriptions;

  public StockClientCalls(String baseUrl, SocketFactory sockets) {
    ApiClient apiClient = new ApiClient("Basic", USERNAME, PASSWORD);
    apiClient.getAdapterBuilder().baseUrl(baseUrl + "/");
    apiClient.getOkBuilder().socketFactory(sockets);
    // createService builds its OkHttp client from this builder, whose connection pool and
    // dispatcher every client it builds shares: this one is kept to release them in close().
    this.okHttpClient = apiClient.getOkBuilder().build();
    this.participants = apiClient.createService(ParticipantsApi.class);
    this.sessions = apiClient.createService(SessionsApi.class);
    this.subscriptions = new JSON().getGson().fromJson(
        new InputStreamReader(
            new ByteArrayInputStream(Payload.SUBSCRIPTIONS_20X5.json()), StandardCharsets.UTF_8),
        Subscriptions.class);
  }

  @Override
  public Object getParticipant() throws IOException {
    Response<Participant> response =
        participants.getParticipant(ACCOUNT_ID, PARTICIPANT_ID).execute();
    if (!response.isSuccessful() || response.body() == null) {
      throw new IOException("HTTP " + response.code());
    }
    return response.body();
  }

  @Override
  public void updateParticipantSubscriptions() throws IOException {
    Response<Void> response = sessions.updateParticipantSubscriptions(
        ACCOUNT_ID, SESSION_ID, PARTICIPANT_ID, subscriptions).execute();
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
  }

  @Override
  public void close() {
    okHttpClient.dispatcher().executorService().shutdown();
    okHttpClient.connectionPool().evictAll();
  }
}
