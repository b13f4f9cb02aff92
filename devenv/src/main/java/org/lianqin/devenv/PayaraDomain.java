package org.lianqin.devenv;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Payara Server domain driven through {@code asadmin}: created on first use with its ports derived
 * from a port base (admin = base + 48, HTTP = base + 80), the MariaDB driver in its {@code lib/}, the
 * application's JDBC pool pointed at a {@link Database}, and the EAR deployed.
 */
public final class PayaraDomain {

    private static final Logger LOG = Logger.getLogger(PayaraDomain.class.getName());
    /** The JNDI name the application's persistence unit uses. */
    public static final String JDBC_RESOURCE = "jdbc/lianqin";
    private static final String POOL = "lianqin-pool";

    private final Path payaraHome;
    private final String name;
    private final int portBase;

    public PayaraDomain(Path payaraHome, String name, int portBase) {
        if (!Files.isExecutable(payaraHome.resolve("bin/asadmin"))) {
            throw new IllegalStateException("No Payara Server at " + payaraHome
                    + ": build first (./mvnw install -DskipTests), which unpacks it there.");
        }
        this.payaraHome = payaraHome;
        this.name = name;
        this.portBase = portBase;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public int httpPort() {
        return portBase + 80;
    }

    private Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(name);
    }

    public boolean isRunning() {
        return Database.answers("127.0.0.1", adminPort());
    }

    /**
     * Creates the domain when it does not exist, gives it enough heap, hardens its listeners (see
     * {@link #harden}) and installs the JDBC driver. Run while the domain is stopped.
     */
    public void ensureCreated(Path jdbcDriverJar) {
        if (!Files.isDirectory(domainDir())) {
            asadmin(List.of("create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), name));
        }
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
            String hardened = harden(tune(xml.replace("<jvm-options>-Xmx512m</jvm-options>", "<jvm-options>-Xmx1536m</jvm-options>")));
            if (!hardened.equals(xml)) {
                Files.writeString(domainXml, hardened, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot adjust " + domainXml, e);
        }
        try {
            Path lib = Files.createDirectories(domainDir().resolve("lib"));
            Files.copy(jdbcDriverJar, lib.resolve("mariadb-java-client.jar"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot install the MariaDB driver into " + name, e);
        }
    }

    /**
     * The HTTP worker threads: Payara's default of 5 left a durable report waiting for its commit while
     * the processor idled (issue 13: 200 → 336 reports/s with 32 on two cores). As many as the JDBC pool
     * has connections, so a request that got a thread also gets a connection. Applying it twice changes
     * nothing.
     */
    static String tune(String domainXml) {
        return domainXml.replace("<thread-pool name=\"http-thread-pool\" max-queue-size=\"4096\"></thread-pool>",
                "<thread-pool name=\"http-thread-pool\" max-queue-size=\"4096\" min-thread-pool-size=\"8\" max-thread-pool-size=\"32\"></thread-pool>");
    }

    /**
     * The server configuration of a domain made safe for a developer's machine: the admin listener
     * (which has no password here) answers on 127.0.0.1 only; HTTP answers name no product or version
     * (no {@code Server}, no {@code X-Powered-By}), cookies (the session's among them) are
     * {@code SameSite=Lax}, and the server's own error pages (for what no
     * application answers) are empty instead of naming it; a client that stops sending in the middle of a
     * request is dropped after 20 s instead of holding a thread. Only the first {@code <config>} (the
     * server's own) is touched; applying it twice changes nothing.
     */
    static String harden(String domainXml) {
        int start = domainXml.indexOf("<config name=\"server-config\"");
        int end = domainXml.indexOf("</config>", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("No server-config in domain.xml");
        }
        String config = domainXml.substring(start, end);
        Matcher http = Pattern.compile("(<protocol [^>]*name=\"http-listener-[12]\">\\s*)(<http [^>]*>)").matcher(config);
        StringBuilder listeners = new StringBuilder();
        while (http.find()) {
            String tag = http.group(2);
            for (String[] attribute : new String[][] {{"xpowered-by", "false"}, {"server-header", "false"},
                    {"cookie-same-site-enabled", "true"}, {"cookie-same-site-value", "Lax"}}) {
                if (!tag.contains(" " + attribute[0] + "=")) {
                    tag = tag.replaceFirst("^<http ", "<http " + attribute[0] + "=\"" + attribute[1] + "\" ");
                }
            }
            http.appendReplacement(listeners, Matcher.quoteReplacement(http.group(1) + tag));
        }
        config = http.appendTail(listeners).toString();
        config = config.replaceAll("<network-listener (?![^>]*address=)([^>]*name=\"admin-listener\")",
                "<network-listener address=\"127.0.0.1\" $1");
        if (!config.contains("name=\"errorReportValve\"")) {
            String valve = "<property name=\"errorReportValve\" value=\"\"/>";
            Matcher empty = Pattern.compile("<virtual-server id=\"server\" ([^>]*?)\\s*/>").matcher(config);
            config = empty.find()
                    ? empty.replaceFirst(Matcher.quoteReplacement("<virtual-server id=\"server\" " + empty.group(1) + ">" + valve + "</virtual-server>"))
                    : config.replaceFirst("(<virtual-server id=\"server\" [^>]*>)", "$1" + Matcher.quoteReplacement(valve));
        }
        config = config.replace("<transport name=\"tcp\"></transport>",
                "<transport name=\"tcp\" read-timeout-millis=\"20000\" write-timeout-millis=\"20000\"></transport>");
        return domainXml.substring(0, start) + config + domainXml.substring(end);
    }

    public void start() {
        if (isRunning()) {
            LOG.info(() -> "Payara domain " + name + " is already running; restarting it");
            stop();
        }
        asadmin(List.of("start-domain", name));
    }

    /**
     * Kills the domain's JVM with SIGKILL — no shutdown hooks, no orderly undeploy: a power cut, as the
     * crash tests need it — and waits until it is gone.
     */
    public void kill() {
        Path pidFile = domainDir().resolve("config/pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("No process " + pid + " for domain " + name));
            LOG.info(() -> "Killing Payara domain " + name + " (pid " + pid + ") with SIGKILL");
            process.destroyForcibly();
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot kill domain " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        asadmin(List.of("stop-domain", name));
    }

    /**
     * Points the application's pool at the database and sets the application's system properties. The
     * pool checks a connection before handing it out and drops them all after one failure, so that a
     * restarted database is used again at once; a request waits at most 10 s for a connection and is then
     * answered 503 with Retry-After (not a minute, Payara's default).
     */
    public void configure(Database db, Map<String, String> systemProperties) {
        if (remote(List.of("list-jdbc-resources")).contains(JDBC_RESOURCE)) {
            remote(List.of("delete-jdbc-resource", JDBC_RESOURCE));
        }
        if (remote(List.of("list-jdbc-connection-pools")).contains(POOL)) {
            remote(List.of("delete-jdbc-connection-pool", POOL));
        }
        try {
            Path resources = Files.createTempFile("lianqin-resources", ".xml");
            Files.writeString(resources, resourcesXml(db), StandardCharsets.UTF_8);
            remote(List.of("add-resources", resources.toString()));
            Files.delete(resources);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!systemProperties.isEmpty()) {
            List<String> cmd = new ArrayList<>(List.of("create-system-properties"));
            cmd.add(String.join(":", systemProperties.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().replace(":", "\\:")).toList()));
            remote(cmd);
        }
    }

    private static String resourcesXml(Database db) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE resources PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Resource Definitions//EN" "http://glassfish.org/dtds/glassfish-resources_1_5.dtd">
                <resources>
                  <jdbc-connection-pool name="%s" res-type="javax.sql.DataSource"
                      datasource-classname="org.mariadb.jdbc.MariaDbDataSource"
                      steady-pool-size="2" max-pool-size="32" pool-resize-quantity="2" max-wait-time-in-millis="10000"
                      is-connection-validation-required="true" validate-atmost-once-period-in-seconds="2"
                      connection-validation-method="custom-validation"
                      validation-classname="org.glassfish.api.jdbc.validation.MySQLConnectionValidation"
                      fail-all-connections="true">
                    <property name="url" value="%s"/>
                    <property name="user" value="%s"/>
                    <property name="password" value="%s"/>
                  </jdbc-connection-pool>
                  <jdbc-resource pool-name="%s" jndi-name="%s"/>
                </resources>
                """.formatted(POOL, xml(db.jdbcUrl()), xml(db.user()), xml(db.password()), POOL, JDBC_RESOURCE);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /**
     * Undeploys whatever applications a previous run left in the domain. They start again with the domain,
     * before {@link #configure} has made their pool, and a new deploy over them can then fail with a closed
     * EntityManagerFactory; the tests and the run command deploy afresh anyway.
     */
    public void undeployAll() {
        Matcher application = Pattern.compile("(?m)^(\\S+)\\s+<[^>]*>\\s*$").matcher(remote(List.of("list-applications", "--terse")));
        List<String> names = new ArrayList<>();
        while (application.find()) {   // "lianqin  <ear, ejb, web>"; nothing else is an application
            names.add(application.group(1));
        }
        names.forEach(name -> remote(List.of("undeploy", name)));
    }

    public void deploy(Path ear, String appName) {
        remote(List.of("deploy", "--force=true", "--name", appName, ear.toAbsolutePath().toString()));
    }

    /** Waits until the URL answers with a status below 500; start-domain returns before apps are ready. */
    public void awaitHttp(String path, Duration timeout) {
        await(path, timeout, 500);
    }

    /** Waits until the URL answers 2xx: the application behind it is loaded (the server alone answers 404). */
    public void awaitOk(String path, Duration timeout) {
        await(path, timeout, 300);
    }

    private void await(String path, Duration timeout, int below) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI uri = URI.create("http://localhost:" + httpPort() + path);
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            try {
                int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < below) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(uri + " did not answer within " + timeout);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String remote(List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("--port", String.valueOf(adminPort())));
        cmd.addAll(command);
        return asadmin(cmd);
    }

    private String asadmin(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(payaraHome.resolve("bin/asadmin").toString());
        cmd.add("--interactive=false");
        cmd.addAll(args);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor();
            if (rc != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed (" + rc + "):\n" + out);
            }
            LOG.fine(() -> "asadmin " + String.join(" ", args) + ":\n" + out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run asadmin", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
