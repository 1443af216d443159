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
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Hides credentials and tokens in what the client logs or keeps: header values, URL user info and
 * query values, JSON properties and form fields, replaced by {@value #REDACTED}.
 *
 * <p>A name is sensitive when, lowercased without {@code _} and {@code -}, it is one of the fixed
 * set ({@code access_token}, {@code refresh_token}, {@code client_secret}, {@code password},
 * {@code token}...) or a property the API document marks {@code x-sensitive}. Immutable.
 */
public final class Redaction {
  public static final String REDACTED = "***";

  private static final Set<String> SENSITIVE_NAMES =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  "accesstoken",
                  "refreshtoken",
                  "idtoken",
                  "token",
                  "clientsecret",
                  "clientassertion",
                  "secret",
                  "password",
                  "apikey",
                  "authorization")));

  private static final Set<String> SENSITIVE_HEADERS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList("authorization", "proxy-authorization", "cookie", "set-cookie")));

  private final Set<String> names;

  /** Also treats {@code sensitiveProperties}, JSON property names, as sensitive. */
  public Redaction(Collection<String> sensitiveProperties) {
    Set<String> all = new HashSet<>(SENSITIVE_NAMES);
    for (String name : sensitiveProperties) {
      all.add(normalize(name));
    }
    this.names = Collections.unmodifiableSet(all);
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  public boolean isSensitiveName(String name) {
    return names.contains(normalize(name));
  }

  /** Whether the value of header {@code name} must not be shown. */
  public boolean isSensitiveHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_HEADERS.contains(lower)
        || isSensitiveName(name)
        || lower.contains("token")
        || lower.contains("secret")
        || lower.contains("password")
        || lower.contains("api-key");
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
        copy(reader, writer, null);
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
   * {@code body} as received, except that every value of a sensitive JSON property or form field
   * in it, and every one of {@code secrets}, is replaced by {@value #REDACTED}.
   */
  public String scrub(String body, Collection<String> secrets) {
    List<String> hidden = new ArrayList<>(secrets);
    hidden.addAll(sensitiveValues(body));
    // Longest first, so that a secret that contains another is replaced whole.
    hidden.sort((a, b) -> b.length() - a.length());
    String scrubbed = body;
    for (String secret : hidden) {
      if (!secret.isEmpty()) {
        scrubbed = scrubbed.replace(secret, REDACTED);
      }
    }
    return scrubbed;
  }

  private List<String> sensitiveValues(String body) {
    List<String> values = new ArrayList<>();
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(body));
      copy(reader, JsonWriter.of(new Buffer()), values);
    } catch (IOException | RuntimeException notJson) {
      for (String pair : body.split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && isSensitiveName(decode(pair.substring(0, equals)))) {
          values.add(pair.substring(equals + 1));
        }
      }
    }
    return values;
  }

  /**
   * Copies one JSON value from {@code in} to {@code out}, sensitive properties redacted; their
   * string values are added to {@code found} when it is not null.
   */
  private void copy(JsonReader in, JsonWriter out, @Nullable List<String> found)
      throws IOException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        in.beginObject();
        out.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          out.name(name);
          if (isSensitiveName(name)) {
            if (found != null && in.peek() == JsonReader.Token.STRING) {
              found.add(in.nextString());
            } else {
              in.skipValue();
            }
            out.value(REDACTED);
          } else {
            copy(in, out, found);
          }
        }
        in.endObject();
        out.endObject();
        break;
      case BEGIN_ARRAY:
        in.beginArray();
        out.beginArray();
        while (in.hasNext()) {
          copy(in, out, found);
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

  private static String decode(String formName) {
    try {
      return URLDecoder.decode(formName, "UTF-8");
    } catch (IOException | IllegalArgumentException e) {
      return formName;
    }
  }
}
