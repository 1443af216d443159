package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Hides credentials and tokens in what the client logs or keeps: header values, URL user info and
 * query values, JSON properties and form fields, replaced by {@value #REDACTED}.
 *
 * <p>A name is sensitive when, lowercased without {@code _}, {@code -}, {@code .} and spaces, it
 * contains one of {@link #SENSITIVE_FRAGMENTS} ({@code deviceToken}, {@code sessionSecretKey},
 * {@code X-Api-Key}, {@code db_password}...), or is a property the API document marks
 * {@code x-sensitive}. A pattern rather than a list of names, so that a name nobody listed is
 * hidden too; a harmless name that matches ({@code tokenCount}) is hidden as well, except OAuth's
 * {@code token_type}. Immutable.
 */
public final class Redaction {
  public static final String REDACTED = "***";

  /** What a sensitive name contains, once normalized. */
  public static final List<String> SENSITIVE_FRAGMENTS =
      Collections.unmodifiableList(
          Arrays.asList(
              "token",
              "secret",
              "password",
              "passwd",
              "passphrase",
              "apikey",
              "accesskey",
              "privatekey",
              "authorization",
              "credential",
              "signature",
              "cookie",
              "clientassertion"));

  /** Names that match a fragment but never hold a secret, normalized: OAuth's token type. */
  private static final Set<String> HARMLESS_NAMES =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList("tokentype")));

  /** Redaction by {@link #SENSITIVE_FRAGMENTS} alone. */
  public static final Redaction BY_PATTERN = new Redaction(Collections.<String>emptyList());

  private final Set<String> names;

  /** Also treats {@code sensitiveProperties}, JSON property names, as sensitive. */
  public Redaction(Collection<String> sensitiveProperties) {
    Set<String> all = new HashSet<>();
    for (String name : sensitiveProperties) {
      all.add(normalize(name));
    }
    this.names = Collections.unmodifiableSet(all);
  }

  private static String normalize(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && c != '.' && c != ' ') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Whether {@code name} matches {@link #SENSITIVE_FRAGMENTS}. */
  public static boolean matchesPattern(String name) {
    String normalized = normalize(name);
    if (HARMLESS_NAMES.contains(normalized)) {
      return false;
    }
    for (String fragment : SENSITIVE_FRAGMENTS) {
      if (normalized.contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  public boolean isSensitiveName(String name) {
    return matchesPattern(name) || names.contains(normalize(name));
  }

  /**
   * Whether the value of header {@code name} must not be shown: {@code Authorization},
   * {@code Cookie} and every other sensitive name.
   */
  public boolean isSensitiveHeader(String name) {
    return isSensitiveName(name);
  }

  /** {@code url} without user info, sensitive query values redacted, in their order. */
  public String url(HttpUrl url) {
    HttpUrl.Builder builder = url.newBuilder().username("").password("");
    if (url.querySize() > 0) {
      builder.query(null);
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        String value = url.queryParameterValue(i);
        builder.addQueryParameter(name, value != null && isSensitiveName(name) ? REDACTED : value);
      }
    }
    return builder.build().toString();
  }

  /**
   * {@code json} with the values of sensitive properties redacted, compact; null when it is not
   * one JSON value, and so cannot be redacted with certainty.
   */
  public @Nullable String json(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Buffer out = new Buffer();
      try (JsonWriter writer = JsonWriter.of(out)) {
        writer.setSerializeNulls(true);
        copy(reader, writer);
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return null;
      }
      return out.readUtf8();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** {@code form} ({@code a=1&b=2}) with the values of sensitive fields redacted. */
  public String form(String form) {
    StringBuilder out = new StringBuilder();
    for (String pair : form.split("&", -1)) {
      if (out.length() > 0) {
        out.append('&');
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (equals >= 0 && isSensitiveName(decode(name))) {
        out.append(name).append('=').append(REDACTED);
      } else {
        out.append(pair);
      }
    }
    return out.toString();
  }

  /**
   * {@code body} as received, except that every value of a sensitive JSON member or form-like
   * field in it, and every one of {@code secrets}, is replaced by {@value #REDACTED}. JSON or not,
   * valid or cut short: see {@link TextScrubber}.
   */
  public String scrub(String body, Collection<String> secrets) {
    List<String> hidden = new ArrayList<>(secrets);
    // Longest first, so that a secret that contains another is replaced whole.
    hidden.sort((a, b) -> b.length() - a.length());
    return TextScrubber.scrub(body, this::isSensitiveName, hidden);
  }

  /** Copies one JSON value from {@code in} to {@code out}, sensitive properties redacted. */
  private void copy(JsonReader in, JsonWriter out) throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        in.beginObject();
        out.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          out.name(name);
          if (isSensitiveName(name)) { // Decoded: "\u0074oken" is token.
            in.skipValue();
            out.value(REDACTED);
          } else {
            copy(in, out);
          }
        }
        in.endObject();
        out.endObject();
        break;
      case BEGIN_ARRAY:
        in.beginArray();
        out.beginArray();
        while (in.hasNext()) {
          copy(in, out);
        }
        in.endArray();
        out.endArray();
        break;
      case STRING:
        out.value(in.nextString());
        break;
      case NUMBER:
        // As written: no conversion can change 1.50 or 1e3.
        String number = in.nextString();
        try (BufferedSink sink = out.valueSink()) {
          sink.writeUtf8(number);
        }
        break;
      case BOOLEAN:
        out.value(in.nextBoolean());
        break;
      case NULL:
        in.nextNull();
        out.nullValue();
        break;
      default:
        throw new IOException("Unexpected " + in.peek());
    }
  }

  static String decode(String formName) {
    try {
      return URLDecoder.decode(formName, "UTF-8");
    } catch (IOException | IllegalArgumentException e) {
      return formName;
    }
  }
}
