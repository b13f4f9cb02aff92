package org.lianqin.core.geo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Two neighbouring grids sharing the meridian 121.450, and one with a courtyard cut out of it. */
class GridMapTest {

    private static String square(double west, double south, double size) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(
                west, south, west + size, south, west + size, south + size, west, south + size, west, south);
    }

    private final GridMap map = new GridMap(List.of(
            new GridMap.Boundary(2, "FL-02", square(121.450, 31.190, 0.01)),
            new GridMap.Boundary(1, "FL-01", square(121.440, 31.190, 0.01)),
            new GridMap.Boundary(3, "FL-03", "{\"type\":\"Polygon\",\"coordinates\":["
                    + "[[121.46,31.19],[121.48,31.19],[121.48,31.21],[121.46,31.21],[121.46,31.19]],"
                    + "[[121.465,31.195],[121.475,31.195],[121.475,31.205],[121.465,31.205],[121.465,31.195]]]}"),
            new GridMap.Boundary(4, "FL-04", null)));

    @Test
    void theBoundsHoldEveryGrid() {
        double[] box = map.bounds().orElseThrow();
        assertEquals(121.44, box[0], 1e-9);
        assertEquals(31.19, box[1], 1e-9);
        assertEquals(121.48, box[2], 1e-9);
        assertEquals(31.21, box[3], 1e-9);
        assertEquals(Optional.empty(), new GridMap(List.of()).bounds());
    }

    @Test
    void aPointInsideAGridIsInThatGrid() {
        assertEquals(Optional.of(1L), map.gridAt(121.445, 31.195));
        assertEquals(Optional.of(2L), map.gridAt(121.455, 31.195));
    }

    @Test
    void aPointOnASharedBorderGoesToTheGridWhoseCodeSortsFirst() {
        assertEquals(Optional.of(1L), map.gridAt(121.450, 31.195));
    }

    @Test
    void aPointOnAnOuterBorderOrCornerIsStillInTheGrid() {
        assertEquals(Optional.of(1L), map.gridAt(121.440, 31.190));
        assertEquals(Optional.of(2L), map.gridAt(121.460 - 1e-9, 31.200));
    }

    @Test
    void aPointOutsideEveryGridHasNone() {
        assertEquals(Optional.empty(), map.gridAt(121.430, 31.195));
        assertEquals(Optional.empty(), map.gridAt(121.445, 31.250));
    }

    @Test
    void aPointInAHoleIsNotInTheGrid() {
        assertEquals(Optional.empty(), map.gridAt(121.470, 31.200));
        assertEquals(Optional.of(3L), map.gridAt(121.462, 31.200));
    }

    @Test
    void anUnreadableBoundaryIsRefusedWithTheGridsCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GridMap(List.of(new GridMap.Boundary(9, "FL-09", "{\"type\":\"Point\",\"coordinates\":[1,2]}"))));
        assertEquals("Grid FL-09: not a readable GeoJSON Polygon", e.getMessage());
    }
}
