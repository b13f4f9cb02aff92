package org.lianqin.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A street office's grids as JTS polygons, to find the grid a point lies in. A point on the border of
 * two grids belongs to the one whose code sorts first, so the answer never depends on load order.
 */
public final class GridMap {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A grid's boundary, by id and code. */
    public record Boundary(long gridId, String code, String geoJson) {
    }

    private record Area(long gridId, String code, PreparedGeometry shape) {
    }

    private final List<Area> areas = new ArrayList<>();

    public GridMap(List<Boundary> boundaries) {
        boundaries.stream()
                .filter(b -> b.geoJson() != null && !b.geoJson().isBlank())
                .sorted(Comparator.comparing(Boundary::code))
                .forEach(b -> areas.add(new Area(b.gridId(), b.code(), PreparedGeometryFactory.prepare(polygon(b)))));
    }

    /** The grid that covers the point (inside or on its border), if any. */
    public Optional<Long> gridAt(double longitude, double latitude) {
        Point point = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        return areas.stream().filter(a -> a.shape().covers(point)).map(Area::gridId).findFirst();
    }

    /** The box around every grid, as {west, south, east, north}: where a map of the street office opens. */
    public Optional<double[]> bounds() {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Envelope box = new Envelope();
        areas.forEach(a -> box.expandToInclude(a.shape().getGeometry().getEnvelopeInternal()));
        return Optional.of(new double[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()});
    }

    /** Parses a GeoJSON Polygon (or a MultiPolygon of one polygon): exterior ring and holes. */
    static Geometry polygon(Boundary b) {
        Polygon polygon;
        try {
            polygon = GridFile.polygon(b.geoJson());
        } catch (jakarta.json.JsonException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException
                 | NullPointerException e) {
            throw new IllegalArgumentException("Grid " + b.code() + ": not a readable GeoJSON Polygon", e);
        }
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("Grid " + b.code() + ": the boundary crosses itself");
        }
        return polygon;
    }
}
