package io.github.webrtcsdk.sessions.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webrtcsdk.sessions.model.CreateParticipantRequest;
import io.github.webrtcsdk.sessions.model.CreateParticipantResponse;
import io.github.webrtcsdk.sessions.model.DeviceApiVersion;
import io.github.webrtcsdk.sessions.model.GatewayError;
import io.github.webrtcsdk.sessions.model.LegacyError;
import io.github.webrtcsdk.sessions.model.Participant;
import io.github.webrtcsdk.sessions.model.ParticipantEvent;
import io.github.webrtcsdk.sessions.model.ParticipantEventType;
import io.github.webrtcsdk.sessions.model.ParticipantSubscription;
import io.github.webrtcsdk.sessions.model.PublishPermission;
import io.github.webrtcsdk.sessions.model.ServiceError;
import io.github.webrtcsdk.sessions.model.Session;
import io.github.webrtcsdk.sessions.model.Subscriptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The test's own mapping between JSON trees and the client's models, written against the models'
 * public builders and accessors and never through the client's Moshi adapters: the oracle the
 * client's decoding and encoding are compared with.
 *
 * <p>Readers put properties the schema does not declare into the model's additional properties,
 * numbers as {@code Long} when integral and {@code BigDecimal} otherwise, as the models document.
 * A reader that forgot a declared property would hand it to {@code putAdditionalProperty}, which
 * rejects declared names, so such drift fails loudly.
 */
final class ModelTrees {
  /** A model class and its two mappings, registered under the schema name. */
  record Mapping<T>(
      String schemaName,
      Class<T> type,
      Function<JsonNode, T> reader,
      Function<T, JsonNode> writer) {

    T read(JsonNode json) {
      return reader.apply(json);
    }

    JsonNode write(Object model) {
      return writer.apply(type.cast(model));
    }
  }

  private static final Map<String, Mapping<?>> BY_SCHEMA = new LinkedHashMap<>();

  static {
    register(new Mapping<>("Session", Session.class, ModelTrees::session, ModelTrees::tree));
    register(new Mapping<>(
        "Participant", Participant.class, ModelTrees::participant, ModelTrees::tree));
    register(new Mapping<>("CreateParticipantRequest", CreateParticipantRequest.class,
        ModelTrees::createParticipantRequest, ModelTrees::tree));
    register(new Mapping<>("CreateParticipantResponse", CreateParticipantResponse.class,
        ModelTrees::createParticipantResponse, ModelTrees::tree));
    register(new Mapping<>(
        "Subscriptions", Subscriptions.class, ModelTrees::subscriptions, ModelTrees::tree));
    register(new Mapping<>("ParticipantSubscription", ParticipantSubscription.class,
        ModelTrees::participantSubscription, ModelTrees::tree));
    register(new Mapping<>("PublishPermission", PublishPermission.class,
        json -> PublishPermission.of(text(json)), value -> Trees.MAPPER.getNodeFactory()
            .textNode(value.value())));
    register(new Mapping<>("DeviceApiVersion", DeviceApiVersion.class,
        json -> DeviceApiVersion.of(text(json)), value -> Trees.MAPPER.getNodeFactory()
            .textNode(value.value())));
    register(new Mapping<>("ParticipantEvent", ParticipantEvent.class,
        ModelTrees::participantEvent, ModelTrees::tree));
    register(new Mapping<>("ParticipantEventType", ParticipantEventType.class,
        json -> ParticipantEventType.of(text(json)), value -> Trees.MAPPER.getNodeFactory()
            .textNode(value.value())));
    register(new Mapping<>(
        "ServiceError", ServiceError.class, ModelTrees::serviceError, ModelTrees::tree));
    register(new Mapping<>(
        "GatewayError", GatewayError.class, ModelTrees::gatewayError, ModelTrees::tree));
    register(new Mapping<>(
        "LegacyError", LegacyError.class, ModelTrees::legacyError, ModelTrees::tree));
  }

  private ModelTrees() {}

  private static void register(Mapping<?> mapping) {
    BY_SCHEMA.put(mapping.schemaName(), mapping);
  }

  /** Returns the mapping of the component schema {@code name}, or null if there is none. */
  static Mapping<?> forSchema(String name) {
    return BY_SCHEMA.get(name);
  }

  /** Returns the names of the schemas that have a mapping. */
  static Set<String> schemaNames() {
    return BY_SCHEMA.keySet();
  }

  static Session session(JsonNode json) {
    Session.Builder builder = Session.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "Session")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "id" -> builder.id(text(value));
        case "tag" -> builder.tag(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(Session model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasId()) tree.put("id", model.id());
    if (model.hasTag()) tree.put("tag", model.tag());
    return withAdditional(tree, model.additionalProperties());
  }

  static Participant participant(JsonNode json) {
    Participant.Builder builder = Participant.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "Participant")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "id" -> builder.id(text(value));
        case "callbackUrl" -> builder.callbackUrl(value.isNull() ? null : text(value));
        case "publishPermissions" -> builder.publishPermissions(permissions(value));
        case "sessions" -> builder.sessions(texts(value));
        case "subscriptions" -> builder.subscriptions(subscriptions(value));
        case "tag" -> builder.tag(text(value));
        case "deviceApiVersion" -> builder.deviceApiVersion(DeviceApiVersion.of(text(value)));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(Participant model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasId()) tree.put("id", model.id());
    if (model.hasCallbackUrl()) tree.put("callbackUrl", model.callbackUrl());
    if (model.hasPublishPermissions()) {
      tree.set("publishPermissions", permissionsTree(model.publishPermissions()));
    }
    if (model.hasSessions()) tree.set("sessions", textsTree(model.sessions()));
    if (model.hasSubscriptions()) tree.set("subscriptions", tree(model.subscriptions()));
    if (model.hasTag()) tree.put("tag", model.tag());
    if (model.hasDeviceApiVersion()) tree.put("deviceApiVersion", model.deviceApiVersion().value());
    return withAdditional(tree, model.additionalProperties());
  }

  static CreateParticipantRequest createParticipantRequest(JsonNode json) {
    CreateParticipantRequest.Builder builder = CreateParticipantRequest.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "CreateParticipantRequest")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "callbackUrl" -> builder.callbackUrl(value.isNull() ? null : text(value));
        case "publishPermissions" -> builder.publishPermissions(permissions(value));
        case "tag" -> builder.tag(text(value));
        case "deviceApiVersion" -> builder.deviceApiVersion(DeviceApiVersion.of(text(value)));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(CreateParticipantRequest model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasCallbackUrl()) tree.put("callbackUrl", model.callbackUrl());
    if (model.hasPublishPermissions()) {
      tree.set("publishPermissions", permissionsTree(model.publishPermissions()));
    }
    if (model.hasTag()) tree.put("tag", model.tag());
    if (model.hasDeviceApiVersion()) tree.put("deviceApiVersion", model.deviceApiVersion().value());
    return withAdditional(tree, model.additionalProperties());
  }

  static CreateParticipantResponse createParticipantResponse(JsonNode json) {
    CreateParticipantResponse.Builder builder = CreateParticipantResponse.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "CreateParticipantResponse")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "participant" -> builder.participant(participant(value));
        case "token" -> builder.token(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(CreateParticipantResponse model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasParticipant()) tree.set("participant", tree(model.participant()));
    if (model.hasToken()) tree.put("token", model.token());
    return withAdditional(tree, model.additionalProperties());
  }

  static Subscriptions subscriptions(JsonNode json) {
    Subscriptions.Builder builder = Subscriptions.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "Subscriptions")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "sessionId" -> builder.sessionId(text(value));
        case "participants" -> {
          List<ParticipantSubscription> participants = new ArrayList<>();
          for (JsonNode element : array(value)) participants.add(participantSubscription(element));
          builder.participants(participants);
        }
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(Subscriptions model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasSessionId()) tree.put("sessionId", model.sessionId());
    if (model.hasParticipants()) {
      ArrayNode participants = tree.putArray("participants");
      for (ParticipantSubscription participant : model.participants()) {
        participants.add(tree(participant));
      }
    }
    return withAdditional(tree, model.additionalProperties());
  }

  static ParticipantSubscription participantSubscription(JsonNode json) {
    ParticipantSubscription.Builder builder = ParticipantSubscription.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "ParticipantSubscription")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "participantId" -> builder.participantId(text(value));
        case "streamAliases" -> builder.streamAliases(new LinkedHashSet<>(texts(value)));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(ParticipantSubscription model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    tree.put("participantId", model.participantId());
    if (model.hasStreamAliases()) tree.set("streamAliases", textsTree(model.streamAliases()));
    return withAdditional(tree, model.additionalProperties());
  }

  static ParticipantEvent participantEvent(JsonNode json) {
    ParticipantEvent.Builder builder = ParticipantEvent.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "ParticipantEvent")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "event" -> builder.event(ParticipantEventType.of(text(value)));
        case "timestamp" -> builder.timestamp(text(value));
        case "participantId" -> builder.participantId(text(value));
        case "deviceId" -> builder.deviceId(text(value));
        case "tag" -> builder.tag(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(ParticipantEvent model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasEvent()) tree.put("event", model.event().value());
    if (model.hasTimestamp()) tree.put("timestamp", model.timestamp());
    if (model.hasParticipantId()) tree.put("participantId", model.participantId());
    if (model.hasDeviceId()) tree.put("deviceId", model.deviceId());
    if (model.hasTag()) tree.put("tag", model.tag());
    return withAdditional(tree, model.additionalProperties());
  }

  static ServiceError serviceError(JsonNode json) {
    ServiceError.Builder builder = ServiceError.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "ServiceError")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "error" -> builder.error(text(value));
        case "requestId" -> builder.requestId(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(ServiceError model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasError()) tree.put("error", model.error());
    if (model.hasRequestId()) tree.put("requestId", model.requestId());
    return withAdditional(tree, model.additionalProperties());
  }

  static GatewayError gatewayError(JsonNode json) {
    GatewayError.Builder builder = GatewayError.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "GatewayError")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "message" -> builder.message(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(GatewayError model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasMessage()) tree.put("message", model.message());
    return withAdditional(tree, model.additionalProperties());
  }

  static LegacyError legacyError(JsonNode json) {
    LegacyError.Builder builder = LegacyError.builder();
    for (Map.Entry<String, JsonNode> field : fields(json, "LegacyError")) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "code" -> {
          if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("code is not an int32: " + value);
          }
          builder.code(value.intValue());
        }
        case "message" -> builder.message(text(value));
        default -> builder.putAdditionalProperty(field.getKey(), java(value));
      }
    }
    return builder.build();
  }

  static JsonNode tree(LegacyError model) {
    ObjectNode tree = Trees.MAPPER.createObjectNode();
    if (model.hasCode()) tree.put("code", model.code());
    if (model.hasMessage()) tree.put("message", model.message());
    return withAdditional(tree, model.additionalProperties());
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode json, String schema) {
    if (!json.isObject()) throw new IllegalArgumentException(schema + " is not an object: " + json);
    return json.properties();
  }

  private static String text(JsonNode json) {
    if (!json.isTextual()) throw new IllegalArgumentException("Not a string: " + json);
    return json.textValue();
  }

  private static ArrayNode array(JsonNode json) {
    if (!json.isArray()) throw new IllegalArgumentException("Not an array: " + json);
    return (ArrayNode) json;
  }

  private static List<String> texts(JsonNode json) {
    List<String> result = new ArrayList<>();
    for (JsonNode element : array(json)) result.add(text(element));
    return result;
  }

  private static Set<PublishPermission> permissions(JsonNode json) {
    Set<PublishPermission> result = new LinkedHashSet<>();
    for (JsonNode element : array(json)) result.add(PublishPermission.of(text(element)));
    return result;
  }

  private static ArrayNode textsTree(Iterable<String> values) {
    ArrayNode array = Trees.MAPPER.createArrayNode();
    for (String value : values) array.add(value);
    return array;
  }

  private static ArrayNode permissionsTree(Iterable<PublishPermission> values) {
    ArrayNode array = Trees.MAPPER.createArrayNode();
    for (PublishPermission value : values) array.add(value.value());
    return array;
  }

  /** Converts a tree to the plain values the models keep additional properties as. */
  static Object java(JsonNode json) {
    if (json.isNull()) return null;
    if (json.isTextual()) return json.textValue();
    if (json.isBoolean()) return json.booleanValue();
    if (json.isIntegralNumber() && json.canConvertToLong()) return json.longValue();
    if (json.isNumber()) return new BigDecimal(json.asText());
    if (json.isArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonNode element : json) list.add(java(element));
      return list;
    }
    if (json.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        map.put(field.getKey(), java(field.getValue()));
      }
      return map;
    }
    throw new IllegalArgumentException("Not a JSON value: " + json);
  }

  private static JsonNode withAdditional(ObjectNode tree, Map<String, Object> additional) {
    for (Map.Entry<String, Object> property : additional.entrySet()) {
      tree.set(property.getKey(), Trees.MAPPER.valueToTree(property.getValue()));
    }
    return Trees.canonical(tree);
  }
}
