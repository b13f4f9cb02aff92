package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.devenv.DataGenerator;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The measures and the work report at a million cases: the generator's data set (100 street offices,
 * 100,000 cases in the largest), measured by the backfill, then one client asking in turn — a street
 * office's year measures (同比, 环比), a month's, the district's year across all offices, the year's work
 * report as PDF — each beside the bare JAX-RS GET of the same Payara in the same run. Times are each
 * request's whole round trip. Writes target/measures-benchmark.md.
 */
@ExtendWith(ArquillianExtension.class)
class MeasuresBenchmark {

    private static final int RUNS = 30;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.withBareEndpoint();
    }

    @Test
    void yearMeasuresAndTheWorkReportAtAMillionCases() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DataGenerator.Spec spec = new DataGenerator.Spec(Integer.getInteger("benchmark.offices", 100),
                Long.getLong("benchmark.cases", 1_000_000L), Long.getLong("benchmark.largest", 100_000L), 2026L, today);
        String jdbc = System.getProperty("lianqin.it.jdbc-url");
        long start = System.nanoTime();
        long generated = DataGenerator.withToken(jdbc, "root", "", token -> new DataGenerator(jdbc, "root", "",
                EarDeployment.url("/admin/api/v1"), token, System.out::println).generate(spec));
        double generating = (System.nanoTime() - start) / 1e9;
        String office = DataGenerator.offices(spec).get(0).code();
        start = System.nanoTime();
        long cases = PublicApi.rows("case_file");
        for (int i = 0; i < 360 && PublicApi.rows("case_measure") < cases; i++) {
            Thread.sleep(5_000);
        }
        double measuring = (System.nanoTime() - start) / 1e9;
        assertEquals(cases, PublicApi.rows("case_measure"), "the backfill measured every case within half an hour");
        long inOffice = PublicApi.rows("case_file WHERE tenant_id = '" + office + "'");
        String year = "period=YEAR&day=" + today.minusMonths(6).withDayOfYear(1);
        String month = "period=MONTH&day=" + today.minusMonths(2);

        List<String> rows = DataGenerator.withToken(jdbc, "root", "", token -> {
            List<String> r = new ArrayList<>();
            r.add(row("GET /admin/api/v1/offices/{office}/measures?" + year + " (the year, 同比, 环比)",
                    times("/admin/api/v1/offices/" + office + "/measures?" + year, token, RUNS, "application/json")));
            r.add(row("GET /admin/api/v1/offices/{office}/measures?" + month,
                    times("/admin/api/v1/offices/" + office + "/measures?" + month, token, RUNS, "application/json")));
            r.add(row("GET /admin/api/v1/offices/{office}/work-report?" + year + " (PDF)",
                    times("/admin/api/v1/offices/" + office + "/work-report?" + year, token, 10, "application/pdf")));
            r.add(row("GET /admin/api/v1/measures?" + year + " (all " + spec.offices() + " offices)",
                    times("/admin/api/v1/measures?" + year, token, 5, "application/json")));
            r.add(row("GET /bare/ping (bare JAX-RS, same Payara)", times("/bare/ping", null, RUNS, null)));
            return r;
        });
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%,d cases in the database (%,d generated in %d street offices in %.0f s), %,d of them in %s, the office measured;"
                        + " the backfill measured them all %.0f s after the generator finished. One client, requests in turn.%n%n",
                cases, generated, spec.offices(), generating, inOffice, office, measuring));
        table.append("| request | runs | median ms | p90 ms | max ms |\n|---|---|---|---|---|\n");
        rows.forEach(table::append);
        System.out.println(table);
        Files.writeString(Path.of("target", "measures-benchmark.md"), table.toString());
    }

    /** Milliseconds of each run after two warm-ups, sorted; every answer must be a 200 of the type. */
    private double[] times(String path, String token, int runs, String type) throws Exception {
        double[] ms = new double[runs];
        for (int i = -2; i < runs; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(EarDeployment.url(path)).timeout(Duration.ofSeconds(60)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long t = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            double took = (System.nanoTime() - t) / 1e6;
            assertEquals(200, answer.statusCode(), path + ": " + new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
            if (type != null) {
                assertEquals(type, answer.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
            }
            if (i >= 0) {
                ms[i] = took;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static String row(String what, double[] ms) {
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", what, ms.length,
                ms[(int) Math.ceil(0.5 * ms.length) - 1], ms[(int) Math.ceil(0.9 * ms.length) - 1], ms[ms.length - 1]);
    }
}
