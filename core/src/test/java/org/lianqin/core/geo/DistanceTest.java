package org.lianqin.core.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DistanceTest {

    @Test
    void aThousandthOfADegreeOfLatitudeIsAbout111Metres() {
        assertEquals(111.2, Distance.metres(new Location(null, 121.45, 31.190), new Location(null, 121.45, 31.191)), 0.2);
    }

    @Test
    void aThousandthOfADegreeOfLongitudeIsShorterInShanghai() {
        assertEquals(95.2, Distance.metres(new Location(null, 121.450, 31.19), new Location(null, 121.451, 31.19)), 0.3);
    }

    @Test
    void aPlaceWithoutAPointIsInfinitelyFar() {
        assertEquals(Double.POSITIVE_INFINITY, Distance.metres(new Location("枫林路", null, null), new Location(null, 121.45, 31.19)));
    }
}
