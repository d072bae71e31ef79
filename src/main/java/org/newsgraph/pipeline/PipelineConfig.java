package org.newsgraph.pipeline;

import java.util.Objects;

/**
 * How an ingest runs.
 *
 * @param threads      NLP worker threads (the store has one writer)
 * @param batchSize    documents per write transaction at least; a transaction holds three times as many
 *                     as are stored when it begins, when that is more
 * @param maxFileBytes files larger than this are rejected
 * @param limits       what one article may cost
 */
public record PipelineConfig(int threads, int batchSize, long maxFileBytes, ArticleLimits limits) {
    /**
     * 1,000 documents per transaction at least: one commit per document makes TDB2 stores many times
     * larger and slower (5,000 FA-KES copies: 1 transaction 343 MB, 5 transactions 494 MB, 20: 882 MB).
     */
    public static final int DEFAULT_BATCH = 1_000;

    public PipelineConfig {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        }
        Objects.requireNonNull(limits, "limits");
    }

    /** With the default article limits. */
    public PipelineConfig(int threads, int batchSize, long maxFileBytes) {
        this(threads, batchSize, maxFileBytes, ArticleLimits.DEFAULTS);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH,
                org.newsgraph.document.PlainTextReader.DEFAULT_MAX_BYTES);
    }
}
