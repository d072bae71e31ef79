package org.newsgraph.claim;

import java.util.Set;
import org.newsgraph.rules.RuleSentence;

/**
 * Which tokens lie inside quotation marks, carrying a quote that a sentence leaves open into the next.
 * A quote that stays open for more than a few sentences is taken for a stray mark (common in scraped
 * text) and closed, so that it does not mute the rest of the article.
 */
final class Quotes {
    /** Sentences a quotation may run over before an unclosed mark is taken for a stray one. */
    static final int MAX_QUOTE_SENTENCES = 4;
    private static final Set<String> OPENING = Set.of("\"", "“", "‘", "’");

    private boolean open;
    private int sentencesOpen;

    /** Whether a quote is open when the next sentence starts. */
    boolean open() {
        return open;
    }

    /** Closes a quote left open too long; call before reading each sentence. @return whether it closed one */
    boolean expire() {
        if (open && sentencesOpen >= MAX_QUOTE_SENTENCES) {
            open = false;
            return true;
        }
        return false;
    }

    static boolean startsWithQuote(RuleSentence s) {
        return s.size() > 0 && OPENING.contains(s.word(0));
    }

    /** The in-quote mask of a sentence's tokens; leaves the state as it is after the sentence. */
    boolean[] mark(RuleSentence s) {
        boolean[] in = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            if (w.equals("“") || w.equals("‘") && i == 0) {
                open = true;
            } else if (w.equals("”") || w.equals("’") && i == s.size() - 1) {
                open = false;
            } else if (w.equals("\"")) {
                open = !open;
            } else {
                in[i] = open;
            }
        }
        sentencesOpen = open ? sentencesOpen + 1 : 0;
        return in;
    }
}
