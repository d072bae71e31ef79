package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines come out sorted whether they fit in memory or were spilled to runs on disk and merged. */
class SortedLinesTest {

    @Test
    void spilledRunsMergeIntoTheOrderASortInMemoryGives() throws IOException {
        List<String> lines = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            lines.add("<https://example.org/s" + random.nextInt(1_000) + "> <p> \"é " + random.nextInt() + "\" <g> .");
        }
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(null);
        String expected = String.join("\n", sorted) + "\n";

        for (long maxChars : new long[] {SortedLines.MAX_CHARS, 1_000, 1}) {
            StringWriter out = new StringWriter();
            try (SortedLines sorter = new SortedLines(maxChars)) {
                lines.forEach(sorter::add);
                sorter.writeTo(out);
                sorter.add("<z> <p> <o> <g> .");
                sorter.add("<a> <p> <o> <g> .");
                sorter.writeTo(out);
            }
            assertEquals(expected + "<a> <p> <o> <g> .\n<z> <p> <o> <g> .\n", out.toString(), "runs of " + maxChars + " chars");
        }
    }
}
