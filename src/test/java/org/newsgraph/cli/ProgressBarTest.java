package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void showsTheTimeLeftAtTheRateSoFar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong(0);
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);
        clock.set(5_000_000_000L);
        bar.progress(10, 250);
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.endsWith("10/250 articles  2.0/s  ETA 2m00s "), line);
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("42 s", ProgressBar.duration(42.2));
        assertEquals("3m05s", ProgressBar.duration(185));
        assertEquals("1h02m", ProgressBar.duration(3720));
    }
}
