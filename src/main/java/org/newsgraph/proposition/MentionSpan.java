package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.Token;

/**
 * A resolved mention located among a claim's tokens.
 *
 * @param entity the entity key it names
 * @param from   first token index, inclusive
 * @param to     last token index, exclusive
 * @param form   how it names the entity (a name, a nationality word ...)
 */
record MentionSpan(String entity, int from, int to, Mention.Form form) {

    /** The mentions lying wholly inside the tokens, in text order. */
    static List<MentionSpan> within(Resolution resolution, List<Token> tokens) {
        List<MentionSpan> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        int start = tokens.get(0).start();
        int end = tokens.get(tokens.size() - 1).end();
        for (ResolvedMention r : resolution.mentions()) {
            if (r.mention().start() >= start && r.mention().end() <= end) {
                int from = -1;
                int to = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (from < 0 && t.end() > r.mention().start()) {
                        from = i;
                    }
                    if (t.start() < r.mention().end()) {
                        to = i + 1;
                    }
                }
                if (from >= 0 && to > from) {
                    out.add(new MentionSpan(r.entity(), from, to, r.mention().form()));
                }
            }
        }
        return out;
    }

    int[] range() {
        return new int[] {from, to};
    }
}
