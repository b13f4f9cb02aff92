package org.lianqin.devenv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraDomainTest {

    /** The shape of a domain.xml as create-domain writes it: the server's config, then the default one. */
    private static final String DOMAIN = """
            <domain><configs>
            <config name="server-config"><http-service>
                <virtual-server id="server" network-listeners="http-listener-1,http-listener-2" />
            </http-service><network-config><protocols>
                <protocol name="http-listener-1">
                    <http default-virtual-server="server" max-connections="250">
                    </http>
                </protocol>
                <protocol security-enabled="true" name="http-listener-2">
                    <http default-virtual-server="server" max-connections="250">
                    </http>
                </protocol>
            </protocols><network-listeners>
                <network-listener port="28048" protocol="admin-listener" transport="tcp" name="admin-listener" thread-pool="admin-thread-pool"></network-listener>
            </network-listeners><transports>
                <transport name="tcp"></transport>
            </transports></network-config></config>
            <config name="default-config"><protocol name="http-listener-1">
                    <http default-virtual-server="server"></http></protocol>
                <transport name="tcp"></transport></config>
            </configs></domain>
            """;

    @Test
    void theServersListenersAreHardenedAndTheDefaultConfigLeftAlone() {
        String hardened = PayaraDomain.harden(DOMAIN);
        String server = hardened.substring(0, hardened.indexOf("default-config"));
        String rest = hardened.substring(hardened.indexOf("default-config"));
        for (String attribute : new String[] {"xpowered-by=\"false\"", "server-header=\"false\"",
                "cookie-same-site-enabled=\"true\"", "cookie-same-site-value=\"Lax\""}) {
            assertEquals(2, server.split(attribute, -1).length - 1, attribute + " on both listeners: " + server);
        }
        assertEquals(1, server.split("<property name=\"errorReportValve\" value=\"\"/>", -1).length - 1, server);
        assertTrue(server.contains("<virtual-server id=\"server\" network-listeners=\"http-listener-1,http-listener-2\"><property"), server);
        assertTrue(server.contains("<network-listener address=\"127.0.0.1\" port=\"28048\" protocol=\"admin-listener\""), server);
        assertTrue(server.contains("read-timeout-millis=\"20000\""), server);
        assertEquals(DOMAIN.substring(DOMAIN.indexOf("default-config")), rest);
        assertEquals(hardened, PayaraDomain.harden(hardened), "applying it twice changes nothing");
        String withProperties = DOMAIN.replace("<virtual-server id=\"server\" network-listeners=\"http-listener-1,http-listener-2\" />",
                "<virtual-server id=\"server\" network-listeners=\"http-listener-1\">\n<property name=\"a\" value=\"b\"/>\n</virtual-server>");
        String valved = PayaraDomain.harden(withProperties);
        assertEquals(1, valved.split("errorReportValve", -1).length - 1, valved);
        assertTrue(valved.contains("<virtual-server id=\"server\" network-listeners=\"http-listener-1\"><property name=\"errorReportValve\""), valved);
        String older = DOMAIN.replace("<http default-virtual-server", "<http xpowered-by=\"false\" default-virtual-server");
        assertTrue(PayaraDomain.harden(older).contains("<http cookie-same-site-value=\"Lax\" cookie-same-site-enabled=\"true\" "
                + "server-header=\"false\" xpowered-by=\"false\" default-virtual-server"), "a domain hardened before gets what is new");
    }

    @Test
    void theServersHttpWorkersAreAsManyAsItsConnections() {
        String xml = "<config name=\"server-config\"><thread-pools>"
                + "<thread-pool name=\"http-thread-pool\" max-queue-size=\"4096\"></thread-pool></thread-pools></config>"
                + "<config name=\"default-config\"><thread-pools><thread-pool name=\"http-thread-pool\" /></thread-pools></config>";
        String tuned = PayaraDomain.tune(xml);
        assertTrue(tuned.contains("name=\"http-thread-pool\" max-queue-size=\"4096\" min-thread-pool-size=\"8\" max-thread-pool-size=\"32\""), tuned);
        assertTrue(tuned.contains("<thread-pool name=\"http-thread-pool\" />"), "the default-config is left alone");
        assertEquals(tuned, PayaraDomain.tune(tuned));
    }
}
