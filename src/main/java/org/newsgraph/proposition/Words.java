package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Token;

/**
 * The words of a claim's content as the lexicons compare them: lower-cased, typographic apostrophes
 * and quotes folded, with each token's part-of-speech tag beside it.
 *
 * @param words folded token texts
 * @param tags  Universal Dependencies part-of-speech tags (VERB, NOUN, ADJ ...), one per word
 */
record Words(List<String> words, List<String> tags) {
    Words {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    static Words of(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Token t : tokens) {
            words.add(fold(t.text()));
            tags.add(t.pos());
        }
        return new Words(words, tags);
    }

    /** Lower case, ’ and ‘ as ', “ and ” as ". */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }

    /** A phrase from a data file as words: spaces separate, and a leading comma or semicolon is a word of its own. */
    static List<String> phrase(String text) {
        List<String> out = new ArrayList<>();
        for (String part : fold(text).split("\\s+")) {
            if (part.length() > 1 && (part.startsWith(",") || part.startsWith(";"))) {
                out.add(part.substring(0, 1));
                part = part.substring(1);
            }
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i);
    }

    String tag(int i) {
        return tags.get(i);
    }

    boolean isVerb(int i) {
        return tags.get(i).equals("VERB");
    }

    boolean isNoun(int i) {
        return tags.get(i).equals("NOUN");
    }

    /** A verb form that may be a participle: "halted", "taken", "fleeing". */
    boolean participleLike(int i) {
        String w = words.get(i);
        return w.endsWith("ed") || w.endsWith("en") || w.endsWith("ing");
    }
}
