package roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.WebRtcClient;
import io.github.webrtcsdk.sessions.model.Cat;
import io.github.webrtcsdk.sessions.model.Channel;
import io.github.webrtcsdk.sessions.model.Circle;
import io.github.webrtcsdk.sessions.model.Contact;
import io.github.webrtcsdk.sessions.model.Dog;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Owner;
import io.github.webrtcsdk.sessions.model.OwnerFavorite;
import io.github.webrtcsdk.sessions.model.Pet;
import io.github.webrtcsdk.sessions.model.Shape;
import io.github.webrtcsdk.sessions.model.Square;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Scenarios of composition.yaml: each public static method is one test of ClientRoundTripTest. */
public final class CompositionScenarios {
  private static final Moshi MOSHI = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();

  private CompositionScenarios() {}

  private static <T> T read(Class<T> type, String json) throws IOException {
    T value = MOSHI.adapter(type).fromJson(json);
    if (value == null) {
      throw new AssertionError("null for " + json);
    }
    return value;
  }

  private static <T> String write(Class<T> type, T value) {
    return MOSHI.adapter(type).toJson(value);
  }

  /** Names the variant, as a user's visitor would. */
  private static final Pet.Visitor<String> PET_NAMES =
      new Pet.Visitor<String>() {
        @Override
        public String visitCat(Cat cat) {
          return "cat " + cat.name();
        }

        @Override
        public String visitDog(Dog dog) {
          return "dog " + dog.name();
        }

        @Override
        public String visitUnknown(Object json) {
          return "unknown " + json;
        }
      };

  public static void discriminatorPicksTheVariant(MockWebServer server) throws Exception {
    String kitten = "{\"petType\":\"kitten\",\"name\":\"Tom\",\"lives\":9}";
    // The tag may come anywhere: the discriminator is found by looking ahead.
    String dog = "{\"name\":\"Rex\",\"barks\":true,\"petType\":\"dog\"}";

    Pet first = read(Pet.class, kitten);
    Pet second = read(Pet.class, dog);

    assertTrue(first instanceof Pet.CatVariant);
    assertEquals(9, ((Pet.CatVariant) first).value().lives());
    assertEquals("cat Tom", first.accept(PET_NAMES));
    assertEquals("dog Rex", second.accept(PET_NAMES));
    assertEquals(kitten, write(Pet.class, first));
    assertEquals("{\"petType\":\"dog\",\"name\":\"Rex\",\"barks\":true}", write(Pet.class, second));
    assertEquals(0, server.getRequestCount());
  }

  public static void unmappedDiscriminatorKeepsTheRawJson(MockWebServer server) throws Exception {
    String fish = "{\"petType\":\"fish\",\"name\":\"Nemo\",\"fins\":[1,2.5,null]}";

    Pet pet = read(Pet.class, fish);

    assertTrue(pet instanceof Pet.Unknown);
    assertEquals(
        Arrays.asList(1L, new BigDecimal("2.5"), null),
        ((java.util.Map<?, ?>) ((Pet.Unknown) pet).json()).get("fins"));
    assertEquals(fish, write(Pet.class, pet));
    assertEquals(pet, Pet.ofUnknown(((Pet.Unknown) pet).json()));
    assertEquals(0, server.getRequestCount());
  }

  public static void discriminatedVariantThatDoesNotDecodeFails(MockWebServer server) {
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> read(Pet.class, "{\"petType\":\"cat\"}"));

    assertEquals("Missing required properties: name at $", e.getMessage());
    assertEquals(0, server.getRequestCount());
  }

  public static void withoutDiscriminatorTheBestFittingVariantWins(MockWebServer server)
      throws Exception {
    Shape circle = read(Shape.class, "{\"radius\":1.0}");
    Shape square = read(Shape.class, "{\"side\":2.0,\"color\":\"red\"}");
    Shape tie = read(Shape.class, "{\"side\":2.0,\"radius\":1.0}");
    Shape neither = read(Shape.class, "{\"color\":\"red\"}");

    assertEquals(Shape.ofCircle(Circle.builder().radius(1.0).build()), circle);
    assertEquals(2.0, ((Shape.SquareVariant) square).value().side());
    assertEquals("red", ((Shape.SquareVariant) square).value().additionalProperties().get("color"));
    assertTrue(tie instanceof Shape.CircleVariant, tie.toString());
    assertTrue(neither instanceof Shape.Unknown);
    assertEquals("{\"color\":\"red\"}", write(Shape.class, neither));
    assertEquals(0, server.getRequestCount());
  }

  public static void anyOfOfScalarsListsAndEnums(MockWebServer server) throws Exception {
    assertEquals(Contact.ofLong(5L), read(Contact.class, "5"));
    assertEquals(
        Contact.ofLocalDate(LocalDate.of(2021, 1, 2)), read(Contact.class, "\"2021-01-02\""));
    assertEquals(Contact.ofString("sms"), read(Contact.class, "\"sms\""));
    assertEquals(
        Contact.ofListOfString(Arrays.asList("a", "b")), read(Contact.class, "[\"a\",\"b\"]"));
    assertEquals(Contact.ofUnknown(true), read(Contact.class, "true"));
    assertEquals(Contact.ofUnknown(new BigDecimal("1.5")), read(Contact.class, "1.5"));
    assertEquals("\"mms\"", write(Contact.class, Contact.ofChannel(Channel.MMS)));
    assertEquals(
        "[\"x\"]", write(Contact.class, Contact.ofListOfString(Collections.singletonList("x"))));
    assertEquals(0, server.getRequestCount());
  }

  public static void variantsRejectNullAndCompareByValue(MockWebServer server) {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Pet.ofCat(null));
    Cat tom = Cat.builder().petType("cat").name("Tom").build();

    assertEquals("cat == null", e.getMessage());
    assertEquals(Pet.ofCat(tom), Pet.ofCat(tom.toBuilder().build()));
    assertEquals(Pet.ofCat(tom).hashCode(), Pet.ofCat(tom.toBuilder().build()).hashCode());
    assertFalse(Pet.ofCat(tom).equals(Pet.ofUnknown("cat")));
    assertThrows(IllegalArgumentException.class, () -> Pet.ofUnknown(new Object()));
    assertEquals(0, server.getRequestCount());
  }

  public static void unionsInPropertiesAndArrays(MockWebServer server) throws Exception {
    String json =
        "{\"pets\":[{\"petType\":\"dog\",\"name\":\"Rex\"},{\"petType\":\"bird\"}],"
            + "\"contact\":[\"a\"],\"favorite\":{\"radius\":2.0}}";

    Owner owner = read(Owner.class, json);

    assertEquals(2, owner.pets().size());
    assertTrue(owner.pets().get(1) instanceof Pet.Unknown);
    assertEquals(Contact.ofListOfString(Collections.singletonList("a")), owner.contact());
    OwnerFavorite favorite = owner.favorite();
    assertTrue(favorite instanceof OwnerFavorite.ShapeVariant);
    assertEquals(json, write(Owner.class, owner));
    assertEquals(0, server.getRequestCount());
  }

  public static void unionBodiesTravelOverHttp(MockWebServer server) throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "[{\"petType\":\"cat\",\"name\":\"Tom\"},{\"petType\":\"snake\",\"name\":\"Kaa\"}]")
            .build());
    WebRtcClient client =
        WebRtcClient.builder()
            .accountId("acc")
            .basicAuth("user", "pass")
            .baseUrl(server.url("/"))
            .maxRetries(0)
            .build();

    List<Pet> pets =
        client
            .pets()
            .createPet(Pet.ofDog(Dog.builder().petType("dog").name("Rex").barks(true).build()));

    assertEquals(
        "{\"petType\":\"dog\",\"name\":\"Rex\",\"barks\":true}",
        server.takeRequest().getBody().utf8());
    assertEquals("cat Tom", pets.get(0).accept(PET_NAMES));
    assertEquals("unknown {petType=snake, name=Kaa}", pets.get(1).accept(PET_NAMES));
    JsonAdapter<Square> squares = MOSHI.adapter(Square.class);
    assertEquals("{\"side\":1.0}", squares.toJson(Square.builder().side(1.0).build()));
  }
}
