package org.newsgraph.proposition;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.nlp.Token;

/**
 * Finds a content's main event: the first verb of {@code events.tsv} (an adjectival participle, "the
 * besieged part", does not count), or the first such noun when no verb of the noun's clause reports one
 * ("Combat operations ... have been suspended" is a halt; "denied carrying out the gas attack with the
 * minister stressing that an airstrike had targeted ..." a chemical attack). A negation or a
 * modal just before it changes its polarity.
 */
final class EventFinder {
    /** Tags of words that are never verbs, whatever the tagger's mistakes. */
    private static final Set<String> CLOSED = Set.of("DET", "ADP", "PUNCT", "NUM", "CCONJ", "SCONJ", "AUX", "PRON", "SYM");
    /** Words before the event a negation or modal may stand: "had not ceased", "must leave". */
    private static final int SCOPE = 3;

    private final EventLexicon events;
    private final MarkerLexicon markers;

    /** The event and the tokens [at, end) that report it. */
    record Found(Event event, int at, int end) {
    }

    EventFinder(EventLexicon events, MarkerLexicon markers) {
        this.events = events;
        this.markers = markers;
    }

    /**
     * The event in tokens [from, to), skipping the tokens {@code skip} says are about something else.
     * The tagger often calls a verb an adjective or a noun ("had halted/ADJ", "Syrians flee/NOUN"), so a
     * verb form of the lexicon counts wherever it stands, unless the word is a listed noun tagged as one.
     */
    Optional<Found> find(List<Token> tokens, Words words, int from, int to, IntPredicate skip) {
        Found noun = null;
        for (int i = from; i < to; i++) {
            if (skip.test(i)) {
                continue;
            }
            if (noun != null && markers.get("boundary").matchAt(words, i) > 0) {
                return Optional.of(noun);
            }
            EventLexicon.Match verb = mayBeVerb(words, i) && !adjectival(words, i, from) ? events.verbAt(words, i) : null;
            if (verb != null) {
                return Optional.of(new Found(event(verb, tokens, words, from, i), i, i + verb.length()));
            }
            EventLexicon.Match m = noun == null ? events.nounAt(words, i) : null;
            if (m != null) {
                noun = new Found(event(m, tokens, words, from, i), i, i + m.length());
                i += m.length() - 1;
            }
        }
        return Optional.ofNullable(noun);
    }

    private boolean mayBeVerb(Words words, int i) {
        String tag = words.tag(i);
        if (CLOSED.contains(tag)) {
            return false;
        }
        return !(tag.equals("NOUN") || tag.equals("PROPN")) || events.nounAt(words, i) == null;
    }

    private Event event(EventLexicon.Match m, List<Token> tokens, Words words, int from, int at) {
        String word = tokens.get(at).text();
        for (int k = at + 1; k < at + m.length(); k++) {
            word += (tokens.get(k).start() > tokens.get(k - 1).end() ? " " : "") + tokens.get(k).text();
        }
        return new Event(m.type(), word, polarity(words, from, at));
    }

    private Event.Polarity polarity(Words words, int from, int at) {
        if (at > from && markers.get("prevented").matchAt(words, at - 1) == 1) {
            return Event.Polarity.HYPOTHETICAL;
        }
        int start = Math.max(from, at - SCOPE);
        Event.Polarity p = Event.Polarity.ASSERTED;
        for (int k = start; k < at; k++) {
            if (markers.get("modal").matchAt(words, k) > 0) {
                return Event.Polarity.HYPOTHETICAL;
            }
            if (markers.get("negation").matchAt(words, k) > 0) {
                p = Event.Polarity.NEGATED;
            }
        }
        return p;
    }

    /**
     * "the besieged part", "trapped civilians": a participle used as an adjective reports no event;
     * after an auxiliary ("had ceased fire") it is a verb.
     */
    private boolean adjectival(Words words, int i, int from) {
        if (!words.participleLike(i) || i > from && markers.get("auxiliary").matchAt(words, i - 1) > 0) {
            return false;
        }
        boolean afterDeterminer = i > 0 && (words.tag(i - 1).equals("DET") || words.tag(i - 1).equals("PRON"));
        boolean beforeNoun = i + 1 < words.size() && words.isNoun(i + 1);
        return afterDeterminer || beforeNoun;
    }
}
