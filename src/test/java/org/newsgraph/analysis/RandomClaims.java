package org.newsgraph.analysis;

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
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;

/**
 * Claims about one evacuation drawn at random from a few speakers, actors, places, numbers and days, so
 * that many pairs are compatible in each of the ways {@link Sameness} allows, and many are not.
 */
final class RandomClaims {
    static final Node RUSSIA = entity("russia");
    static final Node SYRIA = entity("syria");
    static final Node MFA = entity("russian-foreign-ministry");
    static final Node LAVROV = entity("sergey-lavrov");
    static final Node MOD = entity("russian-ministry-of-defence");
    static final Node ARMY = entity("syrian-army");
    static final Node SOHR = entity("syrian-observatory");
    static final Node REBELS = entity("rebels");
    static final Node ALEPPO = entity("aleppo");
    static final Node EAST_ALEPPO = entity("east-aleppo");
    static final Node DOUMA = entity("douma");
    static final Hierarchy HIERARCHY = new Hierarchy(
            Map.of(LAVROV, List.of(MFA), MFA, List.of(RUSSIA), MOD, List.of(RUSSIA), ARMY, List.of(SYRIA)),
            Map.of(EAST_ALEPPO, List.of(ALEPPO)), Set.of(RUSSIA, SYRIA));
    private static final List<Node> SPEAKERS = List.of(RUSSIA, SYRIA, MFA, LAVROV, MOD, ARMY, SOHR);
    private static final List<Node> ACTORS = List.of(RUSSIA, SYRIA, ARMY, REBELS, SOHR);
    private static final List<Node> PLACES = List.of(ALEPPO, EAST_ALEPPO, DOUMA);
    private static final List<String> UNITS = List.of("people", "civilians", "combatants", "aircraft");

    private RandomClaims() {
    }

    /** The {@code n}th claim, in one of 40 articles. */
    static ClaimRecord claim(Random random, int n) {
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
        Node docNode = document(doc);
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim" + n), docNode, doc + ".txt",
                Optional.empty(), Optional.empty(), n, "content " + n, speakers, Optional.of("evacuation"),
                Event.Polarity.ASSERTED, some(random, ACTORS, 2), some(random, ACTORS, 1), some(random, PLACES, 1), time,
                quantities, random.nextInt(8) == 0 ? Set.of(Marker.NEW_INSTANCE) : Set.of(), Set.of());
    }

    /** {@code c} reporting an event of another class. */
    static ClaimRecord ofType(ClaimRecord c, String eventType) {
        return with(c, eventType, c.polarity(), c.markers(), c.deniedSources());
    }

    /** {@code c} with another event class, polarity, markers and denied sources. */
    static ClaimRecord with(ClaimRecord c, String eventType, Event.Polarity polarity, Set<Marker> markers,
                            Set<Node> deniedSources) {
        return new ClaimRecord(c.claim(), c.doc(), c.file(), c.issued(), c.outlet(), c.start(), c.content(), c.speakers(),
                Optional.of(eventType), polarity, c.participants(), c.agents(), c.places(), c.time(), c.quantities(),
                markers, deniedSources);
    }

    /**
     * The same claim as {@code c} in article {@code doc}, as an outlet that ran a copy of its article states it:
     * what it says is the same, while its outlet, date and wording (with the outlet's tagline) are its own.
     */
    static ClaimRecord copy(ClaimRecord c, String doc, int n) {
        Node docNode = document(doc);
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim" + n), docNode, doc + ".txt",
                Optional.of(LocalDate.of(2016, 12, 1 + n % 5)), Optional.of(entity("outlet-" + doc)), n,
                c.content() + " (" + doc + ")", c.speakers(), c.eventType(), c.polarity(), c.participants(), c.agents(),
                c.places(), c.time(), c.quantities(), c.markers(), c.deniedSources());
    }

    static Quantity quantity(double value, String unit) {
        return new Quantity(value, value, value, unit, (int) value + " " + unit);
    }

    static Node document(String name) {
        return NodeFactory.createURI("https://example.org/doc/" + name);
    }

    private static Set<Node> some(Random random, List<Node> from, int most) {
        Set<Node> out = new HashSet<>();
        int n = random.nextInt(most + 1);
        for (int i = 0; i < n; i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    private static Node entity(String name) {
        return NodeFactory.createURI("https://w3id.org/newsgraph/entity/" + name);
    }
}
