package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.Linking;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Change;
import org.newsgraph.store.KnowledgeStore;

/**
 * What ingest guarantees whichever store it writes to: run against a local TDB2 store by
 * {@link IngestionTest} and against a remote SPARQL store by {@link RemoteIngestionTest}.
 */
abstract class IngestionContract {

    @TempDir
    Path dir;

    /** A new, empty store, which the test closes. */
    abstract KnowledgeStore newStore(String name);

    Path input(String name, String text) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(in.resolve(name), text);
    }

    static String seed(int i) throws Exception {
        return Files.readString(Fixtures.seedFiles().get(i));
    }

    @Test
    void reingestingUnchangedFilesChangesNothing() {
        try (KnowledgeStore store = newStore("s")) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), Fixtures.seeds());
            byte[] before = Fixtures.nquads(store);
            IngestReport again = Fixtures.ingest(store, Fixtures.config(2, 1000), Fixtures.seeds());
            assertEquals(5, again.unchanged());
            assertEquals(0, again.added() + again.replaced());
            assertEquals(0, again.transactions());
            assertEquals(0, again.quadsWritten());
            assertTrue(again.analysis().orElseThrow().kept(), again.analysis().orElseThrow().summary());
            assertArrayEquals(before, Fixtures.nquads(store), "N-Quads export differs after re-ingest");
        }
    }

    @Test
    void anIngestWithoutAnalysisLeavesItOutOfDateUntilARefreshMakesWhatOneIngestMakes() throws Exception {
        Path a = input("a.txt", seed(1));
        Path b = input("b.txt", seed(3));
        PipelineConfig config = Fixtures.config(2, 1000);
        try (KnowledgeStore batches = newStore("batches"); KnowledgeStore once = newStore("once")) {
            Fixtures.ingest(batches, config, a);
            Graph first = batches.graph(CrossOutletAnalysis.GRAPH);

            IngestReport deferred = new Ingestion(Fixtures.stages(), config).withoutAnalysis()
                    .ingest(List.of(b), batches, ProgressListener.NONE);

            assertEquals(1, deferred.added());
            assertTrue(deferred.analysis().isEmpty());
            assertTrue(IsoMatcher.isomorphic(first, batches.graph(CrossOutletAnalysis.GRAPH)), "the analysis was left as it was");
            assertEquals(CrossOutletAnalysis.State.STALE, CrossOutletAnalysis.state(batches));
            AnalysisReport refreshed = CrossOutletAnalysis.load().refresh(batches);
            assertFalse(refreshed.kept(), refreshed.summary());
            assertEquals(CrossOutletAnalysis.State.CURRENT, CrossOutletAnalysis.state(batches));
            Fixtures.ingest(once, config, a, b);
            assertArrayEquals(Fixtures.nquads(once), Fixtures.nquads(batches), "two ingests and a refresh differ from one ingest");
        }
    }

    @Test
    void aDocumentReplacedFromAnotherPathIsANote() throws Exception {
        Path first = Files.writeString(Files.createDirectories(dir.resolve("dA")).resolve("same.txt"), seed(1));
        Path second = Files.writeString(Files.createDirectories(dir.resolve("dB")).resolve("same.txt"), seed(2));
        try (KnowledgeStore store = newStore("s")) {
            Fixtures.ingest(store, Fixtures.config(1, 1000), first);
            IngestReport r = Fixtures.ingest(store, Fixtures.config(1, 1000), second);
            assertEquals(1, r.replaced());
            assertEquals(List.of("same.txt read from " + second + " replaces the document of that name read from " + first
                    + "; a document is known by its file name, so rename one if they are two articles"), r.notes());
            Files.writeString(second, seed(3));
            IngestReport edited = Fixtures.ingest(store, Fixtures.config(1, 1000), second);
            assertEquals(1, edited.replaced());
            assertEquals(List.of(), edited.notes(), "a file edited where it was read replaces nothing of another path");
        }
    }

    @Test
    void aChangedFileReplacesItsWholeGraphAndLeavesTheOthers() throws Exception {
        Path a = input("a.txt", seed(1));
        input("b.txt", seed(2));
        try (KnowledgeStore store = newStore("s"); KnowledgeStore fresh = newStore("fresh")) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), a.getParent());
            Graph b = Fixtures.documentGraph(store, "b.txt");
            Files.writeString(a, seed(3));
            IngestReport r = Fixtures.ingest(store, Fixtures.config(2, 1000), a.getParent());
            assertEquals(1, r.replaced());
            assertEquals(1, r.unchanged());
            assertEquals(Change.REPLACED, r.stored().get(0).change());

            Fixtures.ingest(fresh, Fixtures.config(1, 1000), a);
            assertTrue(Fixtures.documentGraph(store, "a.txt").isIsomorphicWith(Fixtures.documentGraph(fresh, "a.txt")),
                    "the replaced graph is not exactly the new version's graph");
            assertTrue(Fixtures.documentGraph(store, "b.txt").isIsomorphicWith(b));
            assertEquals(Map.of(), DocumentIntegrity.problems(store));
        }
    }

    @Test
    void crlfAndBomVersionsGiveTheSameTriplesAsLf() throws Exception {
        String lf = seed(4);
        assertFalse(lf.contains("\r"));
        Graph expected = ingestOne("lf", lf);
        assertTrue(expected.isIsomorphicWith(ingestOne("crlf", lf.replace("\n", "\r\n"))), "CRLF differs");
        assertTrue(expected.isIsomorphicWith(ingestOne("bom", "\uFEFF" + lf)), "BOM differs");
    }

    private Graph ingestOne(String variant, String text) throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve(variant)).resolve("article.txt"), text);
        try (KnowledgeStore store = newStore("store-" + variant)) {
            Fixtures.ingest(store, Fixtures.config(1, 1000), file);
            // Each variant sits in a directory of its own, which the document names as where it was read.
            Graph g = Fixtures.documentGraph(store, "article.txt");
            g.remove(Node.ANY, NG.sourcePath, Node.ANY);
            return g;
        }
    }

    @Test
    void anEndlessLineIsStoredAsBoundedSentences() throws Exception {
        Path file = input("endless.txt", "Shelling went on and on across the city ".repeat(5_000));
        try (KnowledgeStore store = newStore("s")) {
            IngestReport r = Fixtures.ingest(store, Fixtures.config(2, 1000), file);
            assertEquals(1, r.added());
            long longest = store.read(dsg -> {
                long max = 0;
                var it = dsg.find(null, null, org.newsgraph.rdf.NG.text, null);
                while (it.hasNext()) {
                    max = Math.max(max, it.next().getObject().getLiteralLexicalForm().length());
                }
                return max;
            });
            assertTrue(longest <= OpenNlpAnnotator.MAX_SENTENCE_CHARS, "longest sentence " + longest);
        }
    }

    @Test
    void parallelAndSequentialIngestGiveTheSameDataset() throws Exception {
        Path in = Files.createDirectories(dir.resolve("variants"));
        Fixtures.seedVariants(in, 2);
        try (KnowledgeStore sequential = newStore("one"); KnowledgeStore parallel = newStore("four")) {
            Fixtures.ingest(sequential, Fixtures.config(1, 7), in);
            Fixtures.ingest(parallel, Fixtures.config(4, 7), in);
            assertTrue(IsoMatcher.isomorphic(Fixtures.copy(sequential), Fixtures.copy(parallel)),
                    "four NLP threads stored something else than one");
        }
    }

    @Test
    void twoFreshStoresGiveTheSameNQuadsBytes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("variants"));
        Fixtures.seedVariants(in, 1);
        try (KnowledgeStore one = newStore("one"); KnowledgeStore other = newStore("other")) {
            Fixtures.ingest(one, Fixtures.config(1, 1000), in);
            Fixtures.ingest(other, Fixtures.config(3, 3), in);
            for (KnowledgeStore store : List.of(one, other)) {
                Linking.offline(LinkOverrides.standard(), w -> { }).run(store, false);
            }
            byte[] bytes = Fixtures.nquads(one);
            assertArrayEquals(bytes, Fixtures.nquads(other), "two stores of the same files export different bytes");
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("_:"), "the export holds blank nodes");
        }
    }

    @Test
    void aRemovedDocumentLeavesNothingBehindAndTheOthersStay() throws Exception {
        Path a = input("a.txt", seed(1));
        input("b.txt", seed(2));
        try (KnowledgeStore store = newStore("s")) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), a.getParent());
            Graph b = Fixtures.documentGraph(store, "b.txt");

            assertEquals(List.of("a.txt"), Removal.remove(store, List.of(a, Path.of("never-stored.txt"))));

            assertEquals(0, Fixtures.documentGraph(store, "a.txt").size());
            assertTrue(Fixtures.documentGraph(store, "b.txt").isIsomorphicWith(b));
            assertEquals(Optional.empty(), store.storedHash("a.txt"));
            assertEquals(Map.of(), DocumentIntegrity.problems(store));
        }
    }

    @Test
    void pruningRemovesTheDocumentsWhoseFilesAreGone() throws Exception {
        Path a = input("a.txt", seed(1));
        Path b = input("b.txt", seed(2));
        try (KnowledgeStore store = newStore("s")) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), a.getParent());
            Files.delete(b);

            assertEquals(List.of("b.txt"), Removal.prune(store, ArticleFiles.list(List.of(a.getParent())).files()));

            assertEquals(1, DocumentIntegrity.documents(store));
            assertTrue(store.storedHash("a.txt").isPresent());
        }
    }
}
