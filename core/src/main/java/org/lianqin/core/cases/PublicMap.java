package org.lianqin.core.cases;

import java.util.List;

/**
 * What the residents' maps draw of a street office without any tile service: its outline and its grids'
 * (GeoJSON Polygons, WGS 84, as on record; either may be missing), and its open public problems that
 * have a point.
 */
public record PublicMap(String outline, List<Area> grids, List<PublicSummary> open) {

    /** How many open problems a map shows at most, the newest. */
    public static final int MAX_MARKERS = 300;

    /** A grid: its code, name and outline. */
    public record Area(String code, String name, String outline) {
    }
}
