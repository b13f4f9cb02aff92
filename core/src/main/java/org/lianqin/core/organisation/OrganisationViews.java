package org.lianqin.core.organisation;

import org.lianqin.core.kernel.Role;

import java.util.Set;

/** What the web modules see of a street office's organisation. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    public record UnitView(long id, String name, UnitType type, String contactPhone, boolean active) {
        static UnitView of(Unit u) {
            return new UnitView(u.id(), u.name(), u.type(), u.contactPhone(), u.active());
        }
    }

    public record GridView(long id, String code, String name, String roadSegments, String boundaryGeoJson,
                           Long squadId, String squadName, Long inspectorId, String inspectorName) {
        static GridView of(Grid g) {
            return new GridView(g.id(), g.code(), g.name(), g.roadSegments(), g.boundaryGeoJson(),
                    g.squad() == null ? null : g.squad().id(), g.squad() == null ? null : g.squad().name(),
                    g.inspector() == null ? null : g.inspector().id(), g.inspector() == null ? null : g.inspector().name());
        }
    }

    public record SquadView(long id, String name, String leaderName) {
        static SquadView of(Squad s) {
            return new SquadView(s.id(), s.name(), s.leaderName());
        }
    }

    /** A staff member without the password hash. */
    public record StaffView(long id, String login, String name, String unitName, String squadName, Set<Role> roles,
                            boolean active) {
        static StaffView of(Staff s) {
            return new StaffView(s.id(), s.login(), s.name(), s.unit() == null ? null : s.unit().name(),
                    s.squad() == null ? null : s.squad().name(), s.roles(), s.active());
        }
    }
}
