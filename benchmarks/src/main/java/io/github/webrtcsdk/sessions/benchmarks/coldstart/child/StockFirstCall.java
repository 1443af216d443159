package io.github.webrtcsdk.sessions.benchmarks.coldstart.child;

import java.io.IOException;
import org.openapitools.stock.ApiClient;
import org.openapitools.stock.api.ParticipantsApi;
import org.openapitools.stock.model.Participant;
import retrofit2.Response;

/** A fresh JVM's whole first use of the stock client: build it, get one participant. */
public final class StockFirstCall {
  private StockFirstCall() {}

  /** Takes the base URL of a server that answers the participant. */
  public static void main(String[] args) throws IOException {
    long mainStartNanos = System.nanoTime();
    ApiClient apiClient =
        new ApiClient("Basic", FirstCallReport.USERNAME, FirstCallReport.PASSWORD);
    apiClient.getAdapterBuilder().baseUrl(args[0] + "/");
    ParticipantsApi participants = apiClient.createService(ParticipantsApi.class);
    Response<Participant> response =
        participants.getParticipant(FirstCallReport.ACCOUNT_ID, FirstCallReport.PARTICIPANT_ID)
            .execute();
    long doneNanos = System.nanoTime();
    long doneMillis = System.currentTimeMillis();
    if (!response.isSuccessful() || response.body() == null
        || !FirstCallReport.PARTICIPANT_ID.equals(response.body().getId())) {
      throw new IllegalStateException("unexpected response " + response);
    }
    FirstCallReport.print(mainStartNanos, doneNanos, doneMillis);
    System.exit(0); // Both children exit the same way, whatever threads their clients left.
  }
}
