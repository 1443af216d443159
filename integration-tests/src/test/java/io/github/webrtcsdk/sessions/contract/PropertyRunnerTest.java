package io.github.webrtcsdk.sessions.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.contract.ContractValidator.Direction;
import io.github.webrtcsdk.sessions.contract.PropertyRunner.Failure;
import io.github.webrtcsdk.sessions.contract.SchemaValues.Mode;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Session;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The property runs can fail: a broken adapter is caught within the build's tries, and the seed
 * its failure reports, pasted back, replays the same failure on try 1.
 */
final class PropertyRunnerTest {
  private static final ContractSpec SPEC = ContractSpec.get();
  private static final Generator<JsonNode> SESSIONS =
      new SchemaValues(SPEC, Mode.VALID, Direction.RESPONSE).forSchema("Session");
  private static final int MAX_TAG =
      ContractSpec.properties(SPEC.schema("Session")).get("tag").getMaxLength();
  private static final Pattern REPLAY = Pattern.compile(
      Pattern.quote("-D" + Seeds.PROPERTY + "=") + "(\\S+)");

  @Test
  void catchesABrokenAdapterAndItsSeedReplaysTheFailure() {
    ModelJsonChecks broken = new ModelJsonChecks(new ClientJson(new Moshi.Builder()
        .add(new TagOffByOne()).add(new ModelJsonAdapterFactory()).build()));

    Optional<Failure> caught = new PropertyRunner(PropertyRunner.TRIES, Seeds.start())
        .run(SESSIONS, json -> broken.encodesToValidJsonAndDecodesBack("Session", json));

    assertTrue(caught.isPresent(), "the broken adapter passed " + PropertyRunner.TRIES + " tries");
    Failure failure = caught.get();
    String report = failure.report("Session with a broken adapter");
    JsonNode value = (JsonNode) failure.value();
    assertEquals(MAX_TAG, value.get("tag").textValue().length(), report);
    assertEquals(value, Trees.parse(reportedValue(report)), "the value as the report prints it");
    assertDoesNotThrow(
        () -> new ModelJsonChecks(ClientJson.CLIENT).encodesToValidJsonAndDecodesBack(
            "Session", value), "the client's own adapters on " + value);

    Failure replayed = new PropertyRunner(PropertyRunner.TRIES, Seeds.start(reportedSeed(report)))
        .run(SESSIONS, json -> broken.encodesToValidJsonAndDecodesBack("Session", json))
        .orElseThrow(() -> new AssertionError("the reported seed did not fail again: " + report));
    assertEquals(1, replayed.tryNumber(), replayed.report("replay"));
    assertEquals(failure.seed(), replayed.seed());
    assertEquals(value, replayed.value());
    assertEquals(failure.cause().getClass(), replayed.cause().getClass());
    assertEquals(failure.cause().getMessage(), replayed.cause().getMessage());
  }

  @Test
  void aSeedReplaysTheSameValues() {
    long seed = Seeds.start();
    assertEquals(values(seed), values(seed));
  }

  @Test
  void checkThrowsTheReportWithWhatThePropertyThrew() {
    IllegalStateException cause = new IllegalStateException("no");
    AssertionError error = assertThrows(AssertionError.class, () -> new PropertyRunner(3, 42)
        .check("Always false", Generator.constant("x"), value -> {
          throw cause;
        }));
    assertEquals("Always false failed on try 1 of 3.\n"
        + "Replay it on try 1 with -Dproperties.seed=42\n"
        + "Value: x\n"
        + cause, error.getMessage());
    assertEquals(cause, error.getCause());
  }

  @Test
  void readsASeedAsAFailureReportsIt() {
    assertEquals(-4962768465676381896L, Seeds.start(" -4962768465676381896 "));
    assertThrows(IllegalArgumentException.class, () -> Seeds.start("0x1f"));
  }

  private static List<JsonNode> values(long seed) {
    List<JsonNode> values = new ArrayList<>();
    new PropertyRunner(50, seed).run(SESSIONS, values::add);
    return values;
  }

  private static String reportedSeed(String report) {
    Matcher matcher = REPLAY.matcher(report);
    assertTrue(matcher.find(), "no seed in " + report);
    return matcher.group(1);
  }

  private static String reportedValue(String report) {
    return report.lines().filter(line -> line.startsWith(Failure.VALUE)).findFirst()
        .orElseThrow(() -> new AssertionError("no value in " + report))
        .substring(Failure.VALUE.length());
  }

  /** Reads a Session's tag of the schema's maximum length one character short: the broken bug. */
  private static final class TagOffByOne implements JsonAdapter.Factory {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (type != Session.class || !annotations.isEmpty()) return null;
      JsonAdapter<Session> real = moshi.nextAdapter(this, Session.class, annotations);
      return new JsonAdapter<Session>() {
        @Override
        public Session fromJson(JsonReader reader) throws IOException {
          Session session = real.fromJson(reader);
          if (session == null || !session.hasTag() || session.tag().length() < MAX_TAG) {
            return session;
          }
          return session.toBuilder().tag(session.tag().substring(0, MAX_TAG - 1)).build();
        }

        @Override
        public void toJson(JsonWriter writer, Session value) throws IOException {
          real.toJson(writer, value);
        }
      };
    }
  }
}
