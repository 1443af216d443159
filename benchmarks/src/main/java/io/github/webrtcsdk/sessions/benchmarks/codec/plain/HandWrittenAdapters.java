package io.github.webrtcsdk.sessions.benchmarks.codec.plain;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moshi streaming adapters for the plain classes, written by hand the way Moshi's own code-gen
 * writes them: names matched with {@link JsonReader.Options}, one pass, no reflection, nested
 * adapters called directly. The target baseline: generated adapters should come within 5% of it.
 *
 * <p>Unknown names are skipped; a JSON null reads as a missing value and missing values are not
 * written, as with Moshi's defaults.
 */
public final class HandWrittenAdapters {
  /** Returns the hand-written adapter for the plain class {@code type}, or null. */
  public static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) -> {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == PlainParticipant.class) {
      return new ParticipantAdapter().nullSafe();
    }
    if (type == PlainCreateParticipantResponse.class) {
      return new CreateParticipantResponseAdapter().nullSafe();
    }
    if (type == PlainSubscriptions.class) {
      return new SubscriptionsAdapter().nullSafe();
    }
    if (type == PlainParticipantSubscription.class) {
      return new ParticipantSubscriptionAdapter().nullSafe();
    }
    return null;
  };

  private static final JsonReader.Options PUBLISH_PERMISSIONS =
      JsonReader.Options.of("AUDIO", "VIDEO");
  private static final JsonReader.Options DEVICE_API_VERSIONS = JsonReader.Options.of("V3");
  private static final PlainPublishPermission[] PUBLISH_PERMISSION_VALUES =
      PlainPublishPermission.values();
  private static final PlainDeviceApiVersion[] DEVICE_API_VERSION_VALUES =
      PlainDeviceApiVersion.values();

  private HandWrittenAdapters() {}

  static final class ParticipantAdapter extends JsonAdapter<PlainParticipant> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of(
        "id", "callbackUrl", "publishPermissions", "sessions", "subscriptions", "tag",
        "deviceApiVersion");

    private final SubscriptionsAdapter subscriptions = new SubscriptionsAdapter();

    @Override
    public PlainParticipant fromJson(JsonReader reader) throws IOException {
      PlainParticipant participant = new PlainParticipant();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            participant.id = nextStringOrNull(reader);
            break;
          case 1:
            participant.callbackUrl = nextStringOrNull(reader);
            break;
          case 2:
            participant.publishPermissions = nextPublishPermissions(reader);
            break;
          case 3:
            participant.sessions = nextStrings(reader);
            break;
          case 4:
            participant.subscriptions = reader.peek() == JsonReader.Token.NULL
                ? reader.nextNull()
                : subscriptions.fromJson(reader);
            break;
          case 5:
            participant.tag = nextStringOrNull(reader);
            break;
          case 6:
            participant.deviceApiVersion = nextDeviceApiVersion(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return participant;
    }

    @Override
    public void toJson(JsonWriter writer, PlainParticipant participant) throws IOException {
      writer.beginObject();
      writer.name("id").value(participant.id);
      writer.name("callbackUrl").value(participant.callbackUrl);
      if (participant.publishPermissions != null) {
        writer.name("publishPermissions").beginArray();
        for (PlainPublishPermission permission : participant.publishPermissions) {
          writer.value(permission.name());
        }
        writer.endArray();
      }
      if (participant.sessions != null) {
        writer.name("sessions");
        writeStrings(writer, participant.sessions);
      }
      if (participant.subscriptions != null) {
        writer.name("subscriptions");
        subscriptions.toJson(writer, participant.subscriptions);
      }
      writer.name("tag").value(participant.tag);
      if (participant.deviceApiVersion != null) {
        writer.name("deviceApiVersion").value(participant.deviceApiVersion.name());
      }
      writer.endObject();
    }
  }

  static final class CreateParticipantResponseAdapter
      extends JsonAdapter<PlainCreateParticipantResponse> {
    private static final JsonReader.Options NAMES = JsonReader.Options.of("participant", "token");

    private final ParticipantAdapter participant = new ParticipantAdapter();

    @Override
    public PlainCreateParticipantResponse fromJson(JsonReader reader) throws IOException {
      PlainCreateParticipantResponse response = new PlainCreateParticipantResponse();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            response.participant = reader.peek() == JsonReader.Token.NULL
                ? reader.nextNull()
                : participant.fromJson(reader);
            break;
          case 1:
            response.token = nextStringOrNull(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return response;
    }

    @Override
    public void toJson(JsonWriter writer, PlainCreateParticipantResponse response)
        throws IOException {
      writer.beginObject();
      if (response.participant != null) {
        writer.name("participant");
        participant.toJson(writer, response.participant);
      }
      writer.name("token").value(response.token);
      writer.endObject();
    }
  }

  static final class SubscriptionsAdapter extends JsonAdapter<PlainSubscriptions> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("sessionId", "participants");

    private final ParticipantSubscriptionAdapter participant = new ParticipantSubscriptionAdapter();

    @Override
    public PlainSubscriptions fromJson(JsonReader reader) throws IOException {
      PlainSubscriptions subscriptions = new PlainSubscriptions();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            subscriptions.sessionId = nextStringOrNull(reader);
            break;
          case 1:
            if (reader.peek() == JsonReader.Token.NULL) {
              subscriptions.participants = reader.nextNull();
              break;
            }
            List<PlainParticipantSubscription> participants = new ArrayList<>();
            reader.beginArray();
            while (reader.hasNext()) {
              participants.add(participant.fromJson(reader));
            }
            reader.endArray();
            subscriptions.participants = participants;
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      return subscriptions;
    }

    @Override
    public void toJson(JsonWriter writer, PlainSubscriptions subscriptions) throws IOException {
      writer.beginObject();
      writer.name("sessionId").value(subscriptions.sessionId);
      if (subscriptions.participants != null) {
        writer.name("participants").beginArray();
        for (PlainParticipantSubscription each : subscriptions.participants) {
          participant.toJson(writer, each);
        }
        writer.endArray();
      }
      writer.endObject();
    }
  }

  static final class ParticipantSubscriptionAdapter
      extends JsonAdapter<PlainParticipantSubscription> {
    private static final JsonReader.Options NAMES =
        JsonReader.Options.of("participantId", "streamAliases");

    @Override
    public PlainParticipantSubscription fromJson(JsonReader reader) throws IOException {
      PlainParticipantSubscription subscription = new PlainParticipantSubscription();
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            subscription.participantId = nextStringOrNull(reader);
            break;
          case 1:
            subscription.streamAliases = nextStrings(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      if (subscription.participantId == null) {
        throw new JsonDataException("Required value 'participantId' missing at "
            + reader.getPath());
      }
      return subscription;
    }

    @Override
    public void toJson(JsonWriter writer, PlainParticipantSubscription subscription)
        throws IOException {
      writer.beginObject();
      writer.name("participantId").value(subscription.participantId);
      if (subscription.streamAliases != null) {
        writer.name("streamAliases");
        writeStrings(writer, subscription.streamAliases);
      }
      writer.endObject();
    }
  }

  private static String nextStringOrNull(JsonReader reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : reader.nextString();
  }

  private static List<String> nextStrings(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    List<String> strings = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      strings.add(reader.nextString());
    }
    reader.endArray();
    return strings;
  }

  private static void writeStrings(JsonWriter writer, List<String> strings) throws IOException {
    writer.beginArray();
    for (String string : strings) {
      writer.value(string);
    }
    writer.endArray();
  }

  private static List<PlainPublishPermission> nextPublishPermissions(JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    List<PlainPublishPermission> permissions = new ArrayList<>(PUBLISH_PERMISSION_VALUES.length);
    reader.beginArray();
    while (reader.hasNext()) {
      int index = reader.selectString(PUBLISH_PERMISSIONS);
      if (index == -1) {
        throw new JsonDataException("Expected one of [AUDIO, VIDEO] but was "
            + reader.nextString() + " at path " + reader.getPath());
      }
      permissions.add(PUBLISH_PERMISSION_VALUES[index]);
    }
    reader.endArray();
    return permissions;
  }

  private static PlainDeviceApiVersion nextDeviceApiVersion(JsonReader reader)
      throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    int index = reader.selectString(DEVICE_API_VERSIONS);
    if (index == -1) {
      throw new JsonDataException("Expected one of [V3] but was " + reader.nextString()
          + " at path " + reader.getPath());
    }
    return DEVICE_API_VERSION_VALUES[index];
  }
}
