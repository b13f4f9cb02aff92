package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The public paths under load, each beside a bare JAX-RS GET deployed on the same Payara in the same run
 * (/bare/ping): {@value #CONNECTIONS} concurrent clients, each path and its ceiling warmed, then run
 * alternately for {@value #SECONDS} s each; throughput, p99, errors and the ratio to the ceiling. Each
 * request comes from a client address of its own (the test domain believes X-Forwarded-For from
 * 127.0.0.1), as a storm of residents would, so per-client limits do not stop it. The load generator is
 * Java's HttpClient on the same two cores as the server: it caps both sides alike, so compare ratios, not
 * absolute figures. Not part of ./mvnw verify:
 * {@code ./mvnw verify -pl ear -Pbenchmark -Dit.test=LoadBenchmark}; the table is printed and written to
 * {@code ear/target/load-benchmark.md}.
 */
@ExtendWith(ArquillianExtension.class)
class LoadBenchmark {

    static final int CONNECTIONS = 64;
    static final int SECONDS = 10;
    private static final int WARM_UP_SECONDS = 5;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withBareEndpoint();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();
    private final AtomicLong client = new AtomicLong();

    record Figures(long requests, long errors, long statusErrors, double perSecond, double p99ms) {
    }

    @Test
    void publicPathsAgainstABareJaxRsGet() throws Exception {
        HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/fenglin/reports", report());
        assertEquals(201, created.statusCode(), created.body());
        String track = "{\"number\":\"" + PublicApi.field(created.body(), "number") + "\",\"code\":\""
                + PublicApi.field(created.body(), "accessCode") + "\"}";
        long cases = PublicApi.rows("case_file");

        IntFunction<HttpRequest> ceiling = i -> get("/bare/ping");
        List<String[]> rows = new ArrayList<>();
        rows.add(measure("POST /api/v1/offices/{office}/reports (JSON, durable)", i -> post("/api/v1/offices/fenglin/reports", report()), 201, ceiling));
        rows.add(measure("POST /api/v1/track", i -> post("/api/v1/track", track), 200, ceiling));
        rows.add(measure("GET /o/{office} (office page)", i -> get("/o/fenglin"), 200, ceiling));
        rows.add(measure("GET /open311/v2/requests.json", i -> get("/open311/v2/requests.json?jurisdiction_id=fenglin"), 200, ceiling));

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d concurrent clients, %d s per run after %d s of warm-up each; %,d cases in the database at the start.%n%n",
                CONNECTIONS, SECONDS, WARM_UP_SECONDS, cases));
        table.append("| path | throughput /s | p99 ms | errors | bare JAX-RS GET /s (same run) | its p99 ms | ratio |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
        System.out.println(table);
        Files.writeString(Path.of("target", "load-benchmark.md"), table.toString());
    }

    private String[] measure(String label, IntFunction<HttpRequest> path, int ok, IntFunction<HttpRequest> ceiling) throws Exception {
        run(path, ok, WARM_UP_SECONDS);
        run(ceiling, 200, WARM_UP_SECONDS);
        Figures p = run(path, ok, SECONDS);
        Figures c = run(ceiling, 200, SECONDS);
        return new String[] {label, String.format(Locale.ROOT, "%,.0f", p.perSecond()), String.format(Locale.ROOT, "%.1f", p.p99ms()),
                String.valueOf(p.errors() + p.statusErrors()), String.format(Locale.ROOT, "%,.0f", c.perSecond()),
                String.format(Locale.ROOT, "%.1f", c.p99ms()), String.format(Locale.ROOT, "%.3f", p.perSecond() / c.perSecond())};
    }

    /** {@value #CONNECTIONS} clients sending one request after another for {@code seconds}. */
    private Figures run(IntFunction<HttpRequest> request, int ok, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> workers = new ArrayList<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < CONNECTIONS; w++) {
            workers.add(pool.submit(() -> {
                long done = 0;
                long failed = 0;
                long wrong = 0;
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request.apply((int) done), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != ok) {
                            wrong++;
                        }
                    } catch (Exception e) {
                        failed++;
                    }
                    mine.add(System.nanoTime() - start);
                    done++;
                }
                latencies.addAll(mine);
                return new long[] {done, failed, wrong};
            }));
        }
        long requests = 0;
        long failed = 0;
        long wrong = 0;
        for (Future<long[]> f : workers) {
            long[] r = f.get();
            requests += r[0];
            failed += r[1];
            wrong += r[2];
        }
        pool.shutdown();
        List<Long> sorted = latencies.stream().sorted().toList();
        double p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(0.99 * sorted.size()) - 1)) / 1e6;
        return new Figures(requests, failed, wrong, requests / (double) seconds, p99);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(EarDeployment.url(path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", nextClient()).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(EarDeployment.url(path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", nextClient()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** A client address of its own for each request (198.18.0.0/15, the benchmarking range). */
    private String nextClient() {
        long n = client.incrementAndGet();
        return "198.18." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private static String report() {
        return "{\"category\":\"0104\",\"description\":\"负载测试：门口有流动摊贩\",\"address\":\"枫林路 100 号\","
                + "\"longitude\":121.4505,\"latitude\":31.1905}";
    }
}
