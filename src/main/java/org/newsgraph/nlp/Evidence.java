package org.newsgraph.nlp;

import java.util.Objects;

/**
 * The words a statement was read from.
 *
 * @param sentence index of the sentence (the first one, for a quote that spans several)
 * @param start    char offset into the document text, inclusive
 * @param end      char offset into the document text, exclusive
 * @param text     the covered text, verbatim
 */
public record Evidence(int sentence, int start, int end, String text) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        if (sentence < 0 || start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("evidence [" + start + ", " + end + ") in sentence " + sentence
                    + " does not fit its text");
        }
    }
}
