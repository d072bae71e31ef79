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
 * @param kept           whether the stored graph was kept without being made again, the store holding what it was made
 *                       from; the counts are then the stored graph's
 * @param elapsed        time taken, reading and writing included
 * @param phases         where that time went
 */
public record AnalysisReport(int claims, int propositions, int shared, int contradictions, int disputes, int nameUses,
                             boolean changed, boolean kept, Duration elapsed, Phases phases) {
    public AnalysisReport {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(phases, "phases");
    }

    /** The time of each step of a rebuild. */
    public record Phases(Duration read, Duration grouped, Duration linked, Duration written) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "read %.1f s, grouped %.1f s, linked and mapped %.1f s, wrote %.1f s",
                    read.toMillis() / 1000.0, grouped.toMillis() / 1000.0, linked.toMillis() / 1000.0,
                    written.toMillis() / 1000.0);
        }
    }

    /** One line for the ingest summary. */
    public String summary() {
        return String.format(Locale.ROOT, "analysis: %,d claims, %,d propositions (%,d in more than one article), "
                + "%,d contradiction%s, %,d doubt%s, %,d name uses; %.1f s%s", claims, propositions, shared, contradictions,
                contradictions == 1 ? "" : "s", disputes, disputes == 1 ? "" : "s", nameUses, elapsed.toMillis() / 1000.0,
                kept ? ", kept: the store holds what it was made from" : changed ? "" : ", graph unchanged");
    }
}
