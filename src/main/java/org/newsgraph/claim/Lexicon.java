package org.newsgraph.claim;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inflected forms of the verbs the rules listen for, so "support" also hears "supports", "supported"
 * and "supporting" — without running a statistical lemmatizer over every sentence (it would cost
 * more than all the other NLP together).
 */
final class Lexicon {
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("fight", new String[] {"fought"}),
            Map.entry("strike", new String[] {"struck", "stricken"}),
            Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("retake", new String[] {"retook", "retaken"}),
            Map.entry("overtake", new String[] {"overtook", "overtaken"}),
            Map.entry("shoot", new String[] {"shot"}),
            Map.entry("drive", new String[] {"drove", "driven"}),
            Map.entry("hit", new String[] {"hit"}),
            Map.entry("overrun", new String[] {"overran"}),
            Map.entry("beat", new String[] {"beaten"}),
            Map.entry("say", new String[] {"said"}),
            Map.entry("tell", new String[] {"told"}),
            Map.entry("write", new String[] {"wrote", "written"}),
            Map.entry("give", new String[] {"gave", "given"}),
            Map.entry("send", new String[] {"sent"}),
            Map.entry("lead", new String[] {"led"}),
            Map.entry("hold", new String[] {"held"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}),
            Map.entry("admit", new String[] {"admitted", "admitting"}),
            Map.entry("regret", new String[] {"regretted", "regretting"}),
            Map.entry("rebut", new String[] {"rebutted", "rebutting"}),
            Map.entry("abet", new String[] {"abetted", "abetting"}),
            Map.entry("bankroll", new String[] {"bankrolled", "bankrolling"}),
            Map.entry("equip", new String[] {"equipped", "equipping"}),
            Map.entry("ambush", new String[] {"ambushes"}),
            Map.entry("bomb", new String[] {"bombed"}),
            Map.entry("stress", new String[] {"stresses"}),
            Map.entry("pound", new String[] {"pounded"}));

    private Lexicon() {
    }

    /** Base forms with their regular inflections (and the irregular ones above). */
    static Set<String> forms(String... bases) {
        Set<String> out = new HashSet<>();
        for (String base : bases) {
            out.add(base);
            String[] irregular = IRREGULAR.get(base);
            if (irregular != null) {
                out.addAll(Set.of(irregular));
            }
            boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x")
                    || base.endsWith("z");
            if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
                String stem = base.substring(0, base.length() - 1);
                out.add(stem + "ies");
                out.add(stem + "ied");
            } else {
                out.add(base + (sibilant ? "es" : "s"));
                out.add(base.endsWith("e") ? base + "d" : base + "ed");
            }
            out.add(base.endsWith("e") && !base.endsWith("ee") ? base.substring(0, base.length() - 1) + "ing" : base + "ing");
        }
        return Set.copyOf(out);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
