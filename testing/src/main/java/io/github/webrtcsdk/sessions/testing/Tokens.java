package io.github.webrtcsdk.sessions.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the device tokens that create-participant returns: compact JWTs ({@code
 * header.payload.signature}, base64url without padding) that decode like real ones. They are
 * signed with HMAC-SHA256 under a random key that never leaves this object, so nothing can verify
 * them and no media server would accept them.
 */
final class Tokens {
  static final String ISSUER = "webrtc-sessions-testing";

  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final byte[] key = new byte[32];

  Tokens() {
    new SecureRandom().nextBytes(key);
  }

  String create(String accountId, String participantId, long issuedAtEpochSeconds) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "HS256");
    header.put("typ", "JWT");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("iss", ISSUER);
    payload.put("sub", participantId);
    payload.put("accountId", accountId);
    payload.put("iat", issuedAtEpochSeconds);
    String signingInput = encode(Json.write(header)) + "." + encode(Json.write(payload));
    return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
  }

  private byte[] sign(String signingInput) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
    }
  }

  private static String encode(String json) {
    return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
