package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoordinatesTest {
    @Test
    void wikidataPointsPutLongitudeFirst() {
        assertEquals(new Coordinates(36.20124, 37.16117), Coordinates.fromWkt("Point(37.16117 36.20124)").orElseThrow());
    }

    @Test
    void pointsOnOtherGlobesOrGarbageGiveNothing() {
        assertTrue(Coordinates.fromWkt("<http://www.wikidata.org/entity/Q405> Point(1 2)").isEmpty());
        assertTrue(Coordinates.fromWkt("Point(200 2)").isEmpty());
        assertTrue(Coordinates.fromWkt("<html>").isEmpty());
    }

    @Test
    void outOfRangeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Coordinates(91, 0));
        assertTrue(e.getMessage().startsWith("latitude must be within [-90, 90], got 91"));
    }
}
