package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.store.Change;

/**
 * What an ingest did.
 *
 * @param stored    one line per document written or skipped, in input order, for the first
 *                  {@value #LISTED_UP_TO} documents and one more (so a caller can tell whether it has them all)
 * @param rejected  inputs not ingested, each with its reason
 * @param warnings  problems that rejected no article: a metadata row or field that could not be read
 * @param notes     things worth knowing that are no problem: metadata columns not read, rows not used
 * @param compaction time spent compacting the store after the writes; empty when it was not worth it
 * @param analysis  the refresh of the cross-outlet analysis graph that followed; empty when the ingest left it for later
 */
public record IngestReport(int added, int replaced, int unchanged, List<InputRejectedException> rejected,
                           List<InputRejectedException> warnings, List<String> notes,
                           long sentences, long tokens, long quadsWritten, int transactions,
                           Optional<Duration> compaction, Optional<AnalysisReport> analysis, Duration elapsed, List<StoredDocument> stored) {

    /** Documents listed one by one; a larger ingest is summed up. */
    public static final int LISTED_UP_TO = 25;

    public IngestReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
        stored = List.copyOf(stored);
    }

    /** Whether the store was compacted after the writes. */
    public boolean compacted() {
        return compaction.isPresent();
    }

    /** Whether every input was read as given: nothing rejected, no warning. */
    public boolean clean() {
        return rejected.isEmpty() && warnings.isEmpty();
    }

    /**
     * How one document fared.
     *
     * @param quads quads written for it; 0 when unchanged
     * @param title its headline, or "" when the text states none
     */
    public record StoredDocument(String fileName, Change change, int sentences, long quads, String title) {
    }

    public int processed() {
        return added + replaced;
    }

    public double articlesPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return processed() / seconds;
    }
}
