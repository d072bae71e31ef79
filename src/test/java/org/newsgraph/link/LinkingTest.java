package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.ShapeValidator;

class LinkingTest {
    static final Node ALEPPO = entity("aleppo");
    static final Node POET = entity("aleppo-the-poet");
    static final Node PUTIN = entity("putin");
    static final Node UOSSM = entity("uossm");
    static final Node UN = entity("the-un");

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    static Node entity(String key) {
        return NodeFactory.createURI(Iris.ENTITY + key);
    }

    static Node wd(String qid) {
        return NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + qid);
    }

    Linking offline(LinkOverrides overrides) {
        return new Linking(ExtractLinker.shipped(), null, overrides, warnings::add);
    }

    static boolean sameAs(Graph links, Node entity, String qid) {
        return links.contains(entity, Vocab.SAME_AS, wd(qid));
    }

    static String outcome(Graph links, Node entity) {
        Node decision = LinkGraphMapper.decisionIri(entity);
        return links.find(decision, NG.outcome, Node.ANY).next().getObject().getLiteralLexicalForm();
    }

    @Test
    void linksEntitiesByNameAgainstTheShippedExtract() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            LinkReport report = offline(LinkOverrides.none()).run(store, false);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertTrue(sameAs(links, ALEPPO, "Q41183"));
            assertTrue(sameAs(links, PUTIN, "Q7747"));
            assertTrue(sameAs(links, UN, "Q1065"), "'the United Nations' is looked up without 'the'");
            assertEquals("linked", outcome(links, ALEPPO));
            assertEquals(3, report.count(LinkDecision.Outcome.LINKED));
            assertEquals(1, report.alreadyLinked());
            assertTrue(warnings.isEmpty(), warnings::toString);
        }
    }

    @Test
    void everyDecisionIsStoredWithItsAlternativesIncludingNoMatch() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertEquals("no-match", outcome(links, UOSSM));
            assertEquals(6, links.find(Node.ANY, Vocab.RDF_TYPE, NG.LinkDecision).toList().size(),
                    "one decision per entity without a catalogue id");
            assertTrue(links.contains(LinkGraphMapper.decisionIri(ALEPPO), NG.alternative, Node.ANY));
        }
    }

    @Test
    void aPlaceNameNeverLinksAPersonToThePlace() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertFalse(links.contains(POET, Vocab.SAME_AS, Node.ANY));
            assertEquals("no-match", outcome(links, POET));
        }
    }

    @Test
    void placesGetCoordinatesOfTheirItem() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertEquals("36.20124", links.find(ALEPPO, Vocab.GEO_LAT, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals("37.16117", links.find(ALEPPO, Vocab.GEO_LONG, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertFalse(links.contains(PUTIN, Vocab.GEO_LAT, Node.ANY), "people get no coordinates");
        }
    }

    @Test
    void theOverrideFileWinsOverTheLinker() {
        LinkOverrides overrides = LinkOverrides.parse("entity:putin\tnone\tnot the president, a namesake\n"
                + "entity:uossm\tQ1065\treviewer says so\n", "test.tsv");
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(overrides).run(store, false);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertFalse(links.contains(PUTIN, Vocab.SAME_AS, Node.ANY));
            assertTrue(sameAs(links, UOSSM, "Q1065"));
            assertEquals("override", outcome(links, PUTIN));
            assertEquals("test.tsv:1", links.find(LinkGraphMapper.decisionIri(PUTIN), NG.linkSource, Node.ANY).next()
                    .getObject().getLiteralLexicalForm());
        }
    }

    @Test
    void anOverrideOfACatalogueLinkIsReportedNotApplied() {
        LinkOverrides overrides = LinkOverrides.parse("entity:syria\tQ30\twrong\n", "test.tsv");
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(overrides).run(store, false);
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).startsWith("test.tsv:1: override for " + entity("syria") + " ignored"),
                    warnings.get(0));
        }
    }

    @Test
    void anOverrideForAnEntityTheStoreDoesNotHoldIsReported() {
        LinkOverrides overrides = LinkOverrides.parse("entity:aleppo-typo\tQ41183\tchecked\n", "test.tsv");
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(overrides).run(store, false);
            assertEquals(List.of("test.tsv:1: override for " + entity("aleppo-typo") + " ignored: no actor or place in"
                    + " the store has that IRI; check the key against the catalogue or newsgraph query link-decisions"),
                    warnings);
        }
    }

    @Test
    void rerunsGiveTheSameGraph() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            Graph first = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            LinkReport again = offline(LinkOverrides.none()).run(store, false);
            Graph second = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertTrue(first.isIsomorphicWith(second));
            assertEquals(0, again.graphsWritten(), "an unchanged rerun writes nothing");
        }
    }

    @Test
    void decisionsConformToTheShapes() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            List<ShapeValidator.Violation> violations = new ShapeValidator().validate(store);
            assertTrue(violations.isEmpty(), violations::toString);
        }
    }

    @Test
    void theExtractIsStoredForQueriesToJoin() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            assertTrue(TestStores.graph(store, ExtractLinker.GRAPH).isIsomorphicWith(ExtractLinker.shipped().graph()));
        }
    }

    @Test
    void aRunThatFailsLeavesTheStoreAsItWas() {
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            offline(LinkOverrides.none()).run(store, false);
            Graph before = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            WikidataLinker broken = new WikidataLinker() {
                @Override
                public List<LinkCandidate> candidates(SortedSet<String> names) {
                    throw new IllegalStateException("bug in a linker");
                }

                @Override
                public String source() {
                    return "broken";
                }
            };
            Linking linking = new Linking(ExtractLinker.shipped(), broken, LinkOverrides.none(), warnings::add);
            assertThrows(IllegalStateException.class, () -> linking.run(store, false));
            assertTrue(before.isIsomorphicWith(TestStores.graph(store, LinkInputs.LINKS_GRAPH)));
            assertTrue(document.isIsomorphicWith(TestStores.graph(store, TestStores.DOC_GRAPH)));
        }
    }

    @Test
    void anEmptyStoreGetsAnEmptyLinksGraph() {
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            LinkReport report = offline(LinkOverrides.none()).run(store, false);
            assertEquals(0, report.count(LinkDecision.Outcome.LINKED));
            assertTrue(TestStores.graph(store, LinkInputs.LINKS_GRAPH).isIsomorphicWith(GraphFactory.createDefaultGraph()));
        }
    }
}
