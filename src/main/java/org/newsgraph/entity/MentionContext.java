package org.newsgraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.mention.AcronymDefinition;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What the words around a mention say about what it stands for: whether a capital acts for its
 * government, whether a nationality adjective names troops, whether a name follows an office, which
 * actor modifies a description, which acronym a name defines. Built per document from its tokens.
 */
final class MentionContext {
    private final AnnotatedText text;
    private final List<Mention> mentions;
    private final ResolutionWords words;
    private final Map<Integer, Integer> tokenAtStart = new HashMap<>();
    private final Map<Integer, Integer> tokenAtEnd = new HashMap<>();

    MentionContext(AnnotatedText text, List<Mention> mentions, ResolutionWords words) {
        this.text = text;
        this.mentions = mentions;
        this.words = words;
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                tokenAtStart.put(s.tokens().get(i).start(), i);
                tokenAtEnd.put(s.tokens().get(i).end(), i);
            }
        }
    }

    private List<Token> tokens(Mention m) {
        return text.sentences().get(m.sentence()).tokens();
    }

    private int first(Mention m) {
        return tokenAtStart.getOrDefault(m.start(), -1);
    }

    private int last(Mention m) {
        Integer t = tokenAtEnd.get(m.end());
        if (t != null) {
            return t;
        }
        List<Token> tokens = tokens(m);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() >= m.end()) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    private static String pos(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    /** Whether a capital acts: subject of a verb, part of "X-backed"/"anti-X", a possessor, or a speaker. */
    boolean actsAsGovernment(Mention m) {
        List<Token> t = tokens(m);
        int a = first(m);
        int b = last(m) + 1;
        int p = a - 1;
        while (p > 0 && pos(t, p).equals("ADJ")) {
            // "east of central Damascus", "in northern Ankara": the preposition is further back
            p--;
        }
        String prev = lower(t, p);
        if (lower(t, a - 1).equals("-") && (lower(t, a - 2).equals("anti") || lower(t, a - 2).equals("pro"))) {
            return true;
        }
        if (words.speechBefore().contains(prev) || prev.equals("by") || prev.equals("with") || prev.equals("against")) {
            return !prev.equals("by") || !pos(t, p - 1).equals("NOUN");
        }
        boolean relational = prev.equals("of") || prev.equals("to") || prev.equals("for") || prev.equals("on");
        int noun = p - 1;
        while (noun > 0 && (lower(t, noun).equals("\"") || lower(t, noun).equals("”") || lower(t, noun).equals("'"))) {
            noun--;
        }
        if (relational && words.relationNouns().contains(lower(t, noun))) {
            // "an opponent of Tehran", "threats to Damascus", "support for Moscow"
            return true;
        }
        if (words.locatives().contains(prev)) {
            return false;
        }
        String next = lower(t, b);
        if (next.equals("-")) {
            return words.actingCompounds().contains(lower(t, b + 1));
        }
        if (words.militaryNouns().contains(next) && !next.equals("air")) {
            return true;
        }
        if (next.equals("'s") || next.equals("’s")) {
            return !words.placeNouns().contains(lower(t, b + 1));
        }
        if (next.equals(",") && (a == 0 || pos(t, a - 1).equals("CCONJ") || lower(t, a - 1).equals(","))) {
            String after = lower(t, b + 1);
            return after.equals("a") || after.equals("an") || after.equals("the") || after.equals("which")
                    || after.equals("who");
        }
        if (words.statementVerbs().contains(next)) {
            // "Moscow warns ...": the tagger reads some of these as nouns, but after a capital they act
            return true;
        }
        int k = b;
        if (next.equals("and") || next.equals(",")) {
            k = skipCoordinatedName(t, b + 1);
        }
        while (pos(t, k).equals("ADV") || pos(t, k).equals("PART")) {
            k++;
        }
        return pos(t, k).equals("VERB") || pos(t, k).equals("AUX");
    }

    private static int skipCoordinatedName(List<Token> t, int k) {
        while (k < t.size() && (t.get(k).pos().equals("PROPN") || t.get(k).pos().equals("DET"))) {
            k++;
        }
        return k;
    }

    boolean militaryNounFollows(Mention m) {
        List<Token> t = tokens(m);
        int b = last(m) + 1;
        if (words.militaryNouns().contains(lower(t, b))) {
            return !lower(t, b).equals("air") || lower(t, b + 1).startsWith("force");
        }
        // "Russian and Syrian air forces": the head noun after the last adjective applies to each
        if (lower(t, b).equals("and") || lower(t, b).equals(",")) {
            int k = b + 1;
            if (pos(t, k).equals("ADJ") || pos(t, k).equals("PROPN")) {
                return words.militaryNouns().contains(lower(t, k + 1)) && !lower(t, k + 1).equals("special");
            }
        }
        return false;
    }

    boolean nameFollows(int index) {
        Mention m = mentions.get(index);
        for (int j = index + 1; j < mentions.size(); j++) {
            Mention n = mentions.get(j);
            if (n.start() < m.end()) {
                continue;
            }
            String between = text.document().text().substring(m.end(), n.start());
            return between.isBlank() && n.type() == EntityType.PERSON
                    && (n.form() == Mention.Form.NAME || n.form() == Mention.Form.SURNAME);
        }
        return false;
    }

    /** The actor mention right before this one ("Iraqi" in "Iraqi government forces"). */
    Optional<Mention> actorRightBefore(int index) {
        Mention m = mentions.get(index);
        for (int j = index - 1; j >= 0; j--) {
            Mention p = mentions.get(j);
            if (p.end() > m.start()) {
                continue;
            }
            String between = text.document().text().substring(p.end(), m.start());
            boolean adjacent = between.isBlank() || between.strip().equals("'s") || between.strip().equals("’s");
            boolean actor = p.catalogued() && (p.type().isActor() || p.form() == Mention.Form.CAPITAL);
            return adjacent && actor && !insideOppositeCompound(p) ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the mention is X in "anti-X" or "pro-X". */
    boolean insideOppositeCompound(Mention m) {
        String before = text.document().text().substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT);
        return before.endsWith("anti-") || before.endsWith("pro-");
    }

    /** The acronym the mention defines: "LN" after "Long Name (LN)". */
    Optional<String> acronymDefined(Mention m) {
        return AcronymDefinition.after(tokens(m), first(m), last(m) + 1);
    }

    /** Whether the mention is a possessor of one of the nouns: "Assad's forces", "Assads regime". */
    boolean possessorOf(Mention m, Set<String> nouns) {
        List<Token> t = tokens(m);
        int b = last(m) + 1;
        // "Assads regime": the name stops inside its token, whose "s" is a possessive that lost its apostrophe
        boolean bare = t.get(b - 1).end() > m.end();
        if (!bare && !(lower(t, b).equals("'s") || lower(t, b).equals("’s"))) {
            return false;
        }
        int k = bare ? b : b + 1;
        while (pos(t, k).equals("ADJ")) {
            k++;
        }
        return nouns.contains(lower(t, k));
    }

    /** Whether a one-word mention is tagged as an adjective: "military" in "a military source". */
    boolean adjective(Mention m) {
        return first(m) == last(m) && pos(tokens(m), first(m)).equals("ADJ");
    }
}
