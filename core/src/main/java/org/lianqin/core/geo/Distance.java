package org.lianqin.core.geo;

/** Great-circle distance between two WGS 84 points (haversine); metres are plenty precise at street scale. */
public final class Distance {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distance() {
    }

    public static double metres(Location a, Location b) {
        if (!a.hasPoint() || !b.hasPoint()) {
            return Double.POSITIVE_INFINITY;
        }
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
