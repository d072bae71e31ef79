package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the spelling variants of transliterated Arabic names to one key ("Fuaa", "Foua", "al-Fouaa" →
 * "fua"), with substitutions from the {@code name-transliteration} lexicon: the leading article and
 * everything but letters are dropped, the substitutions applied in order, doubled letters collapsed.
 */
public final class Transliteration {
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an)[- ]+");
    private final List<String[]> substitutions = new ArrayList<>();

    /** @param rules lines "from to", applied in the order given */
    public Transliteration(Collection<String> rules) {
        for (String rule : rules) {
            String[] p = rule.strip().split("\\s+");
            if (p.length != 2) {
                throw new IllegalArgumentException("transliteration rule '" + rule + "' is not 'from to'");
            }
            substitutions.add(p);
        }
    }

    /** The folded key of a name; names whose keys are equal are taken for spellings of one name. */
    public String fold(String name) {
        String normal = Gazetteer.normalise(name);
        Matcher article = ARTICLE.matcher(normal);
        StringBuilder letters = new StringBuilder(normal.length());
        for (int i = article.lookingAt() ? article.end() : 0; i < normal.length(); i++) {
            if (Character.isLetter(normal.charAt(i))) {
                letters.append(normal.charAt(i));
            }
        }
        String s = letters.toString();
        for (String[] sub : substitutions) {
            s = s.replace(sub[0], sub[1]);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
