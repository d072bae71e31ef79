package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong(0);
    private final ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);

    @Test
    void showsTheTimeLeftAtTheRateSoFar() {
        clock.set(5_000_000_000L);
        bar.progress(10, 250);
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.endsWith("10/250 articles  2.0/s  ETA 2m00s "), line);
    }

    @Test
    void aLongStepAfterTheArticlesGetsALineWithTheTimeSoFar() {
        clock.set(185_000_000_000L);
        bar.stage("compacting the store");
        assertEquals("compacting the store (at 3m05s)" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("42 s", ProgressBar.duration(42.2));
        assertEquals("3m05s", ProgressBar.duration(185));
        assertEquals("1h02m", ProgressBar.duration(3720));
    }
}
