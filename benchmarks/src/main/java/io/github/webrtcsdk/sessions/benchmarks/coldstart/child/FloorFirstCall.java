package io.github.webrtcsdk.sessions.benchmarks.coldstart.child;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.HandWrittenAdapters;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainParticipant;
import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor of our stack's cold start: the same first call with OkHttp 5 and a hand-written Moshi
 * adapter, no client library, on our closure without our jar. What ours adds above it is ours.
 */
public final class FloorFirstCall {
  private FloorFirstCall() {}

  /** Takes the base URL of a server that answers the participant. */
  public static void main(String[] args) throws IOException {
    long mainStartNanos = System.nanoTime();
    OkHttpClient client = new OkHttpClient();
    JsonAdapter<PlainParticipant> adapter = new Moshi.Builder()
        .add(HandWrittenAdapters.FACTORY)
        .build()
        .adapter(PlainParticipant.class);
    Request request = new Request.Builder()
        .url(args[0] + "/accounts/" + FirstCallReport.ACCOUNT_ID + "/participants/"
            + FirstCallReport.PARTICIPANT_ID)
        .header("Authorization",
            Credentials.basic(FirstCallReport.USERNAME, FirstCallReport.PASSWORD))
        .build();
    PlainParticipant participant;
    try (Response response = client.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      participant = adapter.fromJson(response.body().source());
    }
    long doneNanos = System.nanoTime();
    long doneMillis = System.currentTimeMillis();
    if (participant == null) {
      throw new IllegalStateException("no participant");
    }
    FirstCallReport.print(mainStartNanos, doneNanos, doneMillis);
    System.exit(0); // Every child exits the same way, whatever threads its client left.
  }
}
