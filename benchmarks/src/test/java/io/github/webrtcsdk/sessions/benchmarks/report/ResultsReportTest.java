package io.github.webrtcsdk.sessions.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ResultsReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void callsAreComparedWithTheFloorOverTheSameTransport() throws IOException {
    List<ResultsReport.Result> calls = ResultsReport.Result.read(MAPPER.readTree("["
        + call("GENERATED", "LOOPBACK", 900) + "," + call("HAND_WRITTEN_OKHTTP", "LOOPBACK", 1000)
        + "," + call("GENERATED", "IN_MEMORY", 3000) + ","
        + call("HAND_WRITTEN_OKHTTP", "IN_MEMORY", 4000) + "]"), "client");

    assertEquals("| call | transport | client | ops/s | ± | vs hand-written OkHttp |\n"
        + "|---|---|---|---:|---:|---:|\n"
        + "| getParticipant | loopback | GENERATED | 900 | 10 | 0.90 |\n"
        + "| getParticipant | loopback | HAND_WRITTEN_OKHTTP | 1,000 | 10 | 1.00 |\n"
        + "| getParticipant | in memory | GENERATED | 3,000 | 10 | 0.75 |\n"
        + "| getParticipant | in memory | HAND_WRITTEN_OKHTTP | 4,000 | 10 | 1.00 |\n",
        ResultsReport.callTable(calls));
  }

  @Test
  void codecResultsGroupByPayloadWithTheirAllocation() throws IOException {
    List<ResultsReport.Result> codec = ResultsReport.Result.read(MAPPER.readTree("["
        + codec("GENERATED", 950, 1440) + "," + codec("HAND_WRITTEN", 1000, 1464) + ","
        + codec("MOSHI_REFLECTIVE", 900, 1496) + "]"), "library");

    assertEquals("| payload | op | library | ops/ms | ± | vs hand-written | vs Moshi reflective"
        + " | B/op |\n"
        + "|---|---|---|---:|---:|---:|---:|---:|\n"
        + "| PARTICIPANT | decode | GENERATED | 950.0 | 10.0 | 0.95 | 1.06 | 1,440 |\n"
        + "| PARTICIPANT | decode | HAND_WRITTEN | 1000.0 | 10.0 | 1.00 | 1.11 | 1,464 |\n"
        + "| PARTICIPANT | decode | MOSHI_REFLECTIVE | 900.0 | 10.0 | 0.90 | 1.00 | 1,496 |\n",
        ResultsReport.codecTable(codec));
  }

  private static String call(String client, String transport, double score) {
    return "{\"benchmark\":\"x.CallOverheadBenchmark.getParticipant\",\"params\":{\"client\":\""
        + client + "\",\"transport\":\"" + transport + "\"},\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":10}}";
  }

  private static String codec(String library, double score, double bytes) {
    return "{\"benchmark\":\"x.CodecBenchmark.decode\",\"params\":{\"library\":\"" + library
        + "\",\"payload\":\"PARTICIPANT\"},\"primaryMetric\":{\"score\":" + score
        + ",\"scoreError\":10},\"secondaryMetrics\":{\"\u00b7gc.alloc.rate.norm\":{\"score\":"
        + bytes + "}}}";
  }
}
