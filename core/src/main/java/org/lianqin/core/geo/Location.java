package org.lianqin.core.geo;

/** Where a problem is: an address, a WGS 84 point, or both. */
public record Location(String address, Double longitude, Double latitude) {

    public Location {
        if ((longitude == null) != (latitude == null)) {
            throw new IllegalArgumentException("A point needs both longitude and latitude");
        }
        if (longitude != null && !isPoint(longitude, latitude)) {
            throw new IllegalArgumentException("Not a WGS 84 point: " + longitude + "," + latitude);
        }
        address = address == null || address.isBlank() ? null : address.strip();
    }

    /** Whether the numbers are a point on the globe: finite (no NaN, no infinity) and within range. */
    public static boolean isPoint(double longitude, double latitude) {
        return Double.isFinite(longitude) && Double.isFinite(latitude)
                && longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90;
    }

    public boolean hasPoint() {
        return longitude != null;
    }
}
