package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-outlet bar, measured as the project is judged: the seeds' store exported as N-Quads and scored
 * by {@code ../shared/eval/score_crosssource.py} against the seeds' cross-source gold.
 */
class CrossSourceQualityTest {

    private static final Path SCORER = Fixtures.root().resolve("../shared/eval/score_crosssource.py").normalize();
    private static final Path GOLD = Fixtures.root().resolve("../shared/eval/dev/seeds.crosssource.tsv").normalize();
    private static final Pattern CROSS = Pattern.compile(
            "CROSS grouping_f1=([0-9.]+) contradictions_found=(\\d+)/(\\d+) wrong_links=(\\d+)");

    @TempDir
    static Path dir;

    private static String report;
    private static Matcher cross;

    @BeforeAll
    static void score() throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(SCORER), "the scorer must sit at " + SCORER + " (../shared beside the checkout)");
        Path graph = dir.resolve("seeds.nq");
        Files.write(graph, Fixtures.nquads(Fixtures.seedStore()));
        Process p = new ProcessBuilder("python3", SCORER.toString(), "--graph", graph.toString(), "--gold", GOLD.toString(), "-v")
                .redirectErrorStream(true).start();
        report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, report);
        cross = CROSS.matcher(report);
        assertTrue(cross.find(), report);
    }

    @Test
    void groupingReachesTheBar() {
        assertTrue(Double.parseDouble(cross.group(1)) >= 0.85, report);
    }

    @Test
    void everyContradictionAndDoubtIsFound() {
        assertTrue(cross.group(2).equals(cross.group(3)), report);
    }

    @Test
    void noReportOfBeforeOrAnotherGroupIsLinked() {
        assertTrue(cross.group(4).equals("0"), report);
    }
}
