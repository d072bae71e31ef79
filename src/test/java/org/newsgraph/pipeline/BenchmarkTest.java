package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

class BenchmarkTest {

    @Test
    void warmUpEndsAtThePassThatIsNoLongerFivePercentFaster() {
        Iterator<Double> seconds = List.of(10.0, 8.0, 7.0, 6.9, 1.0).iterator();
        assertEquals(4, Benchmark.warmUp(2, 10, seconds::next));
    }

    @Test
    void warmUpEndsAtItsLimitWhenEveryPassIsFaster() {
        double[] seconds = {100};
        assertEquals(6, Benchmark.warmUp(2, 6, () -> seconds[0] /= 2));
    }

    @Test
    void aSlowPassBeforeTheMinimumDoesNotEndTheWarmUp() {
        Iterator<Double> seconds = List.of(5.0, 6.0, 3.0, 2.0, 1.99, 1.0).iterator();
        assertEquals(5, Benchmark.warmUp(4, 10, seconds::next));
    }

    @Test
    void eachPhaseIsMeasuredSeveralTimesWithItsCpuTimeAndTheWriterIsPartOfTheIngest(@TempDir Path tmp) {
        List<Path> two = Fixtures.seedFiles().subList(0, 2);
        Benchmark.Result r = new Benchmark(Fixtures.stages(), Fixtures.config(1, 1000)).run(two, tmp.resolve("bench"));
        assertEquals(Benchmark.MEASURED, r.nlps().size());
        assertEquals(Benchmark.MEASURED, r.extracts().size());
        assertEquals(Benchmark.MEASURED, r.ingests().size());
        List<Benchmark.Phase> phases = new ArrayList<>(r.nlps());
        r.extracts().forEach(e -> phases.add(e.phase()));
        r.ingests().forEach(i -> phases.add(i.phase()));
        for (Benchmark.Phase p : phases) {
            assertEquals(2, p.articles(), p.name());
            assertTrue(p.cpuSeconds() > 0, p.name() + " took no CPU time");
        }
        for (Benchmark.Ingest i : r.ingests()) {
            assertTrue(i.writerCpuSeconds() > 0 && i.writerCpuSeconds() <= i.phase().cpuSeconds(),
                    "the writer " + i.writerCpuSeconds() + " s of the ingest's " + i.phase().cpuSeconds() + " s");
            assertTrue(i.phase().quads() > 0);
        }
        assertTrue(r.warmUps().nlp() >= Benchmark.MIN_PASSES && r.warmUps().extract() >= Benchmark.MIN_PASSES
                && r.warmUps().ingest() >= Benchmark.MIN_INGESTS, r.warmUps().toString());
    }

    @Test
    void eachPhaseReportsItsMedianPassAndTheRatiosComeFromThem() {
        Benchmark.Result r = new Benchmark.Result(List.of(nlp(1.2), nlp(1.0), nlp(1.6)),
                List.of(new Benchmark.Extract(phase("extract", 2.0), 0.5)),
                List.of(ingest(3.5), ingest(2.7), ingest(3.1), ingest(9.0)), null, 2, new Benchmark.WarmUps(6, 6, 3));
        assertEquals(1.2, r.nlp().seconds(), 1e-9);
        // of an even number, the lower middle one
        assertEquals(3.1, r.ingest().phase().seconds(), 1e-9);
        assertEquals(3.1 / 1.2, r.overhead(), 1e-9);
        assertEquals(2.0 / 1.2, r.extractionOverhead(), 1e-9);
    }

    private static Benchmark.Phase nlp(double seconds) {
        return phase("nlp", seconds);
    }

    private static Benchmark.Ingest ingest(double seconds) {
        return new Benchmark.Ingest(phase("ingest", seconds), null, 0, 1);
    }

    private static Benchmark.Phase phase(String name, double seconds) {
        return new Benchmark.Phase(name, 10, 100, 1000, 0, seconds, 2 * seconds, 0);
    }
}
