package org.newsgraph.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Gazetteer;
import org.newsgraph.mention.Mention;

/**
 * The curated catalogue of actors and places ({@code ontology/catalogue.ttl}): names, descriptions,
 * nationality adjectives, capitals, offices, affiliations and verified Wikidata ids. Immutable after
 * loading; shared by all threads.
 */
public final class EntityCatalogue {

    static final String NS = "https://w3id.org/newsgraph/ontology#";
    static final String ENTITY_NS = "https://w3id.org/newsgraph/entity/";
    private static final String RESOURCE = "/ontology/catalogue.ttl";

    private final Graph graph;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, String> capitalOf = new HashMap<>();
    private final Map<String, String> government = new HashMap<>();
    private final Map<String, String> military = new HashMap<>();
    private final Map<String, String> partOf = new HashMap<>();
    private final Map<String, List<String>> descriptions = new HashMap<>();
    private final Map<String, List<String>> demonyms = new HashMap<>();
    private final List<Position> positions = new ArrayList<>();
    private final Gazetteer gazetteer = new Gazetteer();

    private EntityCatalogue(Graph graph) {
        this.graph = graph;
        read();
        buildGazetteer();
    }

    /** Loads the catalogue shipped in the jar. */
    public static EntityCatalogue load() {
        try (InputStream in = EntityCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild with mvn package");
            }
            return new EntityCatalogue(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue from Turtle text, for tests of catalogue-driven rules. */
    public static EntityCatalogue fromTurtle(String turtle) {
        return new EntityCatalogue(RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
    }

    private static Node ng(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private void read() {
        Map<Node, EntityType> types = Map.of(ng("State"), EntityType.STATE, ng("Organization"), EntityType.ORGANIZATION,
                ng("ArmedGroup"), EntityType.ARMED_GROUP, ng("Person"), EntityType.PERSON, ng("Place"), EntityType.PLACE);
        for (Map.Entry<Node, EntityType> t : types.entrySet()) {
            for (Triple typed : graph.find(Node.ANY, RDF.type.asNode(), t.getKey()).toList()) {
                Node e = typed.getSubject();
                String key = key(e);
                String label = one(e, RDFS.label.asNode()).orElseThrow(() ->
                        new IllegalStateException("catalogue entity " + key + " has no rdfs:label"));
                Optional<String> role = one(e, ng("role"));
                Optional<String> affiliation = object(e, ng("affiliation")).map(EntityCatalogue::key);
                entities.put(key, new Entity(key, label, t.getValue(), strings(e, SKOS.altLabel.asNode()), role, affiliation, true));
                descriptions.put(key, strings(e, SKOS.hiddenLabel.asNode()));
                demonyms.put(key, strings(e, ng("demonym")));
                object(e, ng("capital")).ifPresent(c -> capitalOf.put(key(c), key));
                object(e, ng("government")).ifPresent(g -> government.put(key, key(g)));
                object(e, ng("military")).ifPresent(m -> military.put(key, key(m)));
                object(e, ng("partOf")).ifPresent(p -> partOf.put(key, key(p)));
                for (Triple p : graph.find(e, ng("position"), Node.ANY).toList()) {
                    Node pos = p.getObject();
                    positions.add(new Position(key, one(pos, ng("role")).orElseThrow(),
                            key(object(pos, ng("of")).orElseThrow()),
                            Integer.parseInt(one(pos, ng("from")).orElse("0")),
                            Integer.parseInt(one(pos, ng("until")).orElse("0"))));
                }
            }
        }
    }

    static String key(Node entity) {
        String uri = entity.getURI();
        if (!uri.startsWith(ENTITY_NS)) {
            throw new IllegalStateException("catalogue entity " + uri + " is not in " + ENTITY_NS);
        }
        return uri.substring(ENTITY_NS.length());
    }

    private Optional<String> one(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().findFirst();
    }

    private Optional<Node> object(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).findFirst();
    }

    private List<String> strings(Node s, Node p) {
        return graph.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList();
    }

    private void buildGazetteer() {
        for (Entity e : entities.values()) {
            Mention.Form nameForm = e.type() == EntityType.PLACE && capitalOf.containsKey(e.key())
                    ? Mention.Form.CAPITAL : Mention.Form.NAME;
            gazetteer.add(new Gazetteer.Entry(e.label(), e.key(), e.type(), nameForm));
            for (String name : e.altLabels()) {
                gazetteer.add(new Gazetteer.Entry(name, e.key(), e.type(), nameForm));
            }
            for (String description : descriptions.get(e.key())) {
                gazetteer.add(new Gazetteer.Entry(description, e.key(), e.type(), Mention.Form.DESCRIPTION));
            }
            for (String demonym : demonyms.get(e.key())) {
                gazetteer.add(new Gazetteer.Entry(demonym, e.key(), e.type(), Mention.Form.DEMONYM));
            }
        }
        for (Position p : positions) {
            for (String phrase : rolePhrases(p)) {
                gazetteer.add(new Gazetteer.Entry(phrase, p.person(), EntityType.PERSON, Mention.Form.ROLE));
            }
        }
    }

    /** "Russia's foreign minister", "Russian Foreign Minister", "UN envoy for Syria" ... */
    private List<String> rolePhrases(Position p) {
        Entity of = entities.get(p.of());
        List<String> owners = new ArrayList<>();
        owners.add(of.label());
        of.altLabels().stream().filter(n -> n.split(" ").length <= 2).forEach(owners::add);
        List<String> phrases = new ArrayList<>();
        for (String owner : owners) {
            phrases.add(owner + " " + p.role());
            phrases.add(owner + "'s " + p.role());
        }
        for (String demonym : demonyms.getOrDefault(p.of(), List.of())) {
            phrases.add(demonym + " " + p.role());
        }
        if (owners.stream().anyMatch(o -> p.role().contains(o))) {
            phrases.add(p.role());
        }
        return phrases;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Optional<Entity> get(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    /** The state whose capital this place is. */
    public Optional<String> stateOfCapital(String placeKey) {
        return Optional.ofNullable(capitalOf.get(placeKey));
    }

    /** Who acts when news names the state's capital: its government body, or the state itself. */
    public String actingBody(String stateKey) {
        return government.getOrDefault(stateKey, stateKey);
    }

    /** The state's armed forces as news reports them, or the state itself. */
    public String military(String stateKey) {
        return military.getOrDefault(stateKey, stateKey);
    }

    /** The larger body an organisation belongs to, or the affiliation of a person. */
    public Optional<String> parent(String key) {
        Entity e = entities.get(key);
        if (e != null && e.affiliation().isPresent()) {
            return e.affiliation();
        }
        return Optional.ofNullable(partOf.get(key));
    }

    /** Holders of an office phrase's entries, for picking by date. */
    public List<Position> positions(String personKey) {
        return positions.stream().filter(p -> p.person().equals(personKey)).toList();
    }

    /** The catalogue as RDF, for the catalogue graph. */
    public Graph graph() {
        return graph;
    }
}
