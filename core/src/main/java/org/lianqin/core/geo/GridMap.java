package org.lianqin.core.geo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.io.StringReader;
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

    /** Parses a GeoJSON Polygon (or a MultiPolygon's first polygon): exterior ring and holes. */
    static Geometry polygon(Boundary b) {
        try (JsonReader reader = Json.createReader(new StringReader(b.geoJson()))) {
            JsonObject geo = reader.readObject();
            String type = geo.getString("type", "");
            JsonArray rings = switch (type) {
                case "Polygon" -> geo.getJsonArray("coordinates");
                case "MultiPolygon" -> geo.getJsonArray("coordinates").getJsonArray(0);
                default -> throw new IllegalArgumentException("Grid " + b.code() + ": not a GeoJSON Polygon: " + type);
            };
            LinearRing shell = ring(rings.getJsonArray(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(rings.getJsonArray(i));
            }
            Polygon polygon = GEOMETRY.createPolygon(shell, holes);
            if (!polygon.isValid()) {
                throw new IllegalArgumentException("Grid " + b.code() + ": the boundary crosses itself");
            }
            return polygon;
        } catch (jakarta.json.JsonException | ClassCastException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Grid " + b.code() + ": not a readable GeoJSON Polygon", e);
        }
    }

    private static LinearRing ring(JsonArray positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonArray p = positions.getJsonArray(i);
            coordinates[i] = new Coordinate(number(p.get(0)), number(p.get(1)));
        }
        return GEOMETRY.createLinearRing(coordinates);
    }

    private static double number(JsonValue v) {
        return ((jakarta.json.JsonNumber) v).doubleValue();
    }
}
