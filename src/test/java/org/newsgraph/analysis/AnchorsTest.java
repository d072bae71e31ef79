package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.proposition.Units;

/**
 * The anchors the grouper looks claims up by must never hide a claim that could join: when no date
 * compares two claims and they are compatible, they share an anchor.
 */
class AnchorsTest {
    private static final Node RUSSIA = entity("russia");
    private static final Node SYRIA = entity("syria");
    private static final Node MFA = entity("russian-foreign-ministry");
    private static final Node LAVROV = entity("sergey-lavrov");
    private static final Node MOD = entity("russian-ministry-of-defence");
    private static final Node ARMY = entity("syrian-army");
    private static final Node SOHR = entity("syrian-observatory");
    private static final Node REBELS = entity("rebels");
    private static final Node ALEPPO = entity("aleppo");
    private static final Node EAST_ALEPPO = entity("east-aleppo");
    private static final Node DOUMA = entity("douma");
    private static final List<Node> SPEAKERS = List.of(RUSSIA, SYRIA, MFA, LAVROV, MOD, ARMY, SOHR);
    private static final List<Node> ACTORS = List.of(RUSSIA, SYRIA, ARMY, REBELS, SOHR);
    private static final List<Node> PLACES = List.of(ALEPPO, EAST_ALEPPO, DOUMA);
    private static final List<String> UNITS = List.of("people", "civilians", "combatants", "aircraft");

    private final Hierarchy hierarchy = new Hierarchy(
            Map.of(LAVROV, List.of(MFA), MFA, List.of(RUSSIA), MOD, List.of(RUSSIA), ARMY, List.of(SYRIA)),
            Map.of(EAST_ALEPPO, List.of(ALEPPO)), Set.of(RUSSIA, SYRIA));
    private final Sameness sameness = new Sameness(hierarchy, Units.load());

    @Test
    void compatibleClaimsThatNoDateComparesShareAnAnchor() {
        Random random = new Random(11);
        List<ClaimRecord> claims = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            claims.add(randomClaim(random, i));
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

    private static ClaimRecord randomClaim(Random random, int n) {
        String doc = "doc" + random.nextInt(40);
        List<Node> speakers = new ArrayList<>(some(random, SPEAKERS, 2));
        if (speakers.isEmpty()) {
            speakers.add(SPEAKERS.get(random.nextInt(SPEAKERS.size())));
        }
        List<Quantity> quantities = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            quantities.add(quantity(random.nextBoolean() ? 300 : 40, UNITS.get(random.nextInt(UNITS.size()))));
        }
        Optional<TimeSpan> time = Optional.empty();
        if (random.nextInt(3) == 0) {
            LocalDate day = LocalDate.of(2016, 12, 1 + random.nextInt(3));
            time = Optional.of(new TimeSpan(day, day, random.nextBoolean() ? TimeSpan.Precision.STATED
                    : TimeSpan.Precision.REPORTED, "test"));
        }
        Node docNode = NodeFactory.createURI("https://example.org/doc/" + doc);
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim" + n), docNode, doc + ".txt",
                Optional.empty(), Optional.empty(), n, "content " + n, speakers, Optional.of("evacuation"),
                Event.Polarity.ASSERTED, some(random, ACTORS, 2), some(random, ACTORS, 1), some(random, PLACES, 1), time,
                quantities, random.nextInt(8) == 0 ? Set.of(Marker.NEW_INSTANCE) : Set.of(), Set.of());
    }

    private static ClaimRecord claim(String doc, List<Node> speakers, List<Quantity> quantities) {
        Node docNode = NodeFactory.createURI("https://example.org/doc/" + doc);
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim"), docNode, doc + ".txt",
                Optional.empty(), Optional.empty(), 0, "content", speakers, Optional.of("evacuation"),
                Event.Polarity.ASSERTED, Set.of(), Set.of(), Set.of(DOUMA), Optional.empty(), quantities, Set.of(), Set.of());
    }

    private static Set<Node> some(Random random, List<Node> from, int most) {
        Set<Node> out = new HashSet<>();
        int n = random.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    private static Quantity quantity(double value, String unit) {
        return new Quantity(value, value, value, unit, (int) value + " " + unit);
    }

    private static Node entity(String name) {
        return NodeFactory.createURI("https://w3id.org/newsgraph/entity/" + name);
    }
}
