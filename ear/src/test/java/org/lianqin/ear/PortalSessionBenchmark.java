package org.lianqin.ear;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianqin.ear.pages.Board;
import org.lianqin.ear.pages.CasePage;
import org.lianqin.ear.pages.SignInView;
import org.lianqin.ear.pages.Workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a signed-in portal session costs the server: the live heap of Payara (after a full collection,
 * {@code jcmd GC.class_histogram}) with one session open, then with {@value #SESSIONS} more, each signed in
 * as a dispatcher who opened the board and a case, as a command centre's screens stay open all day.
 * One headless Chromium makes them one after another (its cookies cleared between them, so each is a new
 * session the server keeps until it times out). Not part of ./mvnw verify:
 * {@code ./mvnw verify -pl ear -Pbenchmark}; the figures are printed and written to
 * {@code ear/target/portal-session-benchmark.md}.
 */
@ExtendWith(ArquillianExtension.class)
class PortalSessionBenchmark {

    static final int SESSIONS = 200;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return EarDeployment.built();
    }

    @Test
    void heapPerSignedInPortalSession() throws Exception {
        long pid = Heap.payaraPid();
        List<Long> seconds = new ArrayList<>();
        try (Browser browser = new Browser("zh-CN", 1440, 900)) {
            openSession(browser);   // classes loaded, caches warm: the baseline holds one session
            long before = Heap.of(pid).liveBytes();
            for (int i = 0; i < SESSIONS; i++) {
                long start = System.nanoTime();
                browser.driver().manage().deleteAllCookies();
                openSession(browser);
                seconds.add((System.nanoTime() - start) / 1_000_000);
            }
            browser.driver().manage().deleteAllCookies();
            browser.open("/portal/login");   // the last UI leaves the page: its session stays on the server
            long after = Heap.of(pid).liveBytes();
            long perSession = (after - before) / SESSIONS;
            seconds.sort(Long::compare);
            String table = String.format(Locale.ROOT, """
                    | figure | value |
                    |---|---|
                    | live heap, 1 session open | %,d KiB |
                    | live heap, %d more sessions open | %,d KiB |
                    | heap per signed-in session (board and one case opened) | **%,d KiB** |
                    | time to sign in and open the board and a case, median / p95 | %,d / %,d ms |
                    """, before / 1024, SESSIONS, after / 1024, perSession / 1024,
                    seconds.get(seconds.size() / 2), seconds.get((int) (seconds.size() * 0.95)));
            System.out.println(table);
            Files.writeString(Path.of("target", "portal-session-benchmark.md"), table);
            assertTrue(after > before, "the sessions are held on the server");
        }
    }

    private static void openSession(Browser browser) {
        SignInView.open(browser, "/portal/login").signIn("dispatcher@fenglin", "demo2026");
        new Workbench(browser);
        Board.open(browser, "/portal/board").caseNumbers();
        CasePage.open(browser, "FENGLIN-2026-000003");
    }
}
