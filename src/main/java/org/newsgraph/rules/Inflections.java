package org.newsgraph.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms of an English base form: "support" gives "supports", "supported", "supporting";
 * irregular forms come from the lexicon's irregular-forms file. Regular spelling rules only, so that
 * the rules can match inflections without running a statistical lemmatizer over every sentence
 * (it would cost more than all the other NLP together).
 */
final class Inflections {
    private final Map<String, List<String>> irregular;

    Inflections(Map<String, List<String>> irregular) {
        this.irregular = Map.copyOf(irregular);
    }

    /** The base form, its regular verb and noun inflections, and its irregular ones. */
    Set<String> of(String base) {
        Set<String> out = new HashSet<>();
        out.add(base);
        out.addAll(irregular.getOrDefault(base, List.of()));
        if (base.contains(" ") || base.length() < 2) {
            return out;
        }
        char last = base.charAt(base.length() - 1);
        boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                || base.endsWith("z");
        if (last == 'y' && !isVowel(base.charAt(base.length() - 2))) {
            String stem = base.substring(0, base.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        } else {
            out.add(base + (sibilant ? "es" : "s"));
            out.add(last == 'e' ? base + "d" : base + "ed");
        }
        out.add(last == 'e' && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
