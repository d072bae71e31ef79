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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.KnowledgeStore;

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
        Scored seeds = score(graph, GOLD, SCORER.resolveSibling("clusters.tsv"));
        scores = seeds.scores();
        report = seeds.report();
    }

    /** The scorer's whole output and the figures of its SCORE line. */
    private record Scored(String report, Map<String, Double> scores) {
    }

    @Test
    void everySeedIsInTheGraph() {
        assertEquals(0.0, scores.get("docs_missing"), report);
    }

    /** The bar the extraction issue sets for the seeds. */
    @Test
    void mentionsReachTheBar() {
        assertTrue(scores.get("mentions_f1") >= 0.95, report);
    }

    @Test
    void relationsReachTheBar() {
        assertTrue(scores.get("relations_f1") >= 0.90, report);
    }

    @Test
    void claimsReachTheBar() {
        assertTrue(scores.get("claims_f1") >= 0.95, report);
    }

    @Test
    void linksAreRight() {
        assertTrue(scores.get("linking_acc") >= 0.98, report);
    }

    /**
     * The FA-KES development set (src/test/resources/eval): articles of 15 outlets annotated by the
     * developers before the rules saw them, in three sets. The bars sit below what the rules reach on
     * each (README, "Quality"), so the build fails when a change loses what they read; they are a
     * guard, not the target, which is the hidden test set's.
     */
    static Stream<Arguments> developmentSets() {
        return Stream.of(Arguments.of("fakes-dev", "fakes-dev", 0.90, 0.75, 0.78),
                Arguments.of("fakes-blind", "fakes-dev", 0.87, 0.62, 0.70),
                Arguments.of("fakes-sample", "fakes-sample", 0.90, 0.60, 0.62));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("developmentSets")
    void scrapedArticlesOfManyOutletsStayAboveTheirBar(String set, String clusters, double mentions, double relations,
                                                       double claims) throws IOException, InterruptedException {
        Path eval = Fixtures.root().resolve("src/test/resources/eval");
        Path gold = eval.resolve(set + ".gold.tsv");
        Path in = Files.createDirectories(dir.resolve(set));
        for (String line : Files.readAllLines(gold)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 1 && !Files.exists(in.resolve(f[1]))) {
                Files.copy(Fixtures.root().resolve("../shared/corpora/fakes/articles").resolve(f[1]).normalize(), in.resolve(f[1]));
            }
        }
        Path graph = dir.resolve(set + ".nq");
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir.resolve(set + "-store"))) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), in);
            Files.write(graph, Fixtures.nquads(store));
        }
        Scored s = score(graph, gold, eval.resolve(clusters + ".clusters.tsv"));
        Map<String, Double> f = s.scores();
        assertTrue(f.get("mentions_f1") >= mentions && f.get("relations_f1") >= relations && f.get("claims_f1") >= claims,
                s.report());
    }

    private static Scored score(Path graph, Path gold, Path clusters) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCORER.toString(), "--graph", graph.toString(), "--gold", gold.toString(),
                "--clusters", clusters.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "scorer did not finish");
        assertEquals(0, p.exitValue(), out);
        Matcher m = SCORE.matcher(out);
        assertTrue(m.find(), out);
        Map<String, Double> result = new HashMap<>();
        for (String field : m.group(1).trim().split("\\s+")) {
            String[] kv = field.split("=");
            result.put(kv[0], Double.parseDouble(kv[1]));
        }
        return new Scored(out, result);
    }
}
