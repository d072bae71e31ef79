package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Change;
import org.newsgraph.store.KnowledgeStore;

class IngestionTest {

    @TempDir
    Path dir;

    private KnowledgeStore newStore(String name) {
        return KnowledgeStore.openOrCreate(dir.resolve(name));
    }

    private Path input(String name, String text) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(in.resolve(name), text);
    }

    private static String seed(int i) throws Exception {
        return Files.readString(Fixtures.seedFiles().get(i));
    }

    @Test
    void ingestsTheFiveSeedsWithTheirSentences() {
        IngestReport r = Fixtures.seedReport();
        assertEquals(5, r.added());
        assertEquals(List.of(), r.rejected());
        assertEquals(List.of(32, 15, 34, 23, 33), r.stored().stream().map(IngestReport.StoredDocument::sentences).toList());
        assertEquals(137, r.sentences());
        assertEquals(r.stored().stream().mapToLong(IngestReport.StoredDocument::quads).sum(), r.quadsWritten());
        assertEquals(Map.of(), DocumentIntegrity.problems(Fixtures.seedStore()));
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
            assertArrayEquals(before, Fixtures.nquads(store), "N-Quads export differs after re-ingest");
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
    void badFilesAreRejectedOneByOneAndTheRestIsIngested() throws Exception {
        Path good = input("good.txt", seed(1));
        input("empty.txt", "");
        Files.write(good.resolveSibling("binary.txt"), new byte[] {1, 2, 0, 4});
        Files.write(good.resolveSibling("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        input("page.txt", "<html><body><div><p>Aleppo</p><p>Syria</p></div></body></html>");
        input("huge.txt", "word ".repeat(1000));
        try (KnowledgeStore store = newStore("s")) {
            IngestReport r = new Ingestion(Fixtures.stages(), new PipelineConfig(2, 1000, 4096))
                    .ingest(List.of(good.getParent(), dir.resolve("missing")), store, ProgressListener.NONE);
            assertEquals(1, r.added());
            List<String> messages = r.rejected().stream().map(InputRejectedException::getMessage).sorted().toList();
            assertEquals(6, messages.size(), messages.toString());
            for (String reason : List.of("binary.txt: file is binary", "empty.txt: file is empty", "huge.txt: file is 4.9 KB",
                    "latin1.txt: file is not valid UTF-8", "page.txt: file holds HTML", "missing: no such file")) {
                assertTrue(messages.stream().anyMatch(m -> m.contains(reason)), reason + " not in " + messages);
            }
            assertTrue(messages.stream().noneMatch(m -> m.contains("\n")), "every rejection is one line");
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

    /** The article's graph, but for the path it was read from (each variant sits in a directory of its own). */
    private Graph ingestOne(String variant, String text) throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve(variant)).resolve("article.txt"), text);
        try (KnowledgeStore store = newStore("store-" + variant)) {
            Fixtures.ingest(store, Fixtures.config(1, 1000), file);
            Graph g = Fixtures.documentGraph(store, "article.txt");
            g.remove(Node.ANY, NG.sourcePath, Node.ANY);
            return g;
        }
    }

    @Test
    void anArticleOverALimitIsRejectedAndTheOthersOfItsBatchAreStored() throws Exception {
        input("a.txt", seed(1));
        input("b.txt", "Russia said the rebels attacked Aleppo on Monday.\n".repeat(200));
        Path c = input("c.txt", seed(2));
        PipelineConfig config = new PipelineConfig(2, 1000, PlainTextReader.DEFAULT_MAX_BYTES,
                new ArticleLimits(100, 10_000, 100_000, Duration.ofMinutes(10)));
        try (KnowledgeStore store = newStore("s")) {
            IngestReport r = new Ingestion(Fixtures.stages(), config).ingest(List.of(c.getParent()), store,
                    ProgressListener.NONE);
            assertEquals(2, r.added());
            assertEquals(1, r.transactions());
            assertTrue(r.rejected().get(0).getMessage().endsWith("b.txt: article has 200 lines, so as many sentences at "
                    + "least, over the limit of 100 sentences per article; split it or raise --max-sentences"));
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
        Fixtures.seedVariants(in, 4);
        try (KnowledgeStore sequential = newStore("one"); KnowledgeStore parallel = newStore("four")) {
            Fixtures.ingest(sequential, Fixtures.config(1, 7), in);
            Fixtures.ingest(parallel, Fixtures.config(4, 7), in);
            assertTrue(IsoMatcher.isomorphic(Fixtures.copy(sequential), Fixtures.copy(parallel)),
                    "four NLP threads stored something else than one");
        }
    }

    @Test
    void aFileOverTheDefaultCapIsRejected() throws Exception {
        Path file = input("big.txt", "x".repeat((int) PlainTextReader.DEFAULT_MAX_BYTES + 1));
        try (KnowledgeStore store = newStore("s")) {
            IngestReport r = Fixtures.ingest(store, Fixtures.config(1, 1000), file);
            assertEquals(0, r.added());
            assertTrue(r.rejected().get(0).getMessage().contains("over the 2.0 MB limit"));
        }
    }
}
