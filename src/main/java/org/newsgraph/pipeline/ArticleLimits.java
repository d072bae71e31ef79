package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;

/**
 * What one article may cost, so that no article can hold up or lose the rest of an ingest: sentences,
 * mentions, quads and time. An article over a limit is rejected with a one-line reason, at the first
 * stage that finds it (before any NLP when its lines alone are too many); the others go on. Time is
 * checked between stages, so one stage may run past it; the sentence and mention limits are what keep
 * each stage's time bounded.
 *
 * @param sentences most sentences (every non-blank line is one at least)
 * @param mentions  most mentions of actors and places
 * @param quads     most quads in the article's graph
 * @param time      longest analysis, from reading to the graph
 */
public record ArticleLimits(int sentences, int mentions, int quads, Duration time) {

    // About 30 times the largest FA-KES article (62 sentences, 183 mentions, 1,972 quads), far above any news story.
    public static final int DEFAULT_SENTENCES = 2_000;
    public static final int DEFAULT_MENTIONS = 20_000;
    public static final int DEFAULT_QUADS = 100_000;
    public static final int DEFAULT_SECONDS = 60;
    public static final ArticleLimits DEFAULTS = new ArticleLimits(DEFAULT_SENTENCES, DEFAULT_MENTIONS, DEFAULT_QUADS,
            Duration.ofSeconds(DEFAULT_SECONDS));
    /** No limit at all, for articles known to be sound. */
    static final ArticleLimits UNLIMITED = new ArticleLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Duration.ofDays(365));

    /** A full stop, question or exclamation mark, closing quotes, space, then a capital: a sentence ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"'’”)\\]]*\\s+[\"“‘(\\[]?\\p{Lu}");

    public ArticleLimits {
        if (sentences < 1 || mentions < 1 || quads < 1) {
            throw new IllegalArgumentException("article limits must be positive, got " + sentences + " sentences, "
                    + mentions + " mentions, " + quads + " quads");
        }
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + time);
        }
    }

    /**
     * Starts the clock on one article and checks, before any NLP, its lines (each a sentence at least) and
     * its sentence ends: full stops before a capital overcount sentences ("Mr. Lavrov"), so only twice the
     * limit rejects an article here; the sentence detector's count decides the rest.
     */
    Budget start(Document document) throws InputRejectedException {
        Budget budget = new Budget(document.source(), System.nanoTime());
        long lines = document.text().lines().filter(l -> !l.isBlank()).count();
        if (lines > sentences) {
            throw budget.over(String.format(Locale.ROOT, "article has %,d lines, so as many sentences at least, over the "
                    + "limit of %,d sentences per article; split it or raise --max-sentences", lines, sentences));
        }
        long ends = 0;
        for (Matcher m = SENTENCE_END.matcher(document.text()); m.find(); ) {
            ends++;
        }
        if (ends > 2L * sentences) {
            throw budget.over(String.format(Locale.ROOT, "article has about %,d sentences, over the limit of %,d per "
                    + "article; split it or raise --max-sentences", ends, sentences));
        }
        return budget;
    }

    /** What one article has spent so far. */
    final class Budget {
        private final String source;
        private final long started;

        private Budget(String source, long started) {
            this.source = source;
            this.started = started;
        }

        void sentences(int count) throws InputRejectedException {
            check(count, sentences, "article has %,d sentences", "--max-sentences");
            time("sentence detection and tagging");
        }

        void mentions(int count) throws InputRejectedException {
            check(count, mentions, "article has %,d mentions of actors and places", "--max-mentions");
            time("finding names");
        }

        void quads(long count) throws InputRejectedException {
            check(count, quads, "article makes %,d quads", "--max-quads");
            time("mapping to RDF");
        }

        private void check(long count, long limit, String has, String option) throws InputRejectedException {
            if (count > limit) {
                throw over(String.format(Locale.ROOT, has + ", over the limit of %,d per article; split it or raise "
                        + option, count, limit));
            }
        }

        /** Rejects the article when its time is up; {@code stage} is the stage just done. */
        void time(String stage) throws InputRejectedException {
            long spent = System.nanoTime() - started;
            if (spent > time.toNanos()) {
                throw over(String.format(Locale.ROOT, "article took %.1f s by the end of %s, over the limit of %d s per "
                        + "article; split it or raise --max-article-time", spent / 1e9, stage, time.toSeconds()));
            }
        }

        private InputRejectedException over(String reason) {
            return new InputRejectedException(source, reason);
        }
    }
}
