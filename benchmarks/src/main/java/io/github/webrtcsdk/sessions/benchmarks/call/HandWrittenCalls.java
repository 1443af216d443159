package io.github.webrtcsdk.sessions.benchmarks.call;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.HandWrittenAdapters;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainParticipant;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainSubscriptions;
import java.io.IOException;
import javax.net.SocketFactory;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * The floor: the same calls written by hand with OkHttp and the hand-written Moshi adapters, no
 * Retrofit, no interceptor, the Authorization header built once.
 *
 * <p>Each call builds its URL from its ids, as a hand-written {@code getParticipant(participantId)}
 * must, the cheapest way OkHttp allows: the segments before the first id resolved once, the rest
 * appended per call (about 0.5 us; a URL parsed whole from a string costs 1.8 us).
 */
public final class HandWrittenCalls implements Calls {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient okHttpClient;
  private final JsonAdapter<PlainParticipant> participantAdapter;
  private final JsonAdapter<PlainSubscriptions> subscriptionsAdapter;
  private final PlainSubscriptions subscriptions;
  private final HttpUrl participantsPrefix;
  private final HttpUrl sessionsPrefix;
  private final String authorization = Credentials.basic(USERNAME, PASSWORD);

  public HandWrittenCalls(String baseUrl, SocketFactory sockets) throws IOException {
    this.okHttpClient = new OkHttpClient.Builder().socketFactory(sockets).build();
    Moshi moshi = new Moshi.Builder().add(HandWrittenAdapters.FACTORY).build();
    this.participantAdapter = moshi.adapter(PlainParticipant.class);
    this.subscriptionsAdapter = moshi.adapter(PlainSubscriptions.class);
    this.subscriptions =
        subscriptionsAdapter.fromJson(new Buffer().write(Payload.SUBSCRIPTIONS_20X5.json()));
    HttpUrl base = HttpUrl.get(baseUrl);
    this.participantsPrefix = base.newBuilder()
        .addPathSegment("accounts").addPathSegment(ACCOUNT_ID)
        .addPathSegment("participants").addPathSegment("")
        .build();
    this.sessionsPrefix = base.newBuilder()
        .addPathSegment("accounts").addPathSegment(ACCOUNT_ID)
        .addPathSegment("sessions").addPathSegment("")
        .build();
  }

  @Override
  public Object getParticipant() throws IOException {
    return getParticipant(PARTICIPANT_ID);
  }

  private PlainParticipant getParticipant(String participantId) throws IOException {
    // The prefix ends with an empty segment (a slash), which the first one added replaces.
    HttpUrl url = participantsPrefix.newBuilder().addPathSegment(participantId).build();
    Request request = new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .build();
    try (Response response = okHttpClient.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      ResponseBody body = response.body();
      return participantAdapter.fromJson(body.source());
    }
  }

  @Override
  public void updateParticipantSubscriptions() throws IOException {
    updateParticipantSubscriptions(SESSION_ID, PARTICIPANT_ID, subscriptions);
  }

  private void updateParticipantSubscriptions(
      String sessionId, String participantId, PlainSubscriptions subscriptions) throws IOException {
    HttpUrl url = sessionsPrefix.newBuilder()
        .addPathSegment(sessionId)
        .addPathSegment("participants").addPathSegment(participantId)
        .addPathSegment("subscriptions")
        .build();
    Buffer buffer = new Buffer();
    subscriptionsAdapter.toJson(JsonWriter.of(buffer), subscriptions);
    Request request = new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .put(RequestBody.create(buffer.readByteString(), JSON))
        .build();
    try (Response response = okHttpClient.newCall(request).execute()) {
      if (response.code() != 204) {
        throw new IOException("HTTP " + response.code());
      }
    }
  }

  @Override
  public void close() {
    okHttpClient.dispatcher().executorService().shutdown();
    okHttpClient.connectionPool().evictAll();
  }
}
