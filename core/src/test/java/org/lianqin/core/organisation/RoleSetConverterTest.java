package org.lianqin.core.organisation;

import org.junit.jupiter.api.Test;
import org.lianqin.core.kernel.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleSetConverterTest {

    private final RoleSetConverter converter = new RoleSetConverter();

    @Test
    void rolesRoundTripInEnumOrder() {
        String column = converter.convertToDatabaseColumn(Set.of(Role.LEADER, Role.DISPATCHER));
        assertEquals("DISPATCHER,LEADER", column);
        assertEquals(EnumSet.of(Role.DISPATCHER, Role.LEADER), converter.convertToEntityAttribute(column));
    }

    @Test
    void noRolesIsAnEmptyColumn() {
        assertEquals("", converter.convertToDatabaseColumn(Set.of()));
        assertTrue(converter.convertToEntityAttribute("").isEmpty());
        assertTrue(converter.convertToEntityAttribute(null).isEmpty());
    }
}
