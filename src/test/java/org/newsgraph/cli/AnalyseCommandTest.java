package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** {@code --no-analysis} leaves the cross-outlet analysis for later, {@code stats} says so and {@code analyse} catches up. */
class AnalyseCommandTest {

    @TempDir
    Path dir;

    @Test
    void batchesLoadedWithoutAnalysisAreAnalysedOnceAtTheEnd() throws Exception {
        Path a = Files.copy(Fixtures.seedFiles().get(0), Files.createDirectories(dir.resolve("part1")).resolve("a.txt"));
        Path b = Files.copy(Fixtures.seedFiles().get(4), Files.createDirectories(dir.resolve("part2")).resolve("b.txt"));
        String store = dir.resolve("store").toString();

        MainTest.Run first = MainTest.run("ingest", "--no-analysis", "--store", store, a.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains(AnalyseCommand.LEFT_AS_IT_WAS + "\n"), first.out());
        assertTrue(analysisLine(store).startsWith("none, "), analysisLine(store));
        MainTest.Run second = MainTest.run("ingest", "--no-analysis", "--store", store, b.toString());
        assertTrue(second.out().contains(AnalyseCommand.LEFT_AS_IT_WAS + "\n"), second.out());
        assertEquals(List.of(), propositions(store), "nothing analysed yet");

        MainTest.Run analysed = MainTest.run("analyse", "--store", store, "--threads", "1");

        assertEquals(0, analysed.code(), analysed.err());
        assertTrue(analysed.out().matches("(?s)analysis: \\d+ claims, .*\n") && !analysed.out().contains("kept"),
                analysed.out());
        assertEquals("up to date", analysisLine(store));
        assertTrue(propositions(store).size() > 1, "the propositions query reads the analysis");
        assertTrue(MainTest.run("analyze", "--store", store).out().contains(", kept: the store holds what it was made from"));
        String once = dir.resolve("once").toString();
        assertEquals(0, MainTest.run("ingest", "--store", once, a.toString(), b.toString()).code());
        assertEquals(export(once), export(store), "two ingests without analysis and analyse differ from one ingest");
    }

    @Test
    void aRemovalWithoutAnalysisLeavesTheRemovedClaimsCountedUntilAnalyse() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.seedFiles().get(0), in.resolve("a.txt"));
        Files.copy(Fixtures.seedFiles().get(4), in.resolve("b.txt"));
        String store = dir.resolve("store").toString();
        assertEquals(0, MainTest.run("ingest", "--store", store, in.toString()).code());

        MainTest.Run removed = MainTest.run("remove", "--no-analysis", "--store", store, "b.txt");

        assertEquals(0, removed.code(), removed.err());
        assertTrue(removed.out().contains(AnalyseCommand.LEFT_AS_IT_WAS + "\n"), removed.out());
        assertTrue(analysisLine(store).startsWith("out of date: the store changed since it was made"), analysisLine(store));
        assertTrue(MainTest.run("analyse", "--store", store).out().startsWith("analysis: "));
        assertEquals("up to date", analysisLine(store));
    }

    @Test
    void analyseNeedsAStoreThatExists() {
        MainTest.Run r = MainTest.run("analyse", "--store", dir.resolve("nothing").toString());

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("newsgraph: "), r.err());
        assertTrue(Files.notExists(dir.resolve("nothing")), "nothing was created");
    }

    @Test
    void threadsMustBeAtLeastOne() {
        MainTest.Run r = MainTest.run("analyse", "--store", dir.resolve("nothing").toString(), "--threads", "0");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threads must be at least 1, got 0"), r.err());
    }

    private static List<String> propositions(String store) {
        MainTest.Run r = MainTest.run("query", "--store", store, "--format", "csv", "propositions");
        assertEquals(0, r.code(), r.err());
        return r.out().lines().skip(1).toList();
    }

    private static String analysisLine(String store) {
        MainTest.Run stats = MainTest.run("stats", "--store", store);
        assertEquals(0, stats.code(), stats.err());
        return stats.out().lines().filter(l -> l.startsWith("analysis ")).map(l -> l.substring(12)).findFirst().orElseThrow();
    }

    private static String export(String store) {
        MainTest.Run r = MainTest.run("export", "--store", store, "--format", "nquads");
        assertEquals(0, r.code(), r.err());
        return r.out();
    }
}
