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
import java.util.Map;
import java.util.Set;
import java.time.LocalDate;
import java.time.ZoneId;
import org.lianqin.devenv.DataGenerator;

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
        DataGenerator.Spec spec = new DataGenerator.Spec(Integer.getInteger("benchmark.offices", 100),
                Long.getLong("benchmark.cases", 1_000_000L), Long.getLong("benchmark.largest", 100_000L), 2026L,
                LocalDate.now(ZoneId.of("Asia/Shanghai")));
        String jdbc = System.getProperty("lianqin.it.jdbc-url");
        long generated = DataGenerator.withToken(jdbc, "root", "", token -> new DataGenerator(jdbc, "root", "",
                EarDeployment.url("/admin/api/v1"), token, System.out::println).generate(spec));
        List<DataGenerator.Office> offices = DataGenerator.offices(spec);
        DataGenerator.Office largest = offices.get(0);
        String office = largest.code();

        HttpResponse<String> created = new PublicApi().postJson("/api/v1/offices/" + office + "/reports", report(largest));
        assertEquals(201, created.statusCode(), created.body());
        String track = "{\"number\":\"" + PublicApi.field(created.body(), "number") + "\",\"code\":\""
                + PublicApi.field(created.body(), "accessCode") + "\"}";
        long cases = PublicApi.rows("case_file");
        long inOffice = PublicApi.rows("case_file WHERE tenant_id = '" + office + "'");
        String open311 = open311ListOf(office, 50);

        IntFunction<HttpRequest> ceiling = i -> get("/bare/ping");
        List<String[]> rows = new ArrayList<>();
        rows.add(measure("POST /api/v1/offices/{office}/reports (JSON, durable), one office", i -> post("/api/v1/offices/" + office + "/reports", report(largest)), 201, ceiling));
        List<DataGenerator.Office> ten = offices.subList(0, Math.min(10, offices.size()));
        rows.add(measure("POST /api/v1/offices/{office}/reports (JSON, durable), ten offices in turn", i -> {
            DataGenerator.Office o = ten.get(i % ten.size());
            return post("/api/v1/offices/" + o.code() + "/reports", report(o));
        }, 201, ceiling));
        rows.add(measure("POST /api/v1/track", i -> post("/api/v1/track", track), 200, ceiling));
        rows.add(measure("GET /o/{office} (office page)", i -> get("/o/" + office), 200, ceiling));
        rows.add(measure("GET /api/v1/offices/{office}/cases (public list, first 20)", i -> get("/api/v1/offices/" + office + "/cases"), 200, ceiling));
        rows.add(measure("GET /open311/v2/requests.json (" + open311.substring(0, open311.indexOf('|')) + " requests)",
                i -> get(open311.substring(open311.indexOf('|') + 1)), 200, ceiling));
        double inserts = singleRowInsertsPerSecond();
        Heap heapNow = Heap.of(Heap.payaraPid());
        long heap = heapNow.liveBytes();
        List<String> heapTop = heapNow.largest(8);
        Map<Integer, Long> overLimit = oneClientOverTheLimit(office, largest);

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d concurrent clients, %d s per run after %d s of warm-up each; %,d cases in the database (%,d generated in %d"
                        + " street offices), %,d of them in %s, the office measured.%n%n",
                CONNECTIONS, SECONDS, WARM_UP_SECONDS, cases, generated, offices.size(), inOffice, office));
        table.append("| path | throughput /s | p99 ms | errors | bare JAX-RS GET /s (same run) | its p99 ms | ratio |\n|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> table.append("| ").append(String.join(" | ", r)).append(" |\n"));
        table.append(String.format(Locale.ROOT, "%nMariaDB's own durable single-row inserts (autocommit, one connection per client, %d clients): %,.0f /s;"
                + " reports from one office / inserts: %.3f.%n", CONNECTIONS, inserts,
                Double.parseDouble(rows.get(0)[1].replace(",", "")) / inserts));
        table.append(String.format(Locale.ROOT, "Live heap after these runs (after a full collection): %,d KiB. Its largest classes:%n%n", heap / 1024));
        table.append("| instances | KiB | class |\n|---|---|---|\n");
        heapTop.forEach(l -> table.append(l).append('\n'));
        table.append('\n');
        table.append(String.format(Locale.ROOT, "One client over its limit (%d reports from one address): %s.%n",
                overLimit.values().stream().mapToLong(Long::longValue).sum(), overLimit));
        System.out.println(table);
        Files.writeString(Path.of("target", "load-benchmark.md"), table.toString());
        assertEquals(Set.of(201, 429), overLimit.keySet(), "a client over its limit gets 429s, never a 5xx: " + overLimit);
    }

    /**
     * The Open311 list of the office over a window that holds about {@code wanted} public requests (a
     * month ago, widened an hour at a time): "count|path".
     */
    private String open311ListOf(String office, int wanted) throws Exception {
        java.time.Instant end = java.time.Instant.now().minus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (int hours = 1; hours <= 24 * 60; hours += Math.max(1, hours / 4)) {
            String path = "/open311/v2/requests.json?jurisdiction_id=" + office + "&start_date=" + end.minus(Duration.ofHours(hours))
                    + "&end_date=" + end;
            String body = http.send(get(path), HttpResponse.BodyHandlers.ofString()).body();
            int found = body.split("\"service_request_id\"", -1).length - 1;
            if (found >= wanted) {
                return found + "|" + path;
            }
        }
        throw new IllegalStateException("No window of up to 60 days holds " + wanted + " public requests of " + office);
    }

    /** The same client address sending 40 reports: 10 are taken in the window, the rest must be 429s. */
    private Map<Integer, Long> oneClientOverTheLimit(String office, DataGenerator.Office o) throws Exception {
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        String address = "198.19.255." + (1 + (int) (System.nanoTime() % 250));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sent.add(pool.submit(() -> http.send(HttpRequest.newBuilder(EarDeployment.url("/api/v1/offices/" + office + "/reports"))
                    .timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(report(o), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (Future<Integer> f : sent) {
            statuses.merge(f.get(), 1L, Long::sum);
        }
        pool.shutdown();
        return statuses;
    }

    /** MariaDB's durable single-row insert rate on the same database: {@value #CONNECTIONS} clients for {@value #SECONDS} s. */
    private static double singleRowInsertsPerSecond() throws Exception {
        String url = System.getProperty("lianqin.it.jdbc-url");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(100)) ENGINE=InnoDB");
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        List<Future<Long>> workers = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            workers.add(pool.submit(() -> {
                long n = 0;
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "root", "");
                     java.sql.PreparedStatement p = c.prepareStatement("INSERT INTO bench_insert (v) VALUES (?)")) {
                    while (System.nanoTime() < end) {
                        p.setString(1, "负载测试");
                        p.executeUpdate();
                        n++;
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : workers) {
            total += f.get();
        }
        pool.shutdown();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "root", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_insert");
        }
        return total / (double) SECONDS;
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

    /** A report in the middle of the office's first grids. */
    private static String report(DataGenerator.Office o) {
        return String.format(Locale.ROOT, "{\"category\":\"0104\",\"description\":\"负载测试：门口有流动摊贩\",\"address\":\"龙华西路 100 号\","
                + "\"longitude\":%.6f,\"latitude\":%.6f}", o.west() + 0.006, o.south() + 0.006);
    }
}
