package io.github.webrtcsdk.sessions.benchmarks.call;

import io.github.webrtcsdk.sessions.benchmarks.codec.Payload;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complete blocking calls against a server in the same process, in operations per second:
 * {@code getParticipant} (a 418-byte participant decoded) and
 * {@code updateParticipantSubscriptions} (the 2,870-byte 20x5 subscriptions encoded, 204). Over
 * the loopback interface, and over in-memory sockets that take the kernel and the server's thread
 * out of the measurement (see {@link Transport}).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CallOverheadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallOverheadBenchmark {
  @Param
  public Client client;

  @Param
  public Transport transport;

  private Server server;
  private Calls calls;

  @Setup
  public void setUp() throws IOException {
    server = transport.start(Payload.PARTICIPANT.json());
    calls = client.connect(server);
    // Fail in setup, not in the middle of a measurement, if a client cannot make the calls.
    calls.getParticipant();
    calls.updateParticipantSubscriptions();
  }

  @TearDown
  public void tearDown() throws IOException {
    calls.close();
    server.close();
  }

  @Benchmark
  public Object getParticipant() throws IOException {
    return calls.getParticipant();
  }

  @Benchmark
  public void updateParticipantSubscriptions() throws IOException {
    calls.updateParticipantSubscriptions();
  }
}
