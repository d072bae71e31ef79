package org.newsgraph.nlp;

import java.util.Objects;

/**
 * One token with its Penn Treebank part-of-speech tag.
 *
 * @param start char offset into the document text, inclusive
 * @param end   char offset into the document text, exclusive
 * @param text  the covered text
 * @param pos   Penn Treebank tag (NNP, VBD, ...)
 */
public record Token(int start, int end, String text, String pos) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(pos, "pos");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") is empty or negative");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") does not fit text '" + text + "'");
        }
    }
}
