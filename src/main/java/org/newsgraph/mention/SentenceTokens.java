package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Token-level helpers shared by the finders: offsets as arrays and word tests. */
final class SentenceTokens {
    final Sentence sentence;
    final List<Token> tokens;
    final int[] starts;
    final int[] ends;

    SentenceTokens(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.starts = new int[tokens.size()];
        this.ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
        }
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    boolean capitalised(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** Text between the start of token {@code from} and the end of token {@code to - 1}. */
    String cover(int from, int to) {
        return sentence.cover(starts[from], ends[to - 1]);
    }
}
