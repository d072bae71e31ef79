package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExtractLinkerTest {
    static final ExtractLinker SHIPPED = ExtractLinker.shipped();

    static List<LinkCandidate> find(String... names) {
        return SHIPPED.candidates(new TreeSet<>(Set.of(names)));
    }

    @Test
    void findsAPlaceByLabelWithCountryAndCoordinates() {
        LinkCandidate aleppo = find("Aleppo").get(0);
        assertEquals("Q41183", aleppo.qid());
        assertTrue(aleppo.matchedItemLabel());
        assertEquals(Set.of(ItemKind.PLACE), aleppo.kinds());
        assertEquals(Set.of("Q858"), aleppo.countries());
        assertEquals(new Coordinates(36.20124, 37.16117), aleppo.coordinates());
        assertEquals(ExtractLinker.SHIPPED, aleppo.source());
    }

    @Test
    void findsByAliasAndSaysSo() {
        LinkCandidate halab = find("Halab").get(0);
        assertEquals("Q41183", halab.qid());
        assertEquals("Aleppo", halab.label());
        assertFalse(halab.matchedItemLabel());
    }

    @Test
    void countriesAreStates() {
        LinkCandidate russia = find("Russian Federation").get(0);
        assertEquals("Q159", russia.qid());
        assertEquals(Set.of(ItemKind.STATE), russia.kinds());
    }

    @Test
    void namesMatchCaseAsWikidataDoes() {
        assertTrue(find("aleppo").isEmpty());
        assertTrue(find("Tawfik Chamaa").isEmpty());
    }

    @Test
    void oneQueryAnswersForManyNames() {
        List<LinkCandidate> found = find("Aleppo", "Vladimir Putin", "Geneva");
        assertEquals(List.of("Aleppo", "Geneva", "Vladimir Putin"), found.stream().map(LinkCandidate::matchedName).toList());
    }

    @Test
    void unverifiedIdsAreNotInTheExtract() {
        assertTrue(find("Bashar al-Assad", "Sergey Lavrov", "Syrian Observatory for Human Rights").isEmpty());
    }

    @Test
    void coordinatesByItem() {
        assertEquals(new Coordinates(46.20222, 6.14569), SHIPPED.coordinatesOf("Q71").orElseThrow());
        assertTrue(SHIPPED.coordinatesOf("Q159").isEmpty());
    }
}
