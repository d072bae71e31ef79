package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality bar, measured the way the project is judged: the seeds' store exported as N-Quads and
 * scored by {@code ../shared/eval/score.py} against the development gold. Fails when a score drops
 * below the bar the extraction issue sets.
 */
class ExtractionQualityTest {

    private static final Path SCORER = Fixtures.root().resolve("../shared/eval/score.py").normalize();
    private static final Path GOLD = Fixtures.root().resolve("../shared/eval/dev/seeds.gold.tsv").normalize();
    private static final Pattern SCORE = Pattern.compile("SCORE (.*)");

    @TempDir
    static Path dir;

    private static Map<String, Double> scores;
    private static String report;

    @BeforeAll
    static void score() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(SCORER), "the scorer must sit at " + SCORER + " (../shared beside the checkout)");
        Path graph = dir.resolve("seeds.nq");
        Files.write(graph, Fixtures.nquads(Fixtures.seedStore()));
        Process p = new ProcessBuilder("python3", SCORER.toString(), "--graph", graph.toString(), "--gold", GOLD.toString())
                .redirectErrorStream(true).start();
        report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "scorer did not finish");
        assertEquals(0, p.exitValue(), report);
        Matcher m = SCORE.matcher(report);
        assertTrue(m.find(), report);
        scores = new HashMap<>();
        for (String field : m.group(1).trim().split("\\s+")) {
            String[] kv = field.split("=");
            scores.put(kv[0], Double.parseDouble(kv[1]));
        }
    }

    @Test
    void everySeedIsInTheGraph() {
        assertEquals(0.0, scores.get("docs_missing"), report);
    }

    @Test
    void mentionsReachTheBar() {
        assertTrue(scores.get("mentions_f1") >= 0.90, report);
    }

    @Test
    void relationsReachTheBar() {
        assertTrue(scores.get("relations_f1") >= 0.75, report);
    }

    @Test
    void claimsReachTheBar() {
        assertTrue(scores.get("claims_f1") >= 0.80, report);
    }

    @Test
    void linksAreRight() {
        assertTrue(scores.get("linking_acc") >= 0.98, report);
    }
}
