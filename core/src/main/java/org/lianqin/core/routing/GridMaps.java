package org.lianqin.core.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.lianqin.core.geo.GridMap;
import org.lianqin.core.organisation.GridsChanged;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Each street office's grids as polygons, read and parsed once rather than on every report (reading and
 * parsing 40 GeoJSON outlines was a sixth of a submission's cost). One entry per street office, keyed by
 * its code: nothing of one office is ever handed to another. A change of the grids on this server drops
 * the office's entry when it commits; another server of a cluster reads them again within
 * {@link #AT_MOST_STALE}.
 */
@ApplicationScoped
public class GridMaps {

    /** How long a server keeps a street office's grids before reading them again. */
    static final Duration AT_MOST_STALE = Duration.ofSeconds(60);

    private final Cache<String, GridMap> maps = Caffeine.newBuilder()
            .expireAfterWrite(AT_MOST_STALE).maximumSize(2_000).build();

    GridMap of(String tenant, Supplier<GridMap> load) {
        return maps.get(tenant, t -> load.get());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) GridsChanged change) {
        maps.invalidate(change.tenant());
    }
}
