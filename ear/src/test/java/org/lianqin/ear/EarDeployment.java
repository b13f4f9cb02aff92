package org.lianqin.ear;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.net.URI;

/** The EAR exactly as the build packaged it, and where the test domain serves it. */
final class EarDeployment {

    private EarDeployment() {
    }

    static EnterpriseArchive built() {
        File ear = new File(System.getProperty("lianqin.ear"));
        return ShrinkWrap.create(ZipImporter.class, "lianqin.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    static URI url(String path) {
        return URI.create("http://localhost:" + System.getProperty("lianqin.it.http-port") + path);
    }
}
