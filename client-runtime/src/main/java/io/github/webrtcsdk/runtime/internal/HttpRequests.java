package io.github.webrtcsdk.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Builds the services' OkHttp requests, byte for byte as Retrofit builds them from the interfaces
 * of the api package, without Retrofit's reflection on the call path.
 *
 * <p>A path parameter is percent-encoded whole, as one segment: {@code a/b?c=d#e f} becomes
 * {@code a%2Fb%3Fc=d%23e%20f} and {@code %2F} becomes {@code %252F}. The path is resolved against
 * the base URL, or against the operation's own server when the caller did not set a base URL.
 * Query parameters are added in order with {@link HttpUrl.Builder#addQueryParameter}, null values
 * left out; headers in order, the operation's fixed ones first; JSON bodies are sent as
 * {@code application/json; charset=UTF-8}, and a {@code POST}, {@code PUT} or {@code PATCH}
 * without a body sends an empty one. Thread safe; each {@link Builder} makes one request.
 */
public final class HttpRequests {
  // What Retrofit's @Path encodes besides controls, non-ASCII, '/' and '%'.
  private static final String PATH_SEGMENT_ALWAYS_ENCODE_SET = " \"<>^`{}|\\?#";
  private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();
  /** The ASCII characters a path segment encodes: a table, as this runs for every character. */
  private static final boolean[] ENCODED_ASCII = new boolean[0x7f];

  static {
    for (char c = 0; c < 0x20; c++) {
      ENCODED_ASCII[c] = true;
    }
    for (char c : (PATH_SEGMENT_ALWAYS_ENCODE_SET + "/%").toCharArray()) {
      ENCODED_ASCII[c] = true;
    }
  }

  private final HttpUrl baseUrl;
  private final boolean baseTakesSegments;
  private final boolean operationServers;

  /**
   * @param baseUrl the client's base URL, ending with {@code /}
   * @param operationServers whether operations that have a server of their own are sent there:
   *     true unless the caller chose the base URL (a test server, a proxy), which then wins
   */
  public HttpRequests(HttpUrl baseUrl, boolean operationServers) {
    this.baseUrl = baseUrl;
    this.baseTakesSegments = takesSegments(baseUrl);
    this.operationServers = operationServers;
  }

  /** Starts a request whose path is relative to the base URL. */
  public Builder newBuilder(String method) {
    return start(method, null);
  }

  /** Starts a request for an operation that the API serves from {@code server}. */
  public Builder newBuilder(String method, HttpUrl server) {
    return start(method, server);
  }

  /** Starts a request whose path continues {@code prefix}, the operation's constant start. */
  public Builder newBuilder(String method, Prefix prefix) {
    return new Builder(method, prefix.url, prefix.takesSegments, true);
  }

  /** Starts a {@link Prefix} relative to the base URL. */
  public Builder newPrefix() {
    return start(null, null);
  }

  /** Starts a {@link Prefix} for operations that the API serves from {@code server}. */
  public Builder newPrefix(HttpUrl server) {
    return start(null, server);
  }

  /** A request, or a prefix when {@code method} is null, on the server it is sent to. */
  private Builder start(@Nullable String method, @Nullable HttpUrl server) {
    return server != null && operationServers
        ? new Builder(method, server, takesSegments(server), false)
        : new Builder(method, baseUrl, baseTakesSegments, false);
  }

  /**
   * Whether a relative path resolves against {@code base} by appending segments: its path ends
   * with a slash, and it has no query or fragment, which resolution would drop.
   */
  private static boolean takesSegments(HttpUrl base) {
    return base.encodedQuery() == null
        && base.encodedFragment() == null
        && base.encodedPath().endsWith("/");
  }

  /** A JSON body: {@code value} as {@code adapter} writes it, read-only properties left out. */
  public static <T> RequestBody json(JsonAdapter<T> adapter, T value) {
    Buffer buffer = new Buffer();
    try {
      adapter.toJson(JsonWriters.forRequestBody(JsonWriter.of(buffer)), value);
    } catch (IOException e) {
      throw new IllegalArgumentException("Unable to write the request body", e); // Not to a Buffer.
    }
    return RequestBody.create(buffer.readByteString(), Bodies.JSON);
  }

  /** Made on the first call that sends a body: a GET loads no {@link RequestBody}. */
  private static final class Bodies {
    static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    static final RequestBody EMPTY = RequestBody.create(new byte[0]);
  }

  /**
   * The leading segments of an operation's path that are the same on every call of a client (its
   * constant text and the parameters the client binds), resolved once against the base URL or the
   * operation's server: each call then appends only its own arguments, instead of building the
   * whole URL again. Made with {@link Builder#prefix()}.
   */
  public static final class Prefix {
    private final HttpUrl url;
    private final boolean takesSegments;

    private Prefix(HttpUrl url) {
      this.url = url;
      this.takesSegments = takesSegments(url);
    }
  }

  /**
   * One request, or one {@link Prefix}: path pieces first, then headers, query parameters and body
   * in any order.
   */
  public static final class Builder {
    /** Null for a prefix, which is no request. */
    private final @Nullable String method;
    private final HttpUrl base;
    private final boolean baseTakesSegments;
    /** Whether {@link #base} is a {@link Prefix}: the path continues one. */
    private final boolean afterPrefix;
    private final StringBuilder path = new StringBuilder(96); // This API's longest path fits.
    private HttpUrl.@Nullable Builder url;
    /** Takes the headers as they come; the URL and body are set by {@link #build()}. */
    private final Request.Builder request = new Request.Builder();
    private @Nullable RequestBody body;
    private boolean pathParams;

    private Builder(
        @Nullable String method, HttpUrl base, boolean baseTakesSegments, boolean afterPrefix) {
      this.method = method;
      this.base = base;
      this.baseTakesSegments = baseTakesSegments;
      this.afterPrefix = afterPrefix;
    }

    /** Appends a piece of the path as the API document writes it, relative to the base URL. */
    public Builder path(String piece) {
      path.append(piece);
      return this;
    }

    /** Appends the text of a path parameter, percent-encoded as one segment. */
    public Builder pathParam(Object value) {
      encodePathSegment(path, value.toString());
      pathParams = true;
      return this;
    }

    /** Adds a header, unless {@code value} is null. */
    public Builder header(String name, @Nullable Object value) {
      if (value != null) {
        request.addHeader(name, value.toString());
      }
      return this;
    }

    /** Adds a query parameter, percent-encoded, unless {@code value} is null. */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        url().addQueryParameter(name, value.toString());
      }
      return this;
    }

    /** Adds a query parameter per value, for an exploded array; null values are left out. */
    public Builder queryEach(String name, @Nullable Iterable<?> values) {
      if (values != null) {
        for (Object value : values) {
          query(name, value);
        }
      }
      return this;
    }

    /** Adds a query parameter whose value is already percent-encoded, unless it is null. */
    public Builder encodedQuery(String name, @Nullable String value) {
      if (value != null) {
        url().addEncodedQueryParameter(name, value);
      }
      return this;
    }

    /** Sets the body. */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /** Sends an empty body, for a {@code POST}, {@code PUT} or {@code PATCH} without one. */
    public Builder emptyBody() {
      this.body = Bodies.EMPTY;
      return this;
    }

    /**
     * Returns the path so far, resolved, to start this operation's requests from; the builder is
     * not to be used again.
     */
    public Prefix prefix() {
      if (method != null || url != null) {
        throw new IllegalStateException("Not a prefix: a request, or a path with a query");
      }
      return new Prefix(resolve().build());
    }

    /** Returns the request; the builder is not to be used again. */
    public Request build() {
      if (method == null) {
        throw new IllegalStateException("A prefix is not a request");
      }
      HttpUrl built;
      if (url != null) {
        built = url.build();
      } else if (path.length() == 0 && base.encodedFragment() == null) {
        built = base; // A whole path that is its prefix: resolving "" only drops a fragment.
      } else {
        built = resolve().build();
      }
      return request.url(built).method(method, body).build();
    }

    /** The URL so far: made from the path when the first query parameter is added. */
    private HttpUrl.Builder url() {
      if (url == null) {
        url = resolve();
      }
      return url;
    }

    private HttpUrl.Builder resolve() {
      String relative = path.toString();
      if (pathParams) {
        checkNoDotSegment(relative);
      }
      if (relative.isEmpty() && base.encodedFragment() == null) {
        return base.newBuilder(); // What resolving "" gives.
      }
      if (baseTakesSegments && isPlainRelativePath(relative, afterPrefix)) {
        // What resolving the reference gives, without parsing it as a URL: a fifth faster.
        return base.newBuilder().addEncodedPathSegments(relative);
      }
      HttpUrl.Builder resolved = base.newBuilder(relative);
      if (resolved == null) {
        throw new IllegalArgumentException(
            "Malformed URL. Base: " + base + ", Relative: " + relative);
      }
      return resolved;
    }
  }

  /**
   * Whether {@code relative} is a plain relative path: no leading slash, no query, no fragment, and
   * no scheme, which a colon in its first segment could start; a path after a prefix has no first
   * segment, so its colons are plain characters there. Its segments are already encoded, and dot
   * segments were rejected before.
   */
  private static boolean isPlainRelativePath(String relative, boolean afterPrefix) {
    if (relative.isEmpty() || relative.charAt(0) == '/') {
      return false;
    }
    boolean firstSegment = !afterPrefix;
    for (int i = 0; i < relative.length(); i++) {
      char c = relative.charAt(i);
      if (c == '?' || c == '#' || c == '\\' || (c == ':' && firstSegment)) {
        return false;
      }
      if (c == '/') {
        firstSegment = false;
      }
    }
    return true;
  }

  /**
   * Appends {@code value} with controls, non-ASCII, {@code /}, {@code %} and the characters that
   * URLs reserve percent-encoded as UTF-8: Retrofit's {@code @Path} encoding.
   */
  public static void encodePathSegment(StringBuilder out, String value) {
    int plain = 0;
    while (plain < value.length() && !needsEncoding(value.charAt(plain))) {
      plain++;
    }
    if (plain == value.length()) {
      out.append(value); // The common case: an id of letters, digits and dashes.
      return;
    }
    out.append(value, 0, plain);
    encodePathSegmentFrom(out, value, plain);
  }

  private static boolean needsEncoding(char c) {
    return c >= 0x7f || ENCODED_ASCII[c];
  }

  private static void encodePathSegmentFrom(StringBuilder out, String value, int start) {
    Buffer utf8 = null;
    int codePoint;
    for (int i = start, limit = value.length(); i < limit; i += Character.charCount(codePoint)) {
      codePoint = value.codePointAt(i);
      if (codePoint >= 0x7f || ENCODED_ASCII[codePoint]) {
        if (utf8 == null) {
          utf8 = new Buffer();
        }
        utf8.writeUtf8CodePoint(codePoint);
        for (long j = 0, size = utf8.size(); j < size; j++) {
          int b = utf8.getByte(j) & 0xff;
          out.append('%').append(HEX_DIGITS[b >> 4]).append(HEX_DIGITS[b & 0xf]);
        }
        utf8.clear();
      } else {
        out.appendCodePoint(codePoint);
      }
    }
  }

  /**
   * Rejects a path with a segment of one or two dots ({@code .}, {@code ..}, {@code %2E}), which
   * URL resolution would take for "this" or "parent", as Retrofit does.
   */
  private static void checkNoDotSegment(String path) {
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      if (isDots(path, start, end)) {
        throw new IllegalArgumentException(
            "A path parameter makes a dot segment: \"" + path.substring(start, end) + "\"");
      }
      start = end + 1;
    }
  }

  private static boolean isDots(String path, int start, int end) {
    int dots = 0;
    int i = start;
    while (i < end) {
      if (path.charAt(i) == '.') {
        i++;
      } else if (path.regionMatches(true, i, "%2e", 0, 3) && i + 3 <= end) {
        i += 3;
      } else {
        return false;
      }
      dots++;
    }
    return dots == 1 || dots == 2;
  }
}
