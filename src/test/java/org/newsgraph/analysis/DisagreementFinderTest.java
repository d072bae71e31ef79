package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.EventLexicon;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Units;

/** The disagreements found do not depend on how the claims are cut into pieces or on the threads. */
class DisagreementFinderTest {
    private final Sameness sameness = new Sameness(RandomClaims.HIERARCHY, Units.load());
    private final EventLexicon events = EventLexicon.load();

    @Test
    void piecesOnThreadsFindWhatOneThreadFinds() {
        Random random = new Random(41);
        List<ClaimRecord> claims = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            claims.add(varied(random, RandomClaims.claim(random, i)));
        }
        Map<Node, Node> propositionOf = new HashMap<>();
        List<List<ClaimRecord>> propositions = new PropositionGrouper(sameness, 1).group(claims);
        for (int p = 0; p < propositions.size(); p++) {
            Node iri = NodeFactory.createURI("https://example.org/proposition/" + p);
            propositions.get(p).forEach(c -> propositionOf.put(c.claim(), iri));
        }
        List<Disagreement> whole = new DisagreementFinder(sameness, events, 1, Integer.MAX_VALUE).find(claims, propositionOf);
        List<Disagreement> pieces = new DisagreementFinder(sameness, events, 3, 7).find(claims, propositionOf);
        assertEquals(whole, pieces);
        Set<String> reasons = whole.stream().map(Disagreement::reason).collect(Collectors.toSet());
        assertTrue(reasons.containsAll(Set.of("doubt", "denial", "opposite-state")), "reasons found: " + reasons);
        assertTrue(whole.size() > 50, whole.size() + " disagreements");
    }

    /** Halts against attacks, with doubts, denials, negations and reports that the event goes on. */
    private static ClaimRecord varied(Random random, ClaimRecord c) {
        String type = random.nextBoolean() ? "halt" : "attack";
        Event.Polarity polarity = random.nextInt(6) == 0 ? Event.Polarity.NEGATED : Event.Polarity.ASSERTED;
        Set<Marker> markers = switch (random.nextInt(8)) {
            case 0 -> Set.of(Marker.DOUBT);
            case 1 -> Set.of(Marker.CONTINUING);
            case 2 -> Set.of(Marker.DENIAL);
            default -> c.markers();
        };
        Set<Node> denied = markers.contains(Marker.DENIAL) && random.nextBoolean() ? Set.of(RandomClaims.REBELS) : Set.of();
        return RandomClaims.with(c, type, polarity, markers, denied);
    }
}
