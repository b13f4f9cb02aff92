package org.lianqin.ear;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's OpenAPI document, as the generated suites read it: fetched as JSON (Payara answers
 * {@code Accept: application/json}, or {@code ?format=JSON}), parsed with JSON-P (Parsson) and handed
 * over as plain maps, lists and strings (numbers and literals as their text).
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The document, or an exception saying why there is none. */
    static Map<?, ?> fetch(HttpClient http) throws IOException, InterruptedException {
        for (String path : List.of("/openapi", "/openapi?format=JSON")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(EarDeployment.url(path))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() == 200 && r.body().stripLeading().startsWith("{")) {
                try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
                    return (Map<?, ?>) plain(reader.readObject());
                }
            }
        }
        throw new IllegalStateException("GET /openapi gives no JSON document (Accept: application/json, ?format=JSON)");
    }

    private static Object plain(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.forEach(v -> list.add(plain(v)));
            return list;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
