package io.github.webrtcsdk.sessions.benchmarks.codec;

import com.squareup.moshi.Moshi;
import io.github.webrtcsdk.sessions.benchmarks.codec.legacy.LegacyApiHelper;
import io.github.webrtcsdk.sessions.benchmarks.codec.legacy.LegacyCreateParticipantResponse;
import io.github.webrtcsdk.sessions.benchmarks.codec.legacy.LegacyParticipant;
import io.github.webrtcsdk.sessions.benchmarks.codec.legacy.LegacySubscriptions;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.HandWrittenAdapters;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainCreateParticipantResponse;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainParticipant;
import io.github.webrtcsdk.sessions.benchmarks.codec.plain.PlainSubscriptions;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.ModelJsonAdapterFactory;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import org.openapitools.stock.JSON;

/** The JSON libraries compared, each set up as its client sets it up. */
public enum Library {
  /** Ours: the generated Moshi adapters, served by the generated factory alone. */
  GENERATED {
    @Override
    public JsonCodec<?> codec(Payload payload) {
      Moshi moshi = new Moshi.Builder().add(new ModelJsonAdapterFactory()).build();
      switch (payload) {
        case PARTICIPANT:
          return new MoshiCodec<>(moshi.adapter(Participant.class));
        case CREATE_PARTICIPANT_RESPONSE:
          return new MoshiCodec<>(moshi.adapter(CreateParticipantResponse.class));
        case SUBSCRIPTIONS_20X5:
          return new MoshiCodec<>(moshi.adapter(Subscriptions.class));
        default:
          throw new AssertionError(payload);
      }
    }
  },

  /** The target baseline: Moshi streaming adapters written by hand for plain classes. */
  HAND_WRITTEN {
    @Override
    public JsonCodec<?> codec(Payload payload) {
      return plain(new Moshi.Builder().add(HandWrittenAdapters.FACTORY).build(), payload);
    }
  },

  /** Moshi's built-in reflective adapters on the same plain classes. */
  MOSHI_REFLECTIVE {
    @Override
    public JsonCodec<?> codec(Payload payload) {
      return plain(new Moshi.Builder().build(), payload);
    }
  },

  /** Gson through the stock OpenAPI Generator client's own {@code JSON} setup and models. */
  GSON_STOCK {
    @Override
    public JsonCodec<?> codec(Payload payload) {
      com.google.gson.Gson gson = new JSON().getGson();
      switch (payload) {
        case PARTICIPANT:
          return new GsonCodec<>(gson, org.openapitools.stock.model.Participant.class);
        case CREATE_PARTICIPANT_RESPONSE:
          return new GsonCodec<>(
              gson, org.openapitools.stock.model.CreateParticipantResponse.class);
        case SUBSCRIPTIONS_20X5:
          return new GsonCodec<>(gson, org.openapitools.stock.model.Subscriptions.class);
        default:
          throw new AssertionError(payload);
      }
    }
  },

  /** Jackson databind on APIMatic-style beans, as Bandwidth's older SDK used it. */
  JACKSON_LEGACY {
    @Override
    public JsonCodec<?> codec(Payload payload) {
      switch (payload) {
        case PARTICIPANT:
          return new JacksonLegacyCodec<>(LegacyApiHelper.MAPPER, LegacyParticipant.class);
        case CREATE_PARTICIPANT_RESPONSE:
          return new JacksonLegacyCodec<>(
              LegacyApiHelper.MAPPER, LegacyCreateParticipantResponse.class);
        case SUBSCRIPTIONS_20X5:
          return new JacksonLegacyCodec<>(LegacyApiHelper.MAPPER, LegacySubscriptions.class);
        default:
          throw new AssertionError(payload);
      }
    }
  };

  /** Returns a codec for {@code payload}'s model type in this library. */
  public abstract JsonCodec<?> codec(Payload payload);

  private static JsonCodec<?> plain(Moshi moshi, Payload payload) {
    switch (payload) {
      case PARTICIPANT:
        return new MoshiCodec<>(moshi.adapter(PlainParticipant.class));
      case CREATE_PARTICIPANT_RESPONSE:
        return new MoshiCodec<>(moshi.adapter(PlainCreateParticipantResponse.class));
      case SUBSCRIPTIONS_20X5:
        return new MoshiCodec<>(moshi.adapter(PlainSubscriptions.class));
      default:
        throw new AssertionError(payload);
    }
  }
}
