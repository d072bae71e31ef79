package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    /**
     * Five scraped FA-KES articles (no apostrophes, no commas) annotated by the developers: a check
     * that the rules hold on text unlike the seeds, with the bar lowered by the issue's 0.10 margin.
     */
    @Test
    void scrapedTextStaysWithinTheMarginOfTheBar() throws IOException, InterruptedException {
        Path sample = Fixtures.root().resolve("src/test/resources/eval");
        Path gold = sample.resolve("fakes-sample.gold.tsv");
        List<Path> articles = new ArrayList<>();
        for (String line : Files.readAllLines(gold)) {
            String[] f = line.split("\t");
            Path article = Fixtures.root().resolve("../shared/corpora/fakes/articles").resolve(f.length > 1 ? f[1] : "")
                    .normalize();
            if (!line.startsWith("#") && f.length > 1 && !articles.contains(article)) {
                articles.add(article);
            }
        }
        Path in = Files.createDirectories(dir.resolve("fakes"));
        for (Path a : articles) {
            Files.copy(a, in.resolve(a.getFileName()));
        }
        Path graph = dir.resolve("fakes.nq");
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir.resolve("fakes-store"))) {
            Fixtures.ingest(store, Fixtures.config(2, 1000), in);
            Files.write(graph, Fixtures.nquads(store));
        }
        Scored s = score(graph, gold, sample.resolve("fakes-sample.clusters.tsv"));
        Map<String, Double> f = s.scores();
        assertTrue(f.get("mentions_f1") >= 0.80 && f.get("relations_f1") >= 0.65 && f.get("claims_f1") >= 0.70,
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
