package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/** TDB2's node-id scans give what a scan of decoded quads gives, term for term. */
class TermKeysTest {
    private static final String DOCS = """
            @prefix ng: <https://w3id.org/newsgraph/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/newsgraph/doc/%1$s> a ng:Document ; ng:fileName "%1$s" ; ng:contentHash "sha256:%1$s" .
            <https://w3id.org/newsgraph/doc/%1$s#char=0,6> ng:refersTo <https://w3id.org/newsgraph/entity/russia> ;
                ng:surface "Moscow"@en .
            <https://w3id.org/newsgraph/doc/%1$s#char=10,16> ng:refersTo <https://w3id.org/newsgraph/entity/syria> ;
                ng:surface "Syria"@en .
            <https://w3id.org/newsgraph/doc/%1$s/claim/0-40> ng:start 0 ; ng:end "40"^^xsd:integer ;
                ng:timeFrom "2016-12-13"^^xsd:date ; ng:confidence 0.92 ; ng:surface "Moscow"@en .
            <https://w3id.org/newsgraph/entity/russia> a ng:State .
            """;

    @TempDir
    Path dir;

    private static DocumentGraph doc(String file) {
        Graph g = RDFParser.fromString(DOCS.formatted(file), Lang.TURTLE).toGraph();
        return new DocumentGraph(NodeFactory.createURI("https://w3id.org/newsgraph/doc/" + file), file, "sha256:" + file, g);
    }

    private static List<Quad> decoded(TermKeys keys, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        TermKeys.QuadKeys each = (g, s, obj) -> out.add(Quad.create(keys.term(g), keys.term(s), p, keys.term(obj)));
        if (o == null) {
            keys.scan(p, each);
        } else {
            keys.scan(p, o, each);
        }
        return out;
    }

    @Test
    void nodeIdScansGiveTheQuadsAndTermsThatDecodedScansGive() {
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir)) {
            store.write(List.of(doc("a.txt"), doc("b.txt")));
            for (Node p : List.of(NG.refersTo, NG.surface, NG.start, NG.end, NG.timeFrom, NG.confidence, NG.fileName)) {
                List<Quad> byId = store.readKeyed(keys -> decoded(keys, p, null));
                List<Quad> byTerm = store.read(dsg -> decoded(TermKeys.of(dsg), p, null));
                assertEquals(byTerm, byId, "scan of " + p);
                assertFalse(byId.isEmpty(), "nothing scanned for " + p);
            }
            List<Quad> states = store.read(dsg -> decoded(TermKeys.of(dsg), Vocab.RDF_TYPE, NG.State));
            assertEquals(2, states.size(), "Russia is a state in both graphs");
            assertEquals(states, store.readKeyed(keys -> decoded(keys, Vocab.RDF_TYPE, NG.State)));
        }
    }

    @Test
    void keysAreEqualExactlyWhenTheirTermsAre() {
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir)) {
            store.write(List.of(doc("a.txt"), doc("b.txt")));
            store.readKeyed(keys -> {
                Set<Object> surfaces = new HashSet<>();
                List<Object> moscow = new ArrayList<>();
                keys.scan(NG.surface, (g, s, o) -> {
                    surfaces.add(o);
                    if (keys.term(o).getLiteralLexicalForm().equals("Moscow")) {
                        moscow.add(o);
                    }
                });
                assertEquals(2, surfaces.size(), "Moscow and Syria, each one key in every graph");
                assertEquals(4, moscow.size());
                assertEquals(moscow.get(0), moscow.get(3), "one name, one key, whichever graph it is in");
                assertEquals(NodeFactory.createLiteralLang("Moscow", "en"), keys.term(moscow.get(0)));
                assertNotEquals(moscow.get(0), surfaces.stream().filter(k -> !moscow.contains(k)).findFirst().orElseThrow());
                List<Object> none = new ArrayList<>();
                keys.scan(Vocab.RDF_TYPE, NodeFactory.createURI("https://w3id.org/newsgraph/ontology#Nothing"),
                        (g, s, o) -> none.add(s));
                keys.scan(NodeFactory.createURI("https://w3id.org/newsgraph/ontology#unused"), (g, s, o) -> none.add(s));
                assertEquals(List.of(), none);
                return null;
            });
        }
    }
}
