package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.LinkDecision.Outcome;

class LinkChooserTest {
    final LinkChooser chooser = new LinkChooser();

    static EntityToLink entity(Set<ItemKind> kinds, String label, String country, Set<String> context) {
        return new EntityToLink(NodeFactory.createURI("https://w3id.org/newsgraph/entity/e"), kinds,
                new TreeSet<>(Set.of(label)), new TreeSet<>(), country, new TreeSet<>(context));
    }

    static LinkCandidate candidate(String qid, String name, boolean itemLabel, ItemKind kind, String... countries) {
        return new LinkCandidate(qid, name, name, itemLabel, Set.of(kind), new TreeSet<>(Set.of(countries)), null, "test");
    }

    @Test
    void theOnlyFittingCandidateIsLinked() {
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Aleppo", null, Set.of()),
                List.of(candidate("Q41183", "Aleppo", true, ItemKind.PLACE, "Q858")), "test");
        assertEquals(Outcome.LINKED, d.outcome());
        assertEquals("Q41183", d.qid());
        assertEquals(0.9, d.score());
    }

    @Test
    void aPlaceNeverLinksToAPerson() {
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Kerry", null, Set.of()),
                List.of(candidate("Q22316", "Kerry", false, ItemKind.PERSON)), "test");
        assertEquals(Outcome.NO_MATCH, d.outcome());
        assertNull(d.qid());
        assertEquals(0.0, d.alternatives().get(0).score());
        assertTrue(d.alternatives().get(0).reason().startsWith("kind person cannot be place"));
    }

    @Test
    void aPlaceMayLinkToACountry() {
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Syria", null, Set.of()),
                List.of(candidate("Q858", "Syria", true, ItemKind.STATE, "Q858")), "test");
        assertEquals("Q858", d.qid());
    }

    @Test
    void theEntitysCountryPicksAmongNamesakes() {
        List<LinkCandidate> damascus = List.of(candidate("Q3766", "Damascus", true, ItemKind.PLACE, "Q858"),
                candidate("Q1000", "Damascus", true, ItemKind.PLACE, "Q30"));
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Damascus", "Q858", Set.of()), damascus, "test");
        assertEquals("Q3766", d.qid());
        assertEquals(1.0, d.score());
    }

    @Test
    void aCoMentionedCountryPicksAmongNamesakes() {
        List<LinkCandidate> damascus = List.of(candidate("Q3766", "Damascus", true, ItemKind.PLACE, "Q858"),
                candidate("Q1000", "Damascus", true, ItemKind.PLACE, "Q30"));
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Damascus", null, Set.of("Q858")), damascus, "test");
        assertEquals("Q3766", d.qid());
    }

    @Test
    void namesakesNothingTellsApartAreAmbiguousAndNotLinked() {
        List<LinkCandidate> damascus = List.of(candidate("Q3766", "Damascus", true, ItemKind.PLACE, "Q858"),
                candidate("Q1000", "Damascus", true, ItemKind.PLACE, "Q30"));
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Damascus", null, Set.of()), damascus, "test");
        assertEquals(Outcome.AMBIGUOUS, d.outcome());
        assertNull(d.qid());
        assertEquals(2, d.alternatives().size());
    }

    @Test
    void aCountryThatDisagreesRulesACandidateOut() {
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Hamburg", "Q858", Set.of()),
                List.of(candidate("Q1055", "Hamburg", true, ItemKind.PLACE, "Q183")), "test");
        assertEquals(Outcome.NO_MATCH, d.outcome());
    }

    @Test
    void noCandidateIsNoMatch() {
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PERSON), "Tawfik Chamaa", null, Set.of()), List.of(), "src");
        assertEquals(Outcome.NO_MATCH, d.outcome());
        assertEquals("no item of src has the name 'Tawfik Chamaa'", d.reason());
    }

    @Test
    void theOrderOfCandidatesDoesNotMatter() {
        List<LinkCandidate> cs = new ArrayList<>(List.of(candidate("Q3766", "Damascus", true, ItemKind.PLACE, "Q858"),
                candidate("Q1000", "Damascus", false, ItemKind.PLACE, "Q30"),
                candidate("Q7", "Damascus", true, ItemKind.PERSON)));
        EntityToLink e = entity(Set.of(ItemKind.PLACE), "Damascus", null, Set.of("Q858"));
        LinkDecision first = chooser.decide(e, cs, "test");
        Collections.reverse(cs);
        assertEquals(first, chooser.decide(e, cs, "test"));
    }

    @Test
    void theVerifiedExtractOutweighsALiveNamesake() {
        LinkCandidate city = new LinkCandidate("Q41183", "Aleppo", "Aleppo", true, Set.of(ItemKind.PLACE),
                new TreeSet<>(Set.of("Q858")), null, ExtractLinker.SHIPPED);
        LinkCandidate district = candidate("Q2000", "Aleppo", true, ItemKind.PLACE, "Q858");
        LinkDecision d = chooser.decide(entity(Set.of(ItemKind.PLACE), "Aleppo", null, Set.of()), List.of(district, city),
                "test");
        assertEquals("Q41183", d.qid());
        assertEquals(ExtractLinker.SHIPPED, d.source());
    }
}
