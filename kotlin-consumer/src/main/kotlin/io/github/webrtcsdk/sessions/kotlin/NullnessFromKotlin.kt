package io.github.webrtcsdk.sessions.kotlin

import io.github.webrtcsdk.runtime.RequestOptions
import io.github.webrtcsdk.sessions.WebRtcClient
import io.github.webrtcsdk.sessions.model.Participant
import io.github.webrtcsdk.sessions.model.ParticipantSubscription
import io.github.webrtcsdk.sessions.model.PublishPermission
import io.github.webrtcsdk.sessions.model.Session
import io.github.webrtcsdk.sessions.testing.FakeSession

/*
 * How Kotlin sees the client's types. Its packages are @NullMarked (JSpecify), so a type without
 * @Nullable is T and one with it is T?, never a platform type (T!) that Kotlin would let through
 * either way. This file compiles only if Kotlin reads exactly these types:
 *
 * - A T? where a T is declared is an error. Writing `val tag: String = session.tag()` below fails
 *   this module with "Initializer type mismatch: expected 'String', actual 'String?'" (tried when
 *   this file was written: Kotlin reports JSpecify nullness as errors by default since 2.1, and
 *   this module sets no -Xjspecify-annotations option, so it sees what users see).
 * - A T where a T? is expected would pass an assignment, so each nullable value is also used with
 *   `?:` directly: on a non-null type that is a warning ("Elvis operator always returns the left
 *   operand"), and -Werror (pom.xml) makes it an error.
 */

/** A required property is String. */
fun subscribedParticipant(subscription: ParticipantSubscription): String {
  val participantId: String = subscription.participantId()
  return participantId
}

/** Optional scalars are String?; collections are never null, only empty. */
fun describe(session: Session, participant: Participant): String {
  val id: String? = session.id()
  val tag: String? = session.tag()
  val callbackUrl: String? = participant.callbackUrl()
  val permissions: Set<PublishPermission> = participant.publishPermissions()
  val sessions: List<String> = participant.sessions()
  return "session ${id ?: "(new)"} ${tag ?: "(untagged)"}, in ${sessions.size} session(s)," +
      " may send $permissions, webhooks to ${callbackUrl ?: "nowhere"}," +
      " participant ${participant.id() ?: "(new)"} ${participant.tag() ?: "(untagged)"}"
}

/** Builders take null for an optional property and build non-null models. */
fun untagged(): Session {
  val builder: Session.Builder = Session.builder().tag(null)
  return builder.build()
}

/** Services and what they return are non-null. */
fun fetch(client: WebRtcClient, sessionId: String): Session {
  val options: RequestOptions = RequestOptions.builder().build()
  return client.sessions().getSession(sessionId, options)
}

/** The fake server is null-marked too: ids are String, tags String?. */
fun fakeTag(session: FakeSession): String {
  val id: String = session.id()
  return session.tag() ?: id
}
