package org.lianqin.core.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A grid file checked feature by feature, each flaw named with the feature it came from. */
class GridFileTest {

    /** The office: 121.40–121.43 east, 31.10–31.12 north. */
    private static final String OFFICE = polygon(121.40, 31.10, 121.43, 31.10, 121.43, 31.12, 121.40, 31.12, 121.40, 31.10);

    /** One grid the office has already: its south-west corner. */
    private static final List<GridMap.Boundary> EXISTING = List.of(
            new GridMap.Boundary(1, "A-01", box(121.40, 31.10, 121.41, 31.11)));

    private static String box(double west, double south, double east, double north) {
        return polygon(west, south, east, south, east, north, west, north, west, south);
    }

    private static String polygon(double... xy) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            ring.append(i == 0 ? "" : ",").append('[').append(xy[i]).append(',').append(xy[i + 1]).append(']');
        }
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}";
    }

    private static String feature(String code, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},\"geometry\":"
                + geometry + "}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static final String THREE_NEIGHBOURS = String.join(",",
            feature("a-02", "东段", box(121.41, 31.10, 121.42, 31.11)),
            feature("A-03", "北段", box(121.40, 31.11, 121.41, 31.12)),
            feature("A-04", "东北段", box(121.41, 31.11, 121.42, 31.12)));

    @Test
    void neighboursThatTouchAreImportedWithTheirCodesInCapitals() {
        GridFile.Result result = GridFile.read(collection(THREE_NEIGHBOURS), OFFICE, EXISTING);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("A-02", "A-03", "A-04"), result.shapes().stream().map(GridFile.Shape::code).toList());
        assertEquals("东段", result.shapes().get(0).name());
    }

    @Test
    void aBowTieRefusesTheWholeFileNamingTheFeatureAndWhereItCrosses() {
        String bowTie = feature("A-05", "蝴蝶结", polygon(121.42, 31.10, 121.43, 31.11, 121.43, 31.10, 121.42, 31.11, 121.42, 31.10));
        GridFile.Result result = GridFile.read(collection(THREE_NEIGHBOURS, bowTie), OFFICE, EXISTING);
        assertEquals(List.of(), result.shapes(), "nothing is imported from a file with a flaw");
        assertEquals(1, result.problems().size());
        GridFile.Problem problem = result.problems().get(0);
        assertEquals(4, problem.feature());
        assertEquals("A-05", problem.code());
        assertEquals(GridFile.Flaw.SELF_INTERSECTION, problem.flaw());
        assertEquals("121.42500, 31.10500", problem.detail());
    }

    @Test
    void everyFlawOfEveryFeatureIsReportedAtOnce() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[121.42,31.11],[121.43,31.11],[121.43,31.12],[121.42,31.12]]]}";
        GridFile.Result result = GridFile.read(collection(
                feature("B-01", "", box(121.42, 31.10, 121.43, 31.11)),
                feature("B-02", "没闭合", open),
                feature("B-03", "出界", box(121.425, 31.115, 121.44, 31.13)),
                feature("B-04", "压线", box(121.405, 31.105, 121.415, 31.115)),
                feature("B 05", "坏编号", box(121.42, 31.10, 121.421, 31.101)),
                feature("B-02", "重号", box(121.428, 31.100, 121.429, 31.101)),
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"B-07\",\"name\":\"点\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[121.41,31.11]}}",
                feature("B-08", "经纬度颠倒", box(31.10, 121.40, 31.11, 121.41))), OFFICE, EXISTING);
        List<String> found = result.problems().stream().map(p -> p.feature() + " " + p.flaw()).toList();
        assertEquals(List.of("1 NO_NAME", "2 RING_OPEN", "3 OUTSIDE_OFFICE", "4 OVERLAP", "5 BAD_CODE",
                "6 DUPLICATE_CODE", "7 NOT_A_POLYGON", "8 COORDINATES"), found);
        assertTrue(result.problems().get(3).detail().startsWith("A-01"), result.problems().get(3).detail());
        assertEquals(List.of(), result.shapes());
    }

    @Test
    void aGridOverlappingAnotherOfTheSameFileIsRefusedToo() {
        GridFile.Result result = GridFile.read(collection(
                feature("C-01", "甲", box(121.42, 31.10, 121.43, 31.11)),
                feature("C-02", "乙", box(121.425, 31.10, 121.43, 31.105))), OFFICE, EXISTING);
        assertEquals(1, result.problems().size());
        assertEquals(2, result.problems().get(0).feature());
        assertTrue(result.problems().get(0).detail().startsWith("C-01"));
    }

    @Test
    void aSlightOverlapFromHandTracingIsForgivenAndAFileMayReplaceAGridByItsCode() {
        double sliver = 0.00005; // 0.5 % of the grid's width
        GridFile.Result result = GridFile.read(collection(
                feature("A-01", "西南段（重新勾画）", box(121.40, 31.10, 121.41, 31.11)),
                feature("D-01", "紧邻", box(121.41 - sliver, 31.10, 121.42, 31.11))), OFFICE, EXISTING);
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.shapes().size());
    }

    @Test
    void unreadableAndEmptyFilesAreRefusedAsAWhole() {
        assertEquals(GridFile.Flaw.UNREADABLE, GridFile.read("not json", OFFICE, EXISTING).problems().get(0).flaw());
        assertEquals(GridFile.Flaw.UNREADABLE, GridFile.read("[1,2]", OFFICE, EXISTING).problems().get(0).flaw());
        assertEquals(GridFile.Flaw.NO_FEATURES, GridFile.read(collection(), OFFICE, EXISTING).problems().get(0).flaw());
        assertEquals(0, GridFile.read(null, OFFICE, EXISTING).problems().get(0).feature());
    }

    @Test
    void aDrawnOutlineIsCheckedAgainstTheOtherGridsAndStoredAsAPolygon() {
        assertEquals(List.of(), GridFile.check("E-01", box(121.42, 31.10, 121.43, 31.11), OFFICE, EXISTING));
        assertEquals(GridFile.Flaw.OVERLAP,
                GridFile.check("E-01", box(121.405, 31.10, 121.43, 31.11), OFFICE, EXISTING).get(0).flaw());
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[121.42,31.10],[121.43,31.10],[121.43,31.11],[121.42,31.10]]]]}";
        assertEquals(List.of(), GridFile.check("E-02", multi, OFFICE, EXISTING));
        assertTrue(GridFile.asPolygon(multi).startsWith("{\"type\":\"Polygon\""));
        assertTrue(GridFile.summary(box(121.40, 31.10, 121.41, 31.11)).startsWith("4 个顶点，约 1.0"),
                GridFile.summary(box(121.40, 31.10, 121.41, 31.11)).toLowerCase(Locale.ROOT));
    }

    @Test
    void oddFeaturesAreFlawsNotCrashesAndAnOldMultiPartOutlineStillReads() {
        GridFile.Result result = GridFile.read("{\"type\":\"FeatureCollection\",\"features\":[1,null,"
                + feature("F-03", "长".repeat(101), box(121.42, 31.10, 121.43, 31.11)) + "]}", OFFICE, EXISTING);
        assertEquals(List.of("1 NOT_A_POLYGON", "2 NOT_A_POLYGON", "3 NAME_TOO_LONG"),
                result.problems().stream().map(p -> p.feature() + " " + p.flaw()).toList());

        String twoParts = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[121.40,31.11],[121.41,31.11],[121.41,31.12],[121.40,31.11]]],"
                + "[[[121.42,31.11],[121.43,31.11],[121.43,31.12],[121.42,31.11]]]]}";
        assertEquals(GridFile.Flaw.NOT_A_POLYGON, GridFile.check("G-01", twoParts, OFFICE, EXISTING).get(0).flaw(),
                "a new grid is one area");
        List<GridMap.Boundary> stored = List.of(new GridMap.Boundary(7, "OLD-1", twoParts));
        GridFile.Problem overlap = GridFile.check("G-02", box(121.40, 31.11, 121.41, 31.12), OFFICE, stored).get(0);
        assertEquals(GridFile.Flaw.OVERLAP, overlap.flaw(), "an outline stored before the rule is read as its first part");
        assertEquals("OLD-1", overlap.detail());
        assertEquals("100.0%", overlap.share(), "the share of the smaller grid");
    }
}
