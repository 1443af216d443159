package io.github.webrtcsdk.runtime.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A client's settings read from environment variables that share a prefix, for the client's
 * {@code fromEnv()}: the bound parameters, the credentials (either {@code CLIENT_ID} and
 * {@code CLIENT_SECRET} for OAuth 2.0 or {@code USERNAME} and {@code PASSWORD} for HTTP Basic),
 * and optionally {@code BASE_URL}. An empty variable counts as unset; values are not trimmed, as a
 * password may start or end with a space.
 */
public final class EnvironmentSettings {
  public static final String CLIENT_ID = "CLIENT_ID";
  public static final String CLIENT_SECRET = "CLIENT_SECRET";
  public static final String USERNAME = "USERNAME";
  public static final String PASSWORD = "PASSWORD";
  public static final String BASE_URL = "BASE_URL";

  private final Function<String, String> environment;
  private final String prefix;
  private final boolean oauth2;

  private EnvironmentSettings(
      Function<String, String> environment, String prefix, boolean oauth2) {
    this.environment = environment;
    this.prefix = prefix;
    this.oauth2 = oauth2;
  }

  /**
   * Reads the settings, each variable named {@code prefix} and the setting's name.
   *
   * @param required the names of the bound parameters' variables, such as {@code ACCOUNT_ID}
   * @throws IllegalStateException naming every variable missing, or both kinds of credentials
   *     when variables of both are set
   */
  public static EnvironmentSettings read(
      Function<String, String> environment, String prefix, String... required) {
    Objects.requireNonNull(environment, "environment == null");
    EnvironmentSettings settings = new EnvironmentSettings(environment, prefix, false);
    boolean oauth2 = settings.isSet(CLIENT_ID) || settings.isSet(CLIENT_SECRET);
    boolean basic = settings.isSet(USERNAME) || settings.isSet(PASSWORD);
    if (oauth2 && basic) {
      throw new IllegalStateException(
          "Both "
              + settings.pair(CLIENT_ID, CLIENT_SECRET, "/")
              + " (OAuth 2.0) and "
              + settings.pair(USERNAME, PASSWORD, "/")
              + " (HTTP Basic) are set; unset one pair");
    }
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      settings.addIfMissing(name, missing);
    }
    if (oauth2 || basic) {
      List<String> pair =
          oauth2 ? Arrays.asList(CLIENT_ID, CLIENT_SECRET) : Arrays.asList(USERNAME, PASSWORD);
      for (String name : pair) {
        settings.addIfMissing(name, missing);
      }
    } else {
      missing.add(
          settings.pair(CLIENT_ID, CLIENT_SECRET, " and ")
              + " (or "
              + settings.pair(USERNAME, PASSWORD, " and ")
              + ")");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          (missing.size() == 1 && (oauth2 || basic)
                  ? "Missing environment variable: "
                  : "Missing environment variables: ")
              + String.join(", ", missing));
    }
    return new EnvironmentSettings(environment, prefix, oauth2);
  }

  /** Whether the credentials are OAuth 2.0 client credentials rather than HTTP Basic. */
  public boolean oauth2() {
    return oauth2;
  }

  /** The value of a variable that {@link #read} found set. */
  public String value(String name) {
    String value = optional(name);
    if (value == null) {
      throw new IllegalStateException("Missing environment variable: " + prefix + name);
    }
    return value;
  }

  /** The value of the variable {@code name}, or null if it is unset or empty. */
  public @Nullable String optional(String name) {
    String value = environment.apply(prefix + name);
    return value == null || value.isEmpty() ? null : value;
  }

  private boolean isSet(String name) {
    return optional(name) != null;
  }

  private void addIfMissing(String name, List<String> missing) {
    if (!isSet(name)) {
      missing.add(prefix + name);
    }
  }

  private String pair(String first, String second, String separator) {
    return prefix + first + separator + prefix + second;
  }
}
