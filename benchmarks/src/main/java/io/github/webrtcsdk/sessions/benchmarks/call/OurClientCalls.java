package io.github.webrtcsdk.sessions.benchmarks.call;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.io.IOException;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okio.Buffer;

/** The calls through our generated client, configured as its README shows. */
public final class OurClientCalls implements Calls {
  private final OkHttpClient okHttpClient;
  private final WebRtcClient client;
  private final Subscriptions subscriptions;

  public OurClientCalls(String baseUrl, SocketFactory sockets) throws IOException {
    this.okHttpClient = new OkHttpClient.Builder().socketFactory(sockets).build();
    // The client derives its OkHttp client from this one; passing it lets close() release it.
    this.client = WebRtcClient.builder()
        .accountId(ACCOUNT_ID)
        .basicAuth(USERNAME, PASSWORD)
        .baseUrl(baseUrl)
        .okHttpClient(okHttpClient)
        .build();
    this.subscriptions = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build()
        .adapter(Subscriptions.class)
        .fromJson(new Buffer().write(Payload.SUBSCRIPTIONS_20X5.json()));
  }

  @Override
  public Object getParticipant() {
    return client.participants().getParticipant(PARTICIPANT_ID);
  }

  @Override
  public void updateParticipantSubscriptions() {
    client.sessions().updateParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID, subscriptions);
  }

  @Override
  public void close() {
    okHttpClient.dispatcher().executorService().shutdown();
    okHttpClient.connectionPool().evictAll();
  }
}
