package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
    void eachPhaseHasItsCpuTimeAndTheWriterIsPartOfTheIngest(@TempDir Path tmp) {
        List<Path> two = Fixtures.seedFiles().subList(0, 2);
        Benchmark.Result r = new Benchmark(Fixtures.stages(), Fixtures.config(1, 1000)).run(two, tmp.resolve("bench"));
        for (Benchmark.Phase p : List.of(r.nlp(), r.extract(), r.ingest())) {
            assertEquals(2, p.articles(), p.name());
            assertTrue(p.cpuSeconds() > 0, p.name() + " took no CPU time");
        }
        assertTrue(r.writerCpuSeconds() > 0 && r.writerCpuSeconds() <= r.ingest().cpuSeconds(),
                "the writer " + r.writerCpuSeconds() + " s of the ingest's " + r.ingest().cpuSeconds() + " s");
        assertTrue(r.warmUps().nlp() >= Benchmark.MIN_PASSES && r.warmUps().extract() >= Benchmark.MIN_PASSES
                && r.warmUps().ingest() >= Benchmark.MIN_INGESTS, r.warmUps().toString());
        assertTrue(r.ingest().quads() > 0);
    }
}
