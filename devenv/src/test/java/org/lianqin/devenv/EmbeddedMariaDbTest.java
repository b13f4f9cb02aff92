package org.lianqin.devenv;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EmbeddedMariaDbTest {

    @Test
    void aDataDirectoryUnderTheTemporaryDirectoryIsSpeltSoThatMariaDb4jKeepsIt() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "checkout", ".lianqin", "mariadb", "data");
        String kept = EmbeddedMariaDb.kept(underTmp);
        assertFalse(kept.startsWith(System.getProperty("java.io.tmpdir")), kept);
        assertEquals(underTmp.normalize(), Path.of(kept).normalize(), "the same directory");
        assertEquals("/home/dev/lianqin/.lianqin/mariadb/data", EmbeddedMariaDb.kept(Path.of("/home/dev/lianqin/.lianqin/mariadb/data")));
    }
}
