package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a document.
 *
 * @param index  0-based position in the document
 * @param start  char offset into the document text, inclusive
 * @param end    char offset into the document text, exclusive
 * @param text   the covered text, verbatim
 * @param tokens the sentence's tokens in order, offsets into the document text
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (index < 0) {
            throw new IllegalArgumentException("sentence index " + index + " is negative");
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("sentence span [" + start + ", " + end + ") does not fit its text");
        }
        for (Token t : tokens) {
            if (t.start() < start || t.end() > end) {
                throw new IllegalArgumentException("token " + t + " lies outside sentence [" + start + ", " + end + ")");
            }
        }
    }

    /**
     * A headline or a caption in title case ("Russian General Staff Warns Against New US Strikes"),
     * or a scraped list of them: capitalisation says nothing about names there, and the tagger
     * cannot tell verbs from names.
     */
    public boolean titleCase() {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            String w = t.text();
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 100 >= words * 85;
    }

    /** The text between two document offsets that lie inside this sentence. */
    public String cover(int from, int to) {
        return text.substring(from - start, to - start);
    }
}
