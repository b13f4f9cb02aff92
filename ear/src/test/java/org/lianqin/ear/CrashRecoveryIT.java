package org.lianqin.ear;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lianqin.devenv.Database;
import org.lianqin.devenv.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a power cut and a database restart do to residents' reports (the {@code crash} profile, which
 * {@code .ci/run} runs). A domain of its own ({@code lianqin-crash}) on an embedded MariaDB of its own,
 * so that both can be killed: residents submit with idempotency keys at a steady rate while
 * <ol>
 *   <li>the server is killed with SIGKILL and started again — every acknowledged key must then exist
 *       exactly once, under the number it was acknowledged with, with its timeline; retrying the keys
 *       whose answer never came files each at most once;</li>
 *   <li>the database is stopped for a few seconds and started again — the application must come back
 *       by itself, and what it refused meanwhile it refused with 503 and Retry-After, never a 500.</li>
 * </ol>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int PORT_BASE = 29000;
    private static final int DB_PORT = 29306;
    private static final String REPORTS = "/api/v1/offices/fenglin/reports";
    /** Submissions per second, all clients together. */
    private static final int RATE = 8;

    private static Environment env;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Key → the number the server acknowledged for it. */
    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Keys sent whose answer never came (the connection broke, the server was gone). */
    private final Map<String, Boolean> unanswered = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    /** Answers while the killed server started again, before its application was loaded (see the test). */
    private final Map<Integer, AtomicInteger> whileStarting = new ConcurrentHashMap<>();
    private volatile boolean starting;
    private final AtomicInteger retryAfterMissing = new AtomicInteger();

    @BeforeAll
    static void start() {
        Path payara = Path.of(System.getProperty("lianqin.payara.home"));
        env = Environment.start(payara, "lianqin-crash", PORT_BASE,
                Optional.of(Path.of("target", "crash-mariadb").toAbsolutePath()), DB_PORT,
                new Database("127.0.0.1", DB_PORT, "lianqin_crash", "root", ""), true,
                Map.of("lianqin.demo-data", "true", "lianqin.trusted-proxies", "127.0.0.1"));
        env.domain().deploy(Path.of(System.getProperty("lianqin.ear")), "lianqin");
        env.domain().awaitOk("/api/v1/offices", Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    @Order(1)
    void noAcknowledgedReportIsLostWhenTheServerIsKilled() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = startLoad(running);
        Thread.sleep(8_000);
        starting = true;
        env.domain().kill();
        Thread.sleep(2_000);
        env.domain().start();
        env.domain().awaitOk("/api/v1/offices", Duration.ofMinutes(3));
        starting = false;
        Thread.sleep(5_000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES));

        int lost = 0;
        List<String> problems = new ArrayList<>();
        try (Connection db = connect()) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                List<String> numbers = numbersOf(db, ack.getKey());
                if (numbers.size() != 1 || !numbers.get(0).equals(ack.getValue())) {
                    lost++;
                    problems.add(ack.getKey() + " acknowledged as " + ack.getValue() + ", stored as " + numbers);
                } else if (events(db, ack.getValue()) < 1) {
                    lost++;
                    problems.add(ack.getValue() + " has no timeline");
                }
            }
            // a resident whose answer never came retries: at most one case per key, whatever happened
            for (String key : unanswered.keySet()) {
                HttpResponse<String> retry = submit(key);
                assertTrue(retry.statusCode() == 201 || retry.statusCode() == 200, retry.statusCode() + " " + retry.body());
                List<String> numbers = numbersOf(db, key);
                assertEquals(1, numbers.size(), key + " filed " + numbers);
                assertEquals(numbers.get(0), PublicApi.field(retry.body(), "number"));
            }
        }
        System.out.printf("CrashRecoveryIT (SIGKILL): acknowledged=%d, unanswered then retried=%d, "
                + "acknowledged submissions lost after SIGKILL=%d, answers=%s, while the server was starting=%s%n",
                acknowledged.size(), unanswered.size(), lost, statuses, whileStarting);
        assertTrue(acknowledged.size() > 20, "the load ran: " + acknowledged.size());
        assertEquals(0, lost, String.join("\n", problems));
        // Payara opens its HTTP listener before it has loaded the application again: meanwhile it answers
        // 404, and 500 with an empty body, on its own (docs/security.md, known gaps; a load balancer routes
        // by /health/ready). Once the application answers, nothing may be a 500.
        assertEquals(0, count(500), "no 500 answers from the application: " + statuses);
    }

    @Test
    @Order(2)
    void theApplicationRecoversFromADatabaseRestartAndRefusesCleanlyMeanwhile() throws Exception {
        acknowledged.clear();
        statuses.clear();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = startLoad(running);
        Thread.sleep(4_000);
        env.restartEmbeddedDatabase(Duration.ofSeconds(20));   // longer than the pool waits for a connection
        Instant restarted = Instant.now();
        int before = acknowledged.size();
        Instant recovered = null;
        while (recovered == null && Duration.between(restarted, Instant.now()).toSeconds() < 90) {
            Thread.sleep(500);
            if (acknowledged.size() > before + 3) {
                recovered = Instant.now();
            }
        }
        Thread.sleep(3_000);
        running.set(false);
        load.shutdown();
        assertTrue(load.awaitTermination(2, TimeUnit.MINUTES));

        int lost = 0;
        try (Connection db = connect()) {
            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                List<String> numbers = numbersOf(db, ack.getKey());
                lost += numbers.equals(List.of(ack.getValue())) ? 0 : 1;
            }
        }
        Instant up = recovered;
        System.out.printf("CrashRecoveryIT (database restart): answers=%s, 503 without Retry-After=%d, "
                + "recovered %s after the database came back, acknowledged lost=%d%n", statuses, retryAfterMissing.get(),
                up == null ? "never" : Duration.between(restarted, up).toMillis() + " ms", lost);
        assertTrue(recovered != null, "the application serves again without a restart of its own");
        assertEquals(0, count(500), "no 500 while the database was away: " + statuses);
        assertTrue(count(503) > 0, "the outage was seen and refused cleanly: " + statuses);
        assertEquals(0, retryAfterMissing.get(), "every 503 says when to retry");
        assertEquals(0, lost);
    }

    /** Residents at {@link #RATE} per second, each report with a new key and from a new address. */
    private ExecutorService startLoad(AtomicBoolean running) {
        ExecutorService pool = Executors.newFixedThreadPool(RATE);
        for (int t = 0; t < RATE; t++) {
            pool.submit(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    String key = "crash-" + UUID.randomUUID();
                    try {
                        HttpResponse<String> r = submit(key);
                        (starting ? whileStarting : statuses).computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 201 || r.statusCode() == 200) {
                            acknowledged.put(key, PublicApi.field(r.body(), "number"));
                        } else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                            retryAfterMissing.incrementAndGet();
                        } else if (r.statusCode() >= 500 && r.statusCode() != 503 && !starting) {
                            System.out.println("CrashRecoveryIT: " + r.statusCode() + " " + r.body());
                        }
                    } catch (IOException e) {
                        unanswered.put(key, true);
                    }
                    long slept = Duration.ofNanos(System.nanoTime() - started).toMillis();
                    Thread.sleep(Math.max(0, 1000 - slept));
                }
                return null;
            });
        }
        return pool;
    }

    private static HttpResponse<String> submit(String key) throws IOException, InterruptedException {
        String body = "{\"category\":\"0104\",\"description\":\"断电测试 " + key + "\",\"address\":\"枫林路 100 号\","
                + "\"longitude\":121.4505,\"latitude\":31.1905}";
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + env.domain().httpPort() + REPORTS))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .header("X-Forwarded-For", "203.0.113." + (key.hashCode() & 0xFF) + "-" + key)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int count(int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(env.database().jdbcUrl(), "root", "");
    }

    private static List<String> numbersOf(Connection db, String key) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT number FROM case_file WHERE idempotency_key = ?")) {
            q.setString(1, key);
            List<String> numbers = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    numbers.add(r.getString(1));
                }
            }
            return numbers;
        }
    }

    private static int events(Connection db, String number) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT COUNT(*) FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE c.number = ?")) {
            q.setString(1, number);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
