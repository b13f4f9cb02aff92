package org.lianqin.ear;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.lianqin.ear.support.BareEndpoint;
import org.lianqin.ear.support.StaffDriver;
import org.lianqin.ear.support.StaffDriverServlet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;

/** The EAR exactly as the build packaged it, and where the test domain serves it. */
final class EarDeployment {

    private EarDeployment() {
    }

    static EnterpriseArchive built() {
        File ear = new File(System.getProperty("lianqin.ear"));
        return ShrinkWrap.create(ZipImporter.class, "lianqin.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /**
     * The built EAR plus a test-only web module, /it-support, whose StaffDriver plays the command centre
     * and the units through core's services (the portal does not yet).
     */
    static EnterpriseArchive withStaffDriver() {
        return withModule(built(), "it-support", StaffDriver.class, StaffDriverServlet.class);
    }

    /**
     * The built EAR plus a bare JAX-RS endpoint, /bare/ping, on the same Payara: the ceiling a load
     * benchmark measures the application's paths against.
     */
    static EnterpriseArchive withBareEndpoint() {
        return withModule(built(), "bare", BareEndpoint.class, BareEndpoint.Ping.class);
    }

    /** The EAR with one more web module of test classes, at /{name}. */
    private static EnterpriseArchive withModule(EnterpriseArchive ear, String name, Class<?>... classes) {
        String applicationXml;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, name + ".war").addClasses(classes));
        int afterModules = applicationXml.lastIndexOf("</module>") + "</module>".length();
        ear.setApplicationXML(new StringAsset(applicationXml.substring(0, afterModules)
                + "<module><web><web-uri>" + name + ".war</web-uri><context-root>/" + name + "</context-root></web></module>"
                + applicationXml.substring(afterModules)));
        return ear;
    }

    static URI url(String path) {
        return URI.create("http://localhost:" + System.getProperty("lianqin.it.http-port") + path);
    }
}
