package org.lianqin.ear;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A script of the district's provisioning API (/admin/api/v1) for the whole-EAR tests, with the demo
 * district admin's token; and street offices to onboard: a rectangle of a boundary and a grid file of
 * rectangles laid over it.
 */
final class District {

    /** The demo district admin's published token (README). */
    static final String TOKEN = "demo-district-token";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    District() {
        this(TOKEN);
    }

    District(String token) {
        this.token = token;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(EarDeployment.url("/admin/api/v1" + path)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String polygon(double west, double south, double east, double north) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}",
                west, south, east, south, east, north, west, north, west, south);
    }

    /** A grid file of {@code columns} × {@code rows} rectangles of 0.002° from the south-west corner, coded PREFIX-01…. */
    static String gridFile(String prefix, double west, double south, int columns, int rows) {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < columns * rows; i++) {
            double w = west + (i % columns) * 0.002;
            double s = south + (i / columns) * 0.002;
            features.add(String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"code\":\"%s-%02d\",\"name\":\"第%d网格\"},\"geometry\":%s}",
                    prefix, i + 1, i + 1, polygon(w, s, w + 0.002, s + 0.002)));
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    /** An onboarding request for the street-office template, its boundary holding the grids. */
    static String onboarding(String code, String name, double west, double south, int columns, int rows, String grids) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"STREET\",\"template\":\"xuhui-street\","
                + "\"boundary\":" + polygon(west, south, west + columns * 0.002, south + rows * 0.002 + 0.004)
                + (grids == null ? "" : ",\"grids\":" + grids)
                + ",\"admin\":{\"login\":\"admin\",\"name\":\"王芳\"}}";
    }
}
