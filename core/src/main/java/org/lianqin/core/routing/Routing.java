package org.lianqin.core.routing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lianqin.core.catalogue.Category;
import org.lianqin.core.geo.GridMap;
import org.lianqin.core.geo.Location;
import org.lianqin.core.organisation.Grid;
import org.lianqin.core.organisation.Unit;
import org.lianqin.core.tenancy.TenantContext;

import java.util.Optional;

/**
 * Suggests where a case belongs: the grid from its point (point in polygon), the unit from its
 * category's responsible unit type. The dispatcher confirms or overrides.
 */
@Stateless
@PermitAll
public class Routing {

    @PersistenceContext(unitName = "lianqin")
    EntityManager em;

    @Inject
    GridMaps maps;

    /** The box around the current street office's grids, {west, south, east, north}, if it has any. */
    public Optional<double[]> bounds() {
        return gridMap().bounds();
    }

    public Optional<Grid> gridAt(Location place) {
        if (place == null || !place.hasPoint()) {
            return Optional.empty();
        }
        return gridMap().gridAt(place.longitude(), place.latitude()).map(id -> em.find(Grid.class, id));
    }

    private GridMap gridMap() {
        return maps.of(TenantContext.require(), () -> new GridMap(em.createNamedQuery("Grid.findAll", Grid.class).getResultStream()
                .map(g -> new GridMap.Boundary(g.id(), g.code(), g.boundaryGeoJson())).toList()));
    }

    /** The first unit (by name) of the type the category names. */
    public Optional<Unit> unitFor(Category category) {
        if (category.unitType() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Unit.findByType", Unit.class)
                .setParameter("type", category.unitType())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
