package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.DocumentGraph;
import org.newsgraph.store.KnowledgeStore;

/** The integrity check the crash test relies on finds each kind of broken document. */
class DocumentIntegrityTest {

    private static final String PREFIXES = "@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n";

    @TempDir
    Path dir;

    private static DocumentGraph doc(String name, String turtle) {
        Node g = NodeFactory.createURI("https://w3id.org/newsgraph/doc/" + name);
        Graph graph = RDFParser.fromString(PREFIXES + turtle.replace("<G>", "<" + g.getURI() + ">"), Lang.TURTLE).toGraph();
        return new DocumentGraph(g, name, "sha256:" + name, graph);
    }

    @Test
    void findsAMissingSentenceAMissingHashAndAGraphWithoutItsDocument() {
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            store.write(List.of(
                    doc("whole", "<G> a ng:Document ; ng:contentHash 'h' ; ng:sentenceCount 1 . <G/s/0> a ng:Sentence ."),
                    doc("short", "<G> a ng:Document ; ng:contentHash 'h' ; ng:sentenceCount 2 . <G/s/0> a ng:Sentence ."),
                    doc("nohash", "<G> a ng:Document ; ng:sentenceCount 0 ."),
                    doc("orphan", "<G/s/0> a ng:Sentence .")));
            assertEquals(Map.of(
                    "https://w3id.org/newsgraph/doc/short", "sentenceCount 2 but 1 sentences",
                    "https://w3id.org/newsgraph/doc/nohash", "no contentHash",
                    "https://w3id.org/newsgraph/doc/orphan", "graph without its ng:Document"),
                    DocumentIntegrity.problems(store));
        }
    }
}
