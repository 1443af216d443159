package io.github.webrtcsdk.sessions.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The sessions and participants of one account, and the API's rules over them. Every method takes
 * the instance lock, so each request sees and leaves a consistent state; the fake's throughput is
 * not a goal.
 *
 * <p>Methods take parsed JSON (maps and lists) and return the JSON to send, so that the wire shape
 * is decided here, next to the rules.
 */
final class ApiState {
  static final int MAX_PARTICIPANTS_PER_SESSION = 20;
  static final int MAX_TAG_LENGTH = 50;
  static final String DEFAULT_DEVICE_API_VERSION = "V3";

  private final Map<String, SessionRecord> sessions = new LinkedHashMap<>();
  private final Map<String, ParticipantRecord> participants = new LinkedHashMap<>();

  synchronized Map<String, Object> createSession(Map<String, Object> body) {
    // The body's id, if any, is ignored: the server assigns ids.
    String tag = tag(body);
    SessionRecord session = new SessionRecord(newId(), tag);
    sessions.put(session.id, session);
    return sessionJson(session);
  }

  synchronized Map<String, Object> getSession(String sessionId) {
    return sessionJson(session(sessionId));
  }

  synchronized void deleteSession(String sessionId) {
    SessionRecord session = session(sessionId);
    for (String participantId : session.participantIds) {
      ParticipantRecord participant = participants.get(participantId);
      participant.sessionId = null;
      participant.subscriptions = null;
    }
    sessions.remove(sessionId);
  }

  /** Returns the members as JSON, or null for a session with none (answered 204). */
  synchronized @Nullable List<Object> listSessionParticipants(String sessionId) {
    SessionRecord session = session(sessionId);
    if (session.participantIds.isEmpty()) return null;
    List<Object> result = new ArrayList<>();
    for (String participantId : session.participantIds) {
      result.add(participantJson(participants.get(participantId)));
    }
    return result;
  }

  synchronized void addParticipantToSession(
      String sessionId, String participantId, Map<String, Object> body) {
    SessionRecord session = session(sessionId);
    ParticipantRecord participant = participant(participantId);
    if (participant.sessionId != null && !participant.sessionId.equals(sessionId)) {
      throw ApiException.conflict("Participant " + participantId + " is already in session "
          + participant.sessionId + "; a participant can be in one session at a time");
    }
    boolean alreadyMember = session.participantIds.contains(participantId);
    if (!alreadyMember && session.participantIds.size() >= MAX_PARTICIPANTS_PER_SESSION) {
      throw ApiException.badRequest("Session " + sessionId + " already has "
          + MAX_PARTICIPANTS_PER_SESSION + " participants, the maximum");
    }
    Set<String> membersAfter = new HashSet<>(session.participantIds);
    membersAfter.add(participantId);
    Subscriptions subscriptions = Subscriptions.parse(body, sessionId, membersAfter);
    session.participantIds.add(participantId);
    participant.sessionId = sessionId;
    // Adding again to the same session sets the subscriptions as a first add would.
    participant.subscriptions = subscriptions;
  }

  synchronized void removeParticipantFromSession(String sessionId, String participantId) {
    SessionRecord session = session(sessionId);
    ParticipantRecord participant = member(session, participantId);
    leaveSession(session, participant);
  }

  /** Returns the subscriptions as JSON, or null if the participant has none (answered 204). */
  synchronized @Nullable Map<String, Object> getParticipantSubscriptions(
      String sessionId, String participantId) {
    SessionRecord session = session(sessionId);
    ParticipantRecord participant = member(session, participantId);
    return participant.subscriptions == null ? null : participant.subscriptions.toJson(sessionId);
  }

  synchronized void updateParticipantSubscriptions(
      String sessionId, String participantId, Map<String, Object> body) {
    SessionRecord session = session(sessionId);
    ParticipantRecord participant = member(session, participantId);
    participant.subscriptions = Subscriptions.parse(body, sessionId, session.participantIds);
  }

  synchronized Map<String, Object> createParticipant(Map<String, Object> body) {
    String tag = tag(body);
    String callbackUrl = Json.string(body, "callbackUrl");
    List<String> publishPermissions = Json.stringArray(body, "publishPermissions");
    String deviceApiVersion = Json.string(body, "deviceApiVersion");
    ParticipantRecord participant = new ParticipantRecord(newId(), tag, callbackUrl,
        publishPermissions, deviceApiVersion != null ? deviceApiVersion
            : DEFAULT_DEVICE_API_VERSION);
    participants.put(participant.id, participant);
    return participantJson(participant);
  }

  synchronized Map<String, Object> getParticipant(String participantId) {
    return participantJson(participant(participantId));
  }

  synchronized void deleteParticipant(String participantId) {
    ParticipantRecord participant = participant(participantId);
    if (participant.sessionId != null) {
      leaveSession(sessions.get(participant.sessionId), participant);
    }
    participants.remove(participantId);
  }

  synchronized List<FakeSession> sessionSnapshots() {
    List<FakeSession> result = new ArrayList<>();
    for (SessionRecord session : sessions.values()) {
      result.add(new FakeSession(session.id, session.tag, new ArrayList<>(session.participantIds)));
    }
    return Collections.unmodifiableList(result);
  }

  synchronized List<FakeParticipant> participantSnapshots() {
    List<FakeParticipant> result = new ArrayList<>();
    for (ParticipantRecord participant : participants.values()) {
      result.add(new FakeParticipant(participant.id, participant.tag, participant.callbackUrl,
          participant.publishPermissions != null
              ? participant.publishPermissions : Collections.<String>emptyList(),
          participant.deviceApiVersion, participant.sessionId, subscribedTo(participant)));
    }
    return Collections.unmodifiableList(result);
  }

  synchronized void clear() {
    sessions.clear();
    participants.clear();
  }

  private List<String> subscribedTo(ParticipantRecord participant) {
    List<String> result = new ArrayList<>();
    Subscriptions subscriptions = participant.subscriptions;
    if (subscriptions == null) return result;
    if (subscriptions.wholeSession) {
      for (String memberId : sessions.get(participant.sessionId).participantIds) {
        if (!memberId.equals(participant.id)) result.add(memberId);
      }
    } else {
      for (Subscription subscription : subscriptions.entries) {
        result.add(subscription.participantId);
      }
    }
    return result;
  }

  /**
   * Takes {@code participant} out of {@code session}: its subscriptions go, and so do other
   * members' explicit subscriptions to it, which would otherwise name a non-member.
   */
  private void leaveSession(SessionRecord session, ParticipantRecord participant) {
    session.participantIds.remove(participant.id);
    participant.sessionId = null;
    participant.subscriptions = null;
    for (String memberId : session.participantIds) {
      ParticipantRecord member = participants.get(memberId);
      if (member.subscriptions != null && !member.subscriptions.wholeSession) {
        member.subscriptions = member.subscriptions.without(participant.id);
      }
    }
  }

  private SessionRecord session(String sessionId) {
    SessionRecord session = sessions.get(sessionId);
    if (session == null) throw ApiException.notFound("Session " + sessionId + " not found");
    return session;
  }

  private ParticipantRecord participant(String participantId) {
    ParticipantRecord participant = participants.get(participantId);
    if (participant == null) {
      throw ApiException.notFound("Participant " + participantId + " not found");
    }
    return participant;
  }

  private ParticipantRecord member(SessionRecord session, String participantId) {
    ParticipantRecord participant = participant(participantId);
    if (!session.participantIds.contains(participantId)) {
      throw ApiException.notFound(
          "Participant " + participantId + " is not in session " + session.id);
    }
    return participant;
  }

  private static String tag(Map<String, Object> body) {
    String tag = Json.string(body, "tag");
    if (tag != null && tag.length() > MAX_TAG_LENGTH) {
      throw ApiException.badRequest("tag must be at most " + MAX_TAG_LENGTH
          + " characters, was " + tag.length());
    }
    return tag;
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private static Map<String, Object> sessionJson(SessionRecord session) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", session.id);
    if (session.tag != null) json.put("tag", session.tag);
    return json;
  }

  private static Map<String, Object> participantJson(ParticipantRecord participant) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", participant.id);
    // Always present: the spec makes it nullable, and the API's own example sends null.
    json.put("callbackUrl", participant.callbackUrl);
    if (participant.publishPermissions != null) {
      json.put("publishPermissions", participant.publishPermissions);
    }
    json.put("sessions", participant.sessionId != null
        ? Collections.singletonList(participant.sessionId)
        : Collections.emptyList());
    if (participant.subscriptions != null) {
      json.put("subscriptions", participant.subscriptions.toJson(participant.sessionId));
    }
    if (participant.tag != null) json.put("tag", participant.tag);
    json.put("deviceApiVersion", participant.deviceApiVersion);
    return json;
  }

  private static final class SessionRecord {
    final String id;
    final String tag;
    final Set<String> participantIds = new LinkedHashSet<>();

    SessionRecord(String id, String tag) {
      this.id = id;
      this.tag = tag;
    }
  }

  private static final class ParticipantRecord {
    final String id;
    final String tag;
    final String callbackUrl;
    final List<String> publishPermissions;
    final String deviceApiVersion;
    String sessionId;
    /** Null when the participant receives no media. */
    Subscriptions subscriptions;

    ParticipantRecord(String id, String tag, String callbackUrl, List<String> publishPermissions,
        String deviceApiVersion) {
      this.id = id;
      this.tag = tag;
      this.callbackUrl = callbackUrl;
      this.publishPermissions = publishPermissions;
      this.deviceApiVersion = deviceApiVersion;
    }
  }

  /** A participant's subscriptions in its session: the whole session, or an explicit list. */
  static final class Subscriptions {
    final boolean wholeSession;
    final List<Subscription> entries;

    private Subscriptions(boolean wholeSession, List<Subscription> entries) {
      this.wholeSession = wholeSession;
      this.entries = entries;
    }

    /**
     * Reads a Subscriptions body, or returns null for one that subscribes to nothing: no body,
     * {@code {}} or an empty participants list. A sessionId alone means the whole session.
     */
    static Subscriptions parse(Object body, String sessionId, Set<String> members) {
      Map<String, Object> json = Json.object(body, "Subscriptions");
      String bodySessionId = Json.string(json, "sessionId");
      if (bodySessionId != null && !bodySessionId.equals(sessionId)) {
        throw ApiException.badRequest("sessionId " + bodySessionId
            + " does not match session " + sessionId + " in the path");
      }
      List<Object> participants = Json.array(json, "participants");
      if (participants == null || participants.isEmpty()) {
        return bodySessionId != null
            ? new Subscriptions(true, Collections.<Subscription>emptyList())
            : null;
      }
      List<Subscription> entries = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Object element : participants) {
        Map<String, Object> entry = Json.object(element, "participants[]");
        String participantId = Json.string(entry, "participantId");
        if (participantId == null) {
          throw ApiException.badRequest("participants[].participantId is required");
        }
        if (!members.contains(participantId)) {
          throw ApiException.badRequest(
              "Participant " + participantId + " is not in session " + sessionId);
        }
        if (!seen.add(participantId)) {
          throw ApiException.badRequest(
              "Participant " + participantId + " is listed more than once");
        }
        entries.add(new Subscription(participantId, Json.stringArray(entry, "streamAliases")));
      }
      return new Subscriptions(false, Collections.unmodifiableList(entries));
    }

    /** Returns these subscriptions without {@code participantId}, or null if none remain. */
    Subscriptions without(String participantId) {
      List<Subscription> remaining = new ArrayList<>(entries);
      for (Iterator<Subscription> i = remaining.iterator(); i.hasNext(); ) {
        if (i.next().participantId.equals(participantId)) i.remove();
      }
      if (remaining.size() == entries.size()) return this;
      return remaining.isEmpty() ? null : new Subscriptions(false, remaining);
    }

    Map<String, Object> toJson(String sessionId) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("sessionId", sessionId);
      if (!wholeSession) {
        List<Object> list = new ArrayList<>();
        for (Subscription entry : entries) {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("participantId", entry.participantId);
          if (entry.streamAliases != null) item.put("streamAliases", entry.streamAliases);
          list.add(item);
        }
        json.put("participants", list);
      }
      return json;
    }
  }

  /** A subscription to one participant; null stream aliases mean all of its streams. */
  static final class Subscription {
    final String participantId;
    final List<String> streamAliases;

    Subscription(String participantId, List<String> streamAliases) {
      this.participantId = participantId;
      this.streamAliases = streamAliases;
    }
  }
}
