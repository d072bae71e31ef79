package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.newsgraph.document.OutletTable;

/**
 * Decides which node stands for a news outlet. An outlet the catalogue knows as an organisation, by its
 * name or one of its other names in any case ("SANA", "Syrian Arab News Agency", "thomson reuters"), is
 * that catalogue entity: "SANA reported" and the articles SANA published meet in one node, which carries
 * the catalogue's label and Wikidata id. Any other outlet gets a node of its own, minted from its name
 * ({@link Iris#outlet}), with the Wikidata id {@code ontology/outlets.tsv} gives for it, if any. Immutable;
 * shared by all threads.
 */
public final class OutletNodes {

    /** Catalogue organisations by normalised name; a name two organisations share is left out. */
    private final Map<String, Node> byName;
    private final Graph catalogue;
    private final OutletTable table;

    private OutletNodes(Map<String, Node> byName, Graph catalogue, OutletTable table) {
        this.byName = Map.copyOf(byName);
        this.catalogue = catalogue;
        this.table = table;
    }

    /**
     * Indexes the organisations of a catalogue graph ({@code ontology/catalogue.ttl}) by name.
     *
     * @param table outlets with Wikidata ids the catalogue may lack
     */
    public static OutletNodes of(Graph catalogue, OutletTable table) {
        Map<String, Node> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Triple typed : catalogue.find(Node.ANY, Vocab.RDF_TYPE, NG.Organization).toList()) {
            Node entity = typed.getSubject();
            for (Node property : new Node[] {Vocab.LABEL, Vocab.ALT_LABEL}) {
                for (Triple name : catalogue.find(entity, property, Node.ANY).toList()) {
                    String key = normalise(name.getObject().getLiteralLexicalForm());
                    Node before = byName.putIfAbsent(key, entity);
                    if (before != null && !before.equals(entity)) {
                        shared.add(key);
                    }
                }
            }
        }
        shared.forEach(byName::remove);
        return new OutletNodes(byName, catalogue, table);
    }

    /** The node for an outlet of this name: the catalogue's organisation of that name, or a minted one. */
    public Node node(String name) {
        Node catalogued = byName.get(normalise(name));
        return catalogued != null ? catalogued : Iris.outlet(name.strip());
    }

    /** Adds {@code doc ng:outlet o . o a ng:Outlet ; rdfs:label ...} to {@code g}. */
    void map(Graph g, Node doc, String name) {
        Node outlet = node(name);
        ArticleGraphMapper.add(g, doc, NG.outlet, outlet);
        ArticleGraphMapper.add(g, outlet, Vocab.RDF_TYPE, NG.Outlet);
        // A catalogued outlet repeats the catalogue's own label, so the union of graphs still has one.
        Node label = catalogue.find(outlet, Vocab.LABEL, Node.ANY).nextOptional().map(Triple::getObject)
                .orElseGet(() -> ArticleGraphMapper.english(name.strip()));
        ArticleGraphMapper.add(g, outlet, Vocab.LABEL, label);
        if (!catalogue.contains(outlet, Vocab.SAME_AS, Node.ANY)) {
            table.find(name).flatMap(OutletTable.Outlet::wikidata).ifPresent(q ->
                    ArticleGraphMapper.add(g, outlet, Vocab.SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + q)));
        }
    }

    /** Case, runs of spaces, typographic apostrophes and a leading "the" do not tell outlets apart. */
    static String normalise(String name) {
        String n = name.replace('’', '\'').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
