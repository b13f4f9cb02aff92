package org.lianqin.devenv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @Test
    void readsTheConfiguredUrl() {
        Database db = Database.fromUrl("jdbc:mariadb://db.example:3307/lianqin?useSsl=true", "lq", null);
        assertEquals("db.example", db.host());
        assertEquals(3307, db.port());
        assertEquals("lianqin", db.schema());
        assertEquals("", db.password());
        assertEquals("jdbc:mariadb://db.example:3307/lianqin", db.jdbcUrl());
    }

    @Test
    void thePortDefaultsTo3306() {
        assertEquals(3306, Database.fromUrl("jdbc:mysql://localhost/lianqin", "root", "").port());
    }

    @Test
    void aUrlItCannotUseIsRefusedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.fromUrl("jdbc:postgresql://localhost/lianqin", "root", ""));
        assertTrue(e.getMessage().contains("jdbc:mariadb://host:3306/lianqin"), e.getMessage());
    }

    @Test
    void onlyPlainSchemaNamesAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new Database("h", 1, "x`; DROP DATABASE y", "u", ""));
    }
}
