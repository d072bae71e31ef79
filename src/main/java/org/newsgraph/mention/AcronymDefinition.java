package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Token;

/**
 * "Long Name (LN)": a name of two tokens or more, followed by a parenthesised acronym in capitals that
 * starts with the name's initial, defines that acronym for the rest of the article. Read from the
 * tokens alone, so name discovery and entity resolution decide it the same way.
 */
public final class AcronymDefinition {

    private AcronymDefinition() {
    }

    /**
     * @param tokens a sentence's tokens
     * @param from   the name's first token
     * @param to     one past the name's last token
     * @return the acronym the parentheses after the name define, or empty
     */
    public static Optional<String> after(List<Token> tokens, int from, int to) {
        if (from < 0 || to - from < 2 || !word(tokens, to).equals("(") || !word(tokens, to + 2).equals(")")) {
            return Optional.empty();
        }
        String acronym = word(tokens, to + 1);
        boolean capitals = acronym.length() >= 2 && acronym.length() <= 8 && acronym.equals(acronym.toUpperCase(Locale.ROOT))
                && Character.isLetter(acronym.charAt(0));
        return capitals && acronym.charAt(0) == Character.toUpperCase(word(tokens, from).charAt(0))
                ? Optional.of(acronym) : Optional.empty();
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }
}
