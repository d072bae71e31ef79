package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.analysis.RandomClaims.ARMY;
import static org.newsgraph.analysis.RandomClaims.DOUMA;
import static org.newsgraph.analysis.RandomClaims.LAVROV;
import static org.newsgraph.analysis.RandomClaims.RUSSIA;
import static org.newsgraph.analysis.RandomClaims.SOHR;
import static org.newsgraph.analysis.RandomClaims.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.Units;

/**
 * The anchors the grouper looks claims up by must never hide a claim that could join: when no date
 * compares two claims and they are compatible, they share an anchor.
 */
class AnchorsTest {
    private final Sameness sameness = new Sameness(RandomClaims.HIERARCHY, Units.load());

    @Test
    void compatibleClaimsThatNoDateComparesShareAnAnchor() {
        Random random = new Random(11);
        List<ClaimRecord> claims = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            claims.add(RandomClaims.claim(random, i));
        }
        int compatible = 0;
        for (ClaimRecord c : claims) {
            Set<Sameness.Anchor> sought = sameness.anchorsSought(c);
            for (ClaimRecord m : claims) {
                if (c != m && c.gapTo(m).isEmpty() && sameness.compatible(c, m)) {
                    compatible++;
                    Set<Sameness.Anchor> shared = new HashSet<>(sameness.anchorsOf(m));
                    shared.retainAll(sought);
                    assertFalse(shared.isEmpty(), c + " is compatible with " + m + " but they share no anchor");
                }
            }
        }
        // Enough compatible pairs that every way of being compatible without a date was met.
        assertTrue(compatible > 1000, compatible + " compatible pairs");
    }

    @Test
    void aStateMeetsTheBodiesThatSpeakForItAndAGenericCountItsParts() {
        ClaimRecord byRussia = claim("a", List.of(RUSSIA), List.of());
        ClaimRecord byLavrov = claim("b", List.of(LAVROV), List.of());
        ClaimRecord civilians = claim("c", List.of(SOHR), List.of(quantity(300, "civilians")));
        ClaimRecord people = claim("d", List.of(ARMY), List.of(quantity(300, "people")));
        assertTrue(share(byLavrov, byRussia) && share(byRussia, byLavrov));
        assertTrue(share(people, civilians) && share(civilians, people));
        assertFalse(share(byLavrov, civilians));
    }

    private boolean share(ClaimRecord c, ClaimRecord m) {
        Set<Sameness.Anchor> shared = new HashSet<>(sameness.anchorsSought(c));
        shared.retainAll(sameness.anchorsOf(m));
        return !shared.isEmpty();
    }

    private static ClaimRecord claim(String doc, List<Node> speakers, List<Quantity> quantities) {
        Node docNode = RandomClaims.document(doc);
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim"), docNode, doc + ".txt",
                Optional.empty(), Optional.empty(), 0, "content", speakers, Optional.of("evacuation"),
                Event.Polarity.ASSERTED, Set.of(), Set.of(), Set.of(DOUMA), Optional.empty(), quantities, Set.of(), Set.of());
    }
}
