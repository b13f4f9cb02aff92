package org.lianqin.ear;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client of the residents' JSON API for the whole-EAR tests: each instance is one resident (its own
 * X-Forwarded-For, which the test domain believes from 127.0.0.1), so rate limits count per test.
 */
final class PublicApi {

    final String client;

    PublicApi() {
        this("198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID());
    }

    /** A resident who comes as this client (the X-Forwarded-For the test domain believes). */
    PublicApi(String client) {
        this.client = client;
    }
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(EarDeployment.url(path)).GET(), null);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url(path)).GET();
        headers.forEach(b::header);
        return send(b, null);
    }

    HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url(path)).header("X-Forwarded-For", client);
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    HttpResponse<String> postJson(String path, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return send(b, null);
    }

    HttpResponse<String> postUrlEncoded(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return postUrlEncoded(path, fields, Map.of());
    }

    HttpResponse<String> postUrlEncoded(String path, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b, null);
    }

    /** multipart/form-data with text fields and files (field name, file name, bytes). */
    HttpResponse<String> postForm(String path, Map<String, String> fields, Object[]... files)
            throws IOException, InterruptedException {
        String boundary = "----lianqin" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Object[] file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0]
                    + "\"; filename=\"" + file[1] + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) file[2]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(EarDeployment.url(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), null);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String ignored) throws IOException, InterruptedException {
        return http.send(b.header("X-Forwarded-For", client).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Plays the command centre and the unit through core's services (the test-only /it-support module). */
    String staff(String office, String action, String number, String text) throws IOException, InterruptedException {
        String form = "office=" + office + "&action=" + action + "&number=" + number + "&text="
                + java.net.URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(EarDeployment.url("/it-support/drive"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("it-support answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** A string field of a flat JSON answer (enough for these tests; the shapes are checked elsewhere). */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1).strip();
    }

    /** Rows in the IT database's table, to show that a refused request stored nothing. */
    static long rows(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("lianqin.it.jdbc-url"), "root", "");
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    static URI uri(String path) {
        return EarDeployment.url(path);
    }
}
