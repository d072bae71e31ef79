package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** {@code ingest --prune}: the documents whose files are gone leave the store before the rest is read. */
class IngestPruneTest {

    @TempDir
    Path dir;

    @Test
    void aFileGoneFromTheDirectoryLeavesTheStoreAndTheAnalysisRunsOnce() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Fixtures.seedFiles().get(1), in.resolve("a.txt"));
        Files.copy(Fixtures.seedFiles().get(2), in.resolve("b.txt"));
        String store = dir.resolve("store").toString();
        assertEquals(0, MainTest.run("ingest", "--store", store, in.toString()).code());
        Files.delete(in.resolve("b.txt"));

        MainTest.Run r = MainTest.run("ingest", "--store", store, "--prune", in.toString());

        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("removed   b.txt", "pruned: 1 document whose file is gone"), lines.subList(0, 2));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("analysis: ")).count(), r.out());
        MainTest.Run documents = MainTest.run("query", "--store", store, "--format", "csv", "documents");
        assertEquals(List.of("a.txt"), documents.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void aRecordsFileIsRefusedForItNamesItsDocumentsInside() throws Exception {
        Path records = Files.writeString(dir.resolve("scrape.jsonl"), "{\"id\": \"x\", \"text\": \"Russia said so.\"}\n");

        MainTest.Run r = MainTest.run("ingest", "--store", dir.resolve("store").toString(), "--prune", records.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains("--prune works on article files and directories of them"), r.err());
        assertTrue(Files.notExists(dir.resolve("store")), "nothing was created");
    }
}
