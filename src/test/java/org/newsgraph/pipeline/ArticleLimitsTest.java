package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;
import org.newsgraph.Fixtures;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;

class ArticleLimitsTest {

    private static final String SENTENCE = "Russia said the rebels attacked Aleppo on Monday. ";

    private static String rejection(String text, ArticleLimits limits) {
        Document d = Analysed.document("a.txt", text);
        return assertThrows(InputRejectedException.class, () -> Fixtures.stages().newPipeline().analyse(d, limits))
                .getMessage();
    }

    private static ArticleLimits limits(int sentences, int mentions, int quads) {
        return new ArticleLimits(sentences, mentions, quads, Duration.ofMinutes(10));
    }

    @Test
    void moreLinesThanTheSentenceLimitAreRejectedBeforeAnyNlp() {
        assertEquals("a.txt: article has 1,000 lines, so as many sentences at least, over the limit of 100 sentences"
                + " per article; split it or raise --max-sentences", rejection("a\n".repeat(1000), limits(100, 1000, 10_000)));
    }

    @Test
    void moreSentencesThanTheLimitAreRejectedAfterSentenceDetection() {
        assertEquals("a.txt: article has 120 sentences, over the limit of 100 per article; split it or raise "
                + "--max-sentences", rejection(SENTENCE.repeat(120), limits(100, 10_000, 100_000)));
    }

    @Test
    void moreMentionsThanTheLimitAreRejected() {
        // Each sentence names Russia, the rebels and Aleppo.
        assertEquals("a.txt: article has 30 mentions of actors and places, over the limit of 20 per article; split it"
                + " or raise --max-mentions", rejection(SENTENCE.repeat(10), limits(100, 20, 100_000)));
    }

    @Test
    void aGraphOfMoreQuadsThanTheLimitIsRejected() {
        assertTrue(rejection(SENTENCE.repeat(10), limits(100, 100, 50))
                .matches("a\\.txt: article makes [0-9,]+ quads, over the limit of 50 per article; split it or raise --max-quads"));
    }

    @Test
    void anArticleThatTakesLongerThanItsTimeIsRejectedNamingTheStage() {
        ArticleLimits instant = new ArticleLimits(100, 100, 100_000, Duration.ofNanos(1));
        assertTrue(rejection(SENTENCE, instant).matches("a\\.txt: article took [0-9.]+ s by the end of sentence detection "
                + "and tagging, over the limit of 0 s per article; split it or raise --max-article-time"));
    }

    @Test
    void anArticleWithinEveryLimitIsAnalysed() throws Exception {
        Document d = Analysed.document("a.txt", SENTENCE.repeat(10));
        assertEquals(10, Fixtures.stages().newPipeline().analyse(d, ArticleLimits.DEFAULTS).sentences());
    }
}
