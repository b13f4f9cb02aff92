package org.lianqin.core.geo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grids as a street office brings them: a GeoJSON FeatureCollection (or one Feature) whose features are
 * polygons with a {@code code} and a {@code name} (or {@code 编号}, {@code 名称}; {@code roads} / {@code 路段}
 * optional). Every feature is checked and every flaw is named with the feature it came from: the rings
 * must be closed, the polygon must not cross itself, it must lie inside the street office's outline and
 * must not overlap another grid. Touching borders are normal; an overhang of up to {@link #TOLERANCE} of
 * the grid's area, or an overlap of up to that share of the smaller grid's, is forgiven, since grids are
 * traced by hand from the same roads.
 */
public final class GridFile {

    /** The share of a grid's area that may overlap a neighbour or lie outside the office: 1 %. */
    public static final double TOLERANCE = 0.01;

    /** The longest name and road list a grid keeps (the columns' lengths). */
    public static final int MAX_NAME = 100;
    public static final int MAX_ROADS = 1000;

    /** A grid code as it appears on the board and in reports: capitals, digits and hyphens. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** What can be wrong with a file or one of its features. */
    public enum Flaw {
        UNREADABLE, NO_FEATURES, NOT_A_POLYGON, NO_CODE, BAD_CODE, NO_NAME, NAME_TOO_LONG, ROADS_TOO_LONG,
        DUPLICATE_CODE, COORDINATES, RING_OPEN, RING_SHORT, SELF_INTERSECTION, OUTSIDE_OFFICE, OVERLAP
    }

    /**
     * One flaw: the feature's place in the file (from 1; 0 for the file as a whole), its code as the file
     * gives it (may be empty), a detail (where the boundary crosses itself, which grid it overlaps) and,
     * for an overlap, its share of the smaller grid's area.
     */
    public record Problem(int feature, String code, Flaw flaw, String detail, String share) {

        public Problem(int feature, String code, Flaw flaw, String detail) {
            this(feature, code, flaw, detail, "");
        }
    }

    /** A grid read from the file, its geometry as a GeoJSON Polygon. */
    public record Shape(int feature, String code, String name, String roads, String geoJson) {
    }

    /** The grids read and the flaws found: the file may be imported only when there are no flaws. */
    public record Result(List<Shape> shapes, List<Problem> problems) {
    }

    private GridFile() {
    }

    /**
     * Reads a file and checks it against the office's outline (none: not checked) and its grids now;
     * a grid of the file with the code of an existing one replaces it and is not compared with it.
     */
    public static Result read(String json, String officeOutline, List<GridMap.Boundary> existing) {
        List<Problem> problems = new ArrayList<>();
        List<JsonValue> features;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            JsonObject root = reader.readObject();
            features = switch (root.getString("type", "")) {
                case "FeatureCollection" -> List.copyOf(root.getJsonArray("features"));
                case "Feature" -> List.of(root);
                default -> throw new JsonException("not a FeatureCollection");
            };
        } catch (JsonException | ClassCastException | NullPointerException e) {
            return new Result(List.of(), List.of(new Problem(0, "", Flaw.UNREADABLE, "")));
        }
        if (features.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(0, "", Flaw.NO_FEATURES, "")));
        }
        List<Shape> shapes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            int number = i + 1;
            if (!(features.get(i) instanceof JsonObject feature)) {
                problems.add(new Problem(number, "", Flaw.NOT_A_POLYGON, ""));
                continue;
            }
            JsonObject properties = feature.get("properties") instanceof JsonObject p ? p : JsonValue.EMPTY_JSON_OBJECT;
            String code = text(properties, "code", "编号").toUpperCase(Locale.ROOT);
            String name = text(properties, "name", "名称");
            String roads = text(properties, "roads", "路段");
            int before = problems.size();
            if (code.isEmpty()) {
                problems.add(new Problem(number, "", Flaw.NO_CODE, ""));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(new Problem(number, code, Flaw.BAD_CODE, ""));
            } else if (!codes.add(code)) {
                problems.add(new Problem(number, code, Flaw.DUPLICATE_CODE, ""));
            }
            if (name.isEmpty()) {
                problems.add(new Problem(number, code, Flaw.NO_NAME, ""));
            } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
                problems.add(new Problem(number, code, Flaw.NAME_TOO_LONG, String.valueOf(MAX_NAME)));
            }
            if (roads.codePointCount(0, roads.length()) > MAX_ROADS) {
                problems.add(new Problem(number, code, Flaw.ROADS_TOO_LONG, String.valueOf(MAX_ROADS)));
            }
            JsonObject geometry = feature.get("geometry") instanceof JsonObject g ? g : null;
            Problem flaw = shapeFlaw(geometry);
            if (flaw != null) {
                problems.add(new Problem(number, code, flaw.flaw(), flaw.detail()));
            } else if (problems.size() == before) {
                shapes.add(new Shape(number, code, name, roads.isEmpty() ? null : roads, polygonJson(geometry)));
            }
        }
        List<GridMap.Boundary> others = existing.stream()
                .filter(b -> shapes.stream().noneMatch(s -> s.code().equals(b.code()))).toList();
        for (int i = 0; i < shapes.size(); i++) {
            Shape shape = shapes.get(i);
            List<GridMap.Boundary> neighbours = new ArrayList<>(others);
            shapes.subList(0, i).forEach(s -> neighbours.add(new GridMap.Boundary(0, s.code(), s.geoJson())));
            problems.addAll(placement(shape, officeOutline, neighbours));
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::feature));
        return new Result(problems.isEmpty() ? shapes : List.of(), problems);
    }

    /**
     * Checks one polygon drawn or edited on the map (as a GeoJSON geometry) against the office and the
     * other grids; the result names the grid by its code.
     */
    public static List<Problem> check(String code, String geometryJson, String officeOutline, List<GridMap.Boundary> others) {
        JsonObject geometry;
        try (JsonReader reader = Json.createReader(new StringReader(geometryJson == null ? "" : geometryJson))) {
            geometry = reader.readObject();
        } catch (JsonException e) {
            return List.of(new Problem(1, code, Flaw.NOT_A_POLYGON, ""));
        }
        Problem flaw = shapeFlaw(geometry);
        if (flaw != null) {
            return List.of(new Problem(1, code, flaw.flaw(), flaw.detail()));
        }
        return placement(new Shape(1, code, code, null, polygonJson(geometry)), officeOutline, others);
    }

    /** A checked geometry (see {@link #check}) as a GeoJSON Polygon, as it is stored. */
    public static String asPolygon(String geometryJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geometryJson))) {
            return polygonJson(reader.readObject());
        }
    }

    /** An outline in a few words for the audit trail: its corners and its area, e.g. "5 个顶点，约 0.94 平方公里". */
    public static String summary(String geoJson) {
        try {
            Polygon polygon = polygon(geoJson);
            double latitude = Math.toRadians(polygon.getCentroid().getY());
            double squareKilometres = polygon.getArea() * 111.32 * Math.cos(latitude) * 110.57;
            return String.format(Locale.ROOT, "%d 个顶点，约 %.2f 平方公里",
                    polygon.getExteriorRing().getNumPoints() - 1, squareKilometres);
        } catch (RuntimeException e) {
            return "无法读取";
        }
    }

    /** A GeoJSON Polygon (or a MultiPolygon of one polygon) as a JTS polygon; valid or not. */
    static Polygon polygon(JsonObject geometry) {
        JsonArray rings = rings(geometry, false);
        LinearRing shell = GEOMETRY.createLinearRing(coordinates(rings.getJsonArray(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = GEOMETRY.createLinearRing(coordinates(rings.getJsonArray(i)));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    static Polygon polygon(String geoJson) {
        try (JsonReader reader = Json.createReader(new StringReader(geoJson))) {
            return polygon(reader.readObject());
        }
    }

    /**
     * The rings of a Polygon, or of a MultiPolygon's one polygon; new input with several parts is refused
     * ({@code strict}), an outline stored before that rule is read as its first part.
     */
    private static JsonArray rings(JsonObject geometry, boolean strict) {
        return switch (geometry.getString("type", "")) {
            case "Polygon" -> geometry.getJsonArray("coordinates");
            case "MultiPolygon" -> {
                JsonArray polygons = geometry.getJsonArray("coordinates");
                if (polygons.isEmpty() || strict && polygons.size() != 1) {
                    throw new IllegalArgumentException("a grid is one area");
                }
                yield polygons.getJsonArray(0);
            }
            default -> throw new IllegalArgumentException("not a polygon");
        };
    }

    /** The flaw of the geometry itself (detail filled where it helps), or null when it is a valid polygon. */
    private static Problem shapeFlaw(JsonObject geometry) {
        JsonArray rings;
        try {
            if (geometry == null) {
                throw new IllegalArgumentException("no geometry");
            }
            rings = rings(geometry, true);
            if (rings.isEmpty()) {
                throw new IllegalArgumentException("no ring");
            }
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            return new Problem(0, "", Flaw.NOT_A_POLYGON, "");
        }
        for (int r = 0; r < rings.size(); r++) {
            JsonArray ring;
            Coordinate[] points;
            try {
                ring = rings.getJsonArray(r);
                points = coordinates(ring);
            } catch (IllegalArgumentException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
                return new Problem(0, "", Flaw.COORDINATES, "");
            }
            if (points.length < 4) {
                return new Problem(0, "", Flaw.RING_SHORT, "");
            }
            if (!points[0].equals2D(points[points.length - 1])) {
                return new Problem(0, "", Flaw.RING_OPEN, place(points[points.length - 1]));
            }
        }
        Polygon polygon = polygon(geometry);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            return new Problem(0, "", Flaw.SELF_INTERSECTION, place(error.getCoordinate()));
        }
        return null;
    }

    private static List<Problem> placement(Shape shape, String officeOutline, List<GridMap.Boundary> neighbours) {
        List<Problem> problems = new ArrayList<>();
        Polygon polygon = polygon(shape.geoJson());
        double area = polygon.getArea();
        if (officeOutline != null && !officeOutline.isBlank()) {
            Geometry office = polygon(officeOutline);
            double outside = OverlayNGRobust.overlay(polygon, office, OverlayNG.DIFFERENCE).getArea();
            if (outside > TOLERANCE * area) {
                problems.add(new Problem(shape.feature(), shape.code(), Flaw.OUTSIDE_OFFICE, percent(outside / area)));
            }
        }
        for (GridMap.Boundary other : neighbours) {
            if (other.geoJson() == null || other.geoJson().isBlank()) {
                continue;
            }
            Polygon neighbour = polygon(other.geoJson());
            if (!polygon.getEnvelopeInternal().intersects(neighbour.getEnvelopeInternal())) {
                continue;
            }
            double smaller = Math.min(area, neighbour.getArea());
            double shared = OverlayNGRobust.overlay(polygon, neighbour, OverlayNG.INTERSECTION).getArea();
            if (shared > TOLERANCE * smaller) {
                problems.add(new Problem(shape.feature(), shape.code(), Flaw.OVERLAP, other.code(), percent(shared / smaller)));
            }
        }
        return problems;
    }

    private static Coordinate[] coordinates(JsonArray positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < positions.size(); i++) {
            JsonArray p = positions.getJsonArray(i);
            double longitude = ((JsonNumber) p.get(0)).doubleValue();
            double latitude = ((JsonNumber) p.get(1)).doubleValue();
            if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                throw new IllegalArgumentException("not a longitude and latitude");
            }
            coordinates[i] = new Coordinate(longitude, latitude);
        }
        return coordinates;
    }

    /** The geometry as a GeoJSON Polygon (a MultiPolygon of one polygon unwrapped). */
    private static String polygonJson(JsonObject geometry) {
        return Json.createObjectBuilder().add("type", "Polygon").add("coordinates", rings(geometry, true)).build().toString();
    }

    private static String text(JsonObject properties, String key, String chineseKey) {
        JsonValue value = properties.containsKey(key) ? properties.get(key) : properties.get(chineseKey);
        if (value instanceof JsonString s) {
            return s.getString().strip();
        }
        return value instanceof JsonNumber n ? n.toString() : "";
    }

    private static String place(Coordinate c) {
        return String.format(Locale.ROOT, "%.5f, %.5f", c.x, c.y);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
