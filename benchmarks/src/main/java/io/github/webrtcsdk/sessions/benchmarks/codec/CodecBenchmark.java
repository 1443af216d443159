package io.github.webrtcsdk.sessions.benchmarks.codec;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode and encode of each payload through each library, in operations per millisecond. Each
 * (library, payload) pair runs in its own forks, so the codec call site stays monomorphic.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CodecBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
  @Param
  public Library library;

  @Param
  public Payload payload;

  private JsonCodec<Object> codec;
  private byte[] json;
  private Object value;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() throws IOException {
    codec = (JsonCodec<Object>) library.codec(payload);
    json = payload.json();
    value = codec.decode(json);
  }

  @Benchmark
  public Object decode() throws IOException {
    return codec.decode(json);
  }

  @Benchmark
  public byte[] encode() throws IOException {
    return codec.encode(value);
  }
}
