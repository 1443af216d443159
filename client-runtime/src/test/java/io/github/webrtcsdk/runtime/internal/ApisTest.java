package io.github.webrtcsdk.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.PUT;
import retrofit2.http.Path;

final class ApisTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.test/v1/");
  private static final HttpUrl SERVER = HttpUrl.get("https://media.example.test/v3/");

  interface ThingsApi {
    @PUT("things/{id}")
    Call<Void> putThing(@Path("id") String id, @Body Map<String, Object> body);
  }

  @Test
  void retrofitBuildsTheRequestWithTheJsonConverter() throws IOException {
    Request request =
        apis(false)
            .create(ThingsApi.class)
            .putThing("a/b", Collections.singletonMap("n", 1))
            .request();

    assertEquals("https://api.example.test/v1/things/a%2Fb", request.url().toString());
    assertEquals("application/json; charset=UTF-8", String.valueOf(request.body().contentType()));
    Buffer body = new Buffer();
    request.body().writeTo(body);
    assertEquals("{\"n\":1}", body.readUtf8());
  }

  @Test
  void anOperationServerIsTheBaseUrlUnlessTheCallerChoseOne() {
    Map<String, Object> body = Collections.emptyMap();
    assertEquals(
        "https://media.example.test/v3/things/x",
        apis(true).create(ThingsApi.class, SERVER).putThing("x", body).request().url().toString());
    assertEquals(
        "https://api.example.test/v1/things/x",
        apis(false).create(ThingsApi.class, SERVER).putThing("x", body).request().url().toString());
  }

  private static Apis apis(boolean operationServers) {
    return new Apis(BASE, (type, annotations, moshi) -> null, operationServers);
  }
}
