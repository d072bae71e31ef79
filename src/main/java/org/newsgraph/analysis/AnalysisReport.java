package org.newsgraph.analysis;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one rebuild of the analysis graph found.
 *
 * @param claims         claims read
 * @param propositions   propositions made (a claim alone makes one too)
 * @param shared         propositions stated in more than one article
 * @param contradictions ng:contradicts links
 * @param disputes       ng:disputes links
 * @param nameUses       framing counts (outlet, actor, term)
 * @param changed        whether the stored graph had to be rewritten
 * @param elapsed        time taken, reading and writing included
 */
public record AnalysisReport(int claims, int propositions, int shared, int contradictions, int disputes, int nameUses,
                             boolean changed, Duration elapsed) {
    public AnalysisReport {
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** One line for the ingest summary. */
    public String summary() {
        return String.format(Locale.ROOT, "analysis: %,d claims, %,d propositions (%,d in more than one article), "
                + "%,d contradiction%s, %,d doubt%s, %,d name uses; %.1f s%s", claims, propositions, shared, contradictions,
                contradictions == 1 ? "" : "s", disputes, disputes == 1 ? "" : "s", nameUses, elapsed.toMillis() / 1000.0,
                changed ? "" : ", graph unchanged");
    }
}
