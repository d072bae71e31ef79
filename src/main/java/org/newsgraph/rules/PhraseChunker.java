package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrase layer: noun phrases ({@code np}) and verb groups ({@code vg}) read off the UD tags, the way
 * a shallow CoNLL-2000 chunker cuts a sentence, at a fraction of its cost. A noun phrase is an optional
 * determiner or possessive pronoun, modifiers (adjectives, nouns, numbers, hyphen compounds such as
 * "rebel-held", possessives such as "the army's") and a noun head; a personal pronoun is a phrase of its
 * own. A verb group is auxiliaries, adverbs and particles around a main verb.
 *
 * <p>Spans carry: np {@code head} (the head word, lower case), {@code headlemma}; vg {@code lemma} (the
 * main verb's base forms, {@code |}-separated), {@code neg} and {@code modal} ({@code true} when a
 * negation or modal verb is in the group), {@code voice} ({@code active} or {@code passive}),
 * {@code form} ({@code infinitive}, {@code ing} without an auxiliary, else {@code finite}: UD tags do not tell a
 * past tense from a participle).
 */
public final class PhraseChunker {
    private final Set<String> negation;
    private final Set<String> modals;
    private final Set<String> be;
    private final Set<String> possessives;
    private final Set<String> personal;
    private final Set<String> auxiliaries;

    /** The sentence's tokens with the tags chunking goes by. */
    private record Tags(RuleSentence.Builder b, String[] tags, Set<Integer> nameStarts) {
        String tag(int i) {
            return i >= 0 && i < tags.length ? tags[i] : "";
        }

        String lower(int i) {
            return b.lower(i);
        }

        Set<String> lemmas(int i) {
            return b.lemmas(i);
        }

        int size() {
            return tags.length;
        }
    }

    /** Reads the grammar words it needs from the lexicons: negation, modal-verbs, be-forms, auxiliaries, pronouns. */
    public PhraseChunker(Lexicons lexicons) {
        this.negation = lexicons.get("negation");
        this.modals = lexicons.get("modal-verbs");
        this.be = lexicons.get("be-forms");
        this.possessives = lexicons.get("possessive-pronouns");
        this.personal = lexicons.get("personal-pronouns");
        this.auxiliaries = lexicons.get("auxiliaries");
    }

    /**
     * The np and vg spans of a sentence under construction. Tokens inside a name count as nouns whatever
     * their tag ("IS" is often tagged as a verb), and a name is never split between phrases.
     */
    public List<Span> chunk(RuleSentence.Builder b, Set<Integer> named, Set<Integer> nameStarts) {
        String[] tags = new String[b.size()];
        for (int k = 0; k < tags.length; k++) {
            tags[k] = named.contains(k) ? "PROPN" : b.tag(k);
        }
        for (int k = 1; k < tags.length; k++) {
            if (tags[k].equals("VERB") && named.contains(k - 1) && k + 1 < tags.length && tags[k + 1].equals("NOUN")
                    && b.lemmas(k).contains(b.lower(k)) && !b.lower(k).endsWith("s")) {
                // "a Daesh command/VERB center": a base form after a name and before a noun is a compound noun
                tags[k] = "NOUN";
                continue;
            }
            boolean afterTo = b.lower(k - 1).equals("to");
            boolean afterName = named.contains(k - 1) || tags[k - 1].equals("PROPN");
            boolean afterVerbAnd = k > 1 && (b.lower(k - 1).equals("and") || b.lower(k - 1).equals("or"))
                    && tags[k - 2].equals("VERB");
            boolean nounOrAdjective = tags[k].equals("NOUN") || tags[k].equals("ADJ");
            if (nounOrAdjective && (afterTo || afterVerbAnd || afterName && b.lower(k).endsWith("s"))
                    && actsOnSomething(b, tags, k)) {
                // "to besiege/NOUN militant-held areas", "Turkey considers/NOUN the YPG", "destabilize and
                // unseat/ADJ the president": a known verb before its object
                tags[k] = "VERB";
            }
        }
        Tags t = new Tags(b, tags, nameStarts);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            int np = nounPhraseEnd(t, i);
            if (np > i) {
                out.add(nounPhrase(t, i, np));
                i = np;
                continue;
            }
            int vg = verbGroupEnd(t, i);
            if (vg > i) {
                out.add(verbGroup(t, i, vg));
                i = vg;
                continue;
            }
            i++;
        }
        return out;
    }

    private boolean nominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM");
    }

    private boolean modifier(String tag) {
        return tag.equals("ADJ") || nominal(tag);
    }

    /** The end of the noun phrase starting at {@code i}, or {@code i} when none starts there. */
    private int nounPhraseEnd(Tags b, int i) {
        String tag = b.tag(i);
        String w = b.lower(i);
        if (tag.equals("PRON") && personal.contains(w)) {
            return i + 1;
        }
        boolean determiner = tag.equals("DET") || tag.equals("PRON") && possessives.contains(w);
        if (!determiner && !modifier(tag)) {
            return i;
        }
        int j = determiner ? i + 1 : i;
        int lastHead = -1;
        while (j < b.size()) {
            String t = b.tag(j);
            String lw = b.lower(j);
            if (j > i && t.equals("PROPN") && b.nameStarts().contains(j) && b.b().tag(j - 1).equals("NOUN")
                    && !b.nameStarts().contains(j - 1) && !b.tag(j - 1).equals("PROPN")) {
                // "destroyed their vehicles SANA mentioned": a name after a common noun starts a phrase of its own
                break;
            } else if (modifier(t)) {
                if (nominal(t)) {
                    lastHead = j;
                }
                j++;
            } else if ((t.equals("ADV") || t.equals("VERB")) && j > i && b.lower(j + 1).equals("-") && j + 2 < b.size()) {
                // "the so-called Observatory", "a well-known commander": an adverb compound modifies
                j++;
            } else if (lw.equals("-") && j > i && j + 1 < b.size() && !b.lower(j + 1).equals("-")) {
                // "rebel-held", "Turkish-backed", "al-Nusra": the word after the hyphen joins the phrase
                j += 2;
                if (nominal(b.tag(j - 1))) {
                    lastHead = j - 1;
                }
            } else if ((lw.equals("'s") || lw.equals("'")) && j > i && j + 1 < b.size() && modifier(b.tag(j + 1))) {
                j++;
            } else if (t.equals("VERB") && j == i + 1 && determiner && j + 1 < b.size() && modifier(b.tag(j + 1))
                    && (lw.endsWith("ed") || lw.endsWith("en") || lw.endsWith("ing"))) {
                // "the besieged areas", "the opposing sides": a participle after a determiner modifies
                j++;
            } else {
                break;
            }
        }
        return lastHead < 0 ? i : lastHead + 1;
    }

    private Span nounPhrase(Tags b, int from, int to) {
        int head = to - 1;
        Map<String, String> a = new LinkedHashMap<>();
        a.put("head", b.lower(head));
        a.put("headlemma", String.join("|", b.lemmas(head)));
        return new Span("np", from, to, a, head);
    }

    /** The end of the verb group starting at {@code i} (auxiliaries, adverbs, one main verb), or {@code i}. */
    private int verbGroupEnd(Tags b, int i) {
        int j = i;
        int lastVerb = -1;
        while (j < b.size()) {
            String t = b.tag(j);
            String w = b.lower(j);
            boolean part = t.equals("PART") && (negation.contains(w) || w.equals("to"));
            if (t.equals("VERB") && auxiliaries.contains(w) && verbFollows(b, j + 1)) {
                // "Russia has/VERB denied": a form of have, be or do before a verb is its auxiliary
                lastVerb = j;
                j++;
            } else if (t.equals("VERB") || lastVerb >= 0 && t.equals("ADJ") && knownVerbForm(b, j)) {
                // "has long armed": after an auxiliary, a known participle the tagger calls an adjective is the verb
                return j + 1;
            } else if (t.equals("AUX")) {
                lastVerb = j;
                j++;
            } else if (part || t.equals("ADV") && lastVerb >= 0 || t.equals("ADV") && j + 1 < b.size()
                    && (b.tag(j + 1).equals("VERB") || b.tag(j + 1).equals("AUX"))) {
                j++;
            } else {
                break;
            }
        }
        return lastVerb < 0 ? i : lastVerb + 1;
    }

    /** A form of a verb the lexicons know, with something after it to act on. */
    private static boolean actsOnSomething(RuleSentence.Builder b, String[] tags, int k) {
        String next = k + 1 < tags.length ? tags[k + 1] : "";
        return b.knownVerb(b.lower(k)) && (next.equals("DET") || next.equals("ADJ") || next.equals("PROPN")
                || next.equals("PRON") || next.equals("NUM"));
    }

    private static boolean verbFollows(Tags b, int j) {
        int k = j;
        while (b.tag(k).equals("ADV") || b.tag(k).equals("PART")) {
            k++;
        }
        return b.tag(k).equals("VERB") || b.tag(k).equals("AUX") || b.tag(k).equals("ADJ") && knownVerbForm(b, k);
    }

    private static boolean knownVerbForm(Tags b, int j) {
        String w = b.lower(j);
        return !b.lemmas(j).contains(w) && (w.endsWith("ed") || w.endsWith("en"));
    }

    private Span verbGroup(Tags b, int from, int to) {
        int head = to - 1;
        boolean neg = false;
        boolean modal = false;
        boolean beSeen = false;
        boolean infinitive = false;
        for (int k = from; k < to; k++) {
            String w = b.lower(k);
            neg |= negation.contains(w);
            modal |= modals.contains(w) && b.tag(k).equals("AUX");
            beSeen |= be.contains(w) && k < head;
            infinitive |= w.equals("to");
        }
        String w = b.lower(head);
        boolean auxBefore = false;
        for (int k = from; k < head; k++) {
            auxBefore |= b.tag(k).equals("AUX");
        }
        Map<String, String> a = new LinkedHashMap<>();
        a.put("lemma", String.join("|", b.lemmas(head)));
        a.put("neg", Boolean.toString(neg));
        a.put("modal", Boolean.toString(modal));
        // "was hit", "has been shelled": a form of "be" before a main verb that is not an -ing form
        a.put("voice", beSeen && !w.endsWith("ing") && !b.tag(head).equals("AUX") ? "passive" : "active");
        a.put("form", infinitive ? "infinitive" : w.endsWith("ing") && !auxBefore ? "ing" : "finite");
        return new Span("vg", from, to, a, head);
    }
}
