package org.lianqin.core.geo;

/** Where a problem is: an address, a WGS 84 point, or both. */
public record Location(String address, Double longitude, Double latitude) {

    public Location {
        if ((longitude == null) != (latitude == null)) {
            throw new IllegalArgumentException("A point needs both longitude and latitude");
        }
        if (longitude != null && (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90)) {
            throw new IllegalArgumentException("Not a WGS 84 point: " + longitude + "," + latitude);
        }
        address = address == null || address.isBlank() ? null : address.strip();
    }

    public boolean hasPoint() {
        return longitude != null;
    }
}
