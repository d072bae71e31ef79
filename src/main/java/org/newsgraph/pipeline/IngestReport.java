package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import org.newsgraph.document.InputRejectedException;

/**
 * What an ingest did.
 *
 * @param stored    one line per document written or skipped, in input order
 * @param rejected  inputs not ingested, each with its reason
 */
public record IngestReport(int added, int replaced, int unchanged, List<InputRejectedException> rejected,
                           long sentences, long tokens, long quadsWritten, int transactions, boolean compacted,
                           Duration elapsed, List<StoredDocument> stored) {

    public IngestReport {
        rejected = List.copyOf(rejected);
        stored = List.copyOf(stored);
    }

    /** How one document fared. */
    public record StoredDocument(String fileName, Status status, int sentences, long quads, String title) {
    }

    public enum Status { ADDED, REPLACED, UNCHANGED }

    public int processed() {
        return added + replaced;
    }

    public double articlesPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return processed() / seconds;
    }
}
