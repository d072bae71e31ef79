package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.store.KnowledgeStore;

/** Ingest into a local TDB2 store: the contract, and what only concerns reading files. */
class IngestionTest extends IngestionContract {

    @Override
    KnowledgeStore newStore(String name) {
        return KnowledgeStore.openOrCreate(dir.resolve(name));
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
    void theListenerHearsOfEachArticleAndThenOfTheAnalysisBeforeItRuns() throws Exception {
        input("a.txt", seed(1));
        Path b = input("b.txt", seed(2));
        List<String> heard = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(int done, int total) {
                heard.add(done + "/" + total);
            }

            @Override
            public void stage(String what) {
                heard.add(what);
            }
        };
        try (KnowledgeStore store = newStore("s")) {
            new Ingestion(Fixtures.stages(), Fixtures.config(1, 1000)).ingest(List.of(b.getParent()), store, listener);
        }
        assertEquals(List.of("1/2", "2/2", "2/2", "cross-outlet analysis of the 2 documents in the store"), heard);
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
    void aFileOverTheDefaultCapIsRejected() throws Exception {
        Path file = input("big.txt", "x".repeat((int) PlainTextReader.DEFAULT_MAX_BYTES + 1));
        try (KnowledgeStore store = newStore("s")) {
            IngestReport r = Fixtures.ingest(store, Fixtures.config(1, 1000), file);
            assertEquals(0, r.added());
            assertTrue(r.rejected().get(0).getMessage().contains("over the 2.0 MB limit"));
        }
    }
}
