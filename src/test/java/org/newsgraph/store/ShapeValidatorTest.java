package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.Ontology;

class ShapeValidatorTest {

    @TempDir
    Path dir;

    @Test
    void theSeedStoreConforms() {
        assertEquals(List.of(), new ShapeValidator().validate(Fixtures.seedStore()));
    }

    @Test
    void aStoreWithRelationsAndClaimsAsTheGraphModelDescribesConforms() {
        assertEquals(List.of(), new ShapeValidator().validate(RelationFixture.store()));
    }

    @Test
    void aDocumentWithoutHashAndABackwardSentenceAreViolations() {
        String doc = "https://w3id.org/newsgraph/doc/bad.txt";
        Graph g = RDFParser.fromString("""
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                <%1$s> a ng:Document ; ng:fileName "bad.txt" ; ng:sentenceCount 1 ; ng:characterCount 10 .
                <%1$s/sentence/0> a ng:Sentence ; ng:inDocument <%1$s> ; ng:index 0 ; ng:start 9 ; ng:end 3 ;
                    ng:text "backwards"@en .
                """.formatted(doc), Lang.TURTLE).toGraph();
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            store.ensureGraph(Ontology.GRAPH, Ontology.graph());
            store.write(List.of(new DocumentGraph(NodeFactory.createURI(doc), "bad.txt", "sha256:0", g)));
            List<String> violations = new ShapeValidator().validate(store).stream().map(Object::toString).toList();
            assertEquals(2, violations.size(), violations.toString());
            assertTrue(violations.contains(
                    "doc:bad.txt ng:contentHash: a document has exactly one ng:contentHash sha256:<64 hex digits>"),
                    violations.toString());
            assertTrue(violations.contains("doc:bad.txt/sentence/0 ng:start: a sentence starts before it ends"),
                    violations.toString());
        }
    }
}
