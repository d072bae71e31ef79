package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.entity.ActorSentences;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.rules.Lexicons;
import org.newsgraph.rules.RuleSentence;
import org.newsgraph.rules.Span;

/**
 * Who a speaker phrase names, remembering the speakers of one article as it is read: the actor named in
 * the phrase (a person before the body they speak for); "he" or "it" for the last person or body that
 * spoke within a few sentences; "the official", "the minister" for the last person, "the center" for
 * the last body whose name has that word. "She", "they", "we" and anonymous sources name nobody: no
 * gender or number is known for the people named, and a wrong speaker is worse than none.
 */
final class Speakers {
    /** Sentences back that "he" or "the official" may reach for the last speaker. */
    static final int PRONOUN_REACH = 3;

    /** What a speaker phrase yields. */
    record Found(Kind kind, List<Speaker> speakers) {
        static final Found ANONYMOUS = new Found(Kind.ANONYMOUS, List.of());
        static final Found LATER = new Found(Kind.LATER, List.of());
    }

    enum Kind {
        /** Named speakers. */
        NAMED,
        /** Someone speaks whom the text does not name ("residents said"): no claim, and nobody else's. */
        ANONYMOUS,
        /** "We warn ...": quoted words whose attribution comes later in the sentence. */
        LATER
    }

    record Speaker(String key, String surface) {
    }

    private final Resolution resolution;
    private final Set<String> personNouns;
    private final Set<String> deferred;
    private final Set<String> anonymousPronouns;
    private final Set<String> speakerHeads;
    private Speaker lastPerson;
    private Speaker lastBody;
    private Speaker lastSpeaker;
    private final Map<String, Integer> spokeAt = new HashMap<>();

    Speakers(Resolution resolution, Lexicons lexicons) {
        this.resolution = resolution;
        this.personNouns = lexicons.get("speaker-person-nouns");
        this.deferred = lexicons.get("speaker-first-person");
        this.anonymousPronouns = lexicons.get("speaker-unresolved-pronouns");
        this.speakerHeads = lexicons.get("speaker-heads");
    }

    /**
     * The speakers a captured phrase names in sentence {@code s}: a person named anywhere in it ("White
     * House spokesman Josh Earnest"); else the actors of its first noun phrase if it names any ("A U.N.
     * commission of inquiry into human rights in Syria" is the UN's); else those of the phrases after it
     * ("the chief of a U.N. team").
     *
     * @param first only the phrase's first actor, or the person in it, speaks (after an inverted verb:
     *              "says the Syrian Observatory for Human Rights AP Thursday")
     */
    Found of(RuleSentence s, int from, int to, boolean first) {
        List<Span> actors = ActorSentences.actors(s, from, to);
        int headAt = head(s, from, to);
        List<Span> inHead = actors.stream().filter(a -> a.to() <= headAt + 1).toList();
        boolean person = actors.stream().anyMatch(a -> a.attribute("type").equals("person"));
        String last = s.lower(headAt);
        boolean voice = s.attribute(headAt, "actor").equals("true") || speakerHeads.contains(last) || personNouns.contains(last);
        if (!person && !inHead.isEmpty()) {
            if (!voice && s.tag(headAt).equals("NOUN")) {
                // "a UN Security Council resolution said", "the Assad clan's hometown": a name modifying something voiceless
                return Found.ANONYMOUS;
            }
            actors = inHead;
        }
        if (first && !actors.isEmpty()) {
            List<Span> persons = actors.stream().filter(a -> a.attribute("type").equals("person")).toList();
            actors = List.of(persons.isEmpty() ? actors.get(0) : persons.get(0));
        }
        if (!actors.isEmpty()) {
            return new Found(Kind.NAMED, preferred(actors).stream().map(a -> new Speaker(a.attribute("key"),
                    s.cover(a.from(), a.to()))).toList());
        }
        String opening = s.lower(from);
        String head = last;
        if (to - from == 1 && deferred.contains(opening)) {
            return Found.LATER;
        }
        if (to - from == 1 && (opening.equals("he") || opening.equals("it"))) {
            return pronoun(s, from, opening.equals("he"));
        }
        if (to - from == 1 && anonymousPronouns.contains(opening)) {
            return Found.ANONYMOUS;
        }
        if (opening.equals("the") && headAt + 1 - from <= 4 && (personNouns.contains(head) || speakerHeads.contains(head))) {
            return described(s, head, s.cover(from, headAt + 1));
        }
        return Found.ANONYMOUS;
    }

    /** The head of the phrase's first noun phrase ("reporters" in "Reuters reporters in the city"), else its last word. */
    private static int head(RuleSentence s, int from, int to) {
        for (Span np : s.layer("np")) {
            if (np.from() >= from && np.to() <= to) {
                return np.to() - 1;
            }
        }
        return to - 1;
    }

    /**
     * A person in the phrase speaks (not the ministry before his name); else bodies named before
     * descriptions, and a state only where it is not the possessor or nationality of another speaker
     * ("Syria's official SANA agency" is SANA).
     */
    private static List<Span> preferred(List<Span> actors) {
        List<Span> persons = actors.stream().filter(a -> a.attribute("type").equals("person")).toList();
        if (!persons.isEmpty()) {
            return persons;
        }
        List<Span> named = actors.stream().filter(a -> !a.attribute("form").equals("description")).toList();
        List<Span> pool = named.isEmpty() ? actors : named;
        List<Span> bodies = pool.stream().filter(a -> !a.attribute("type").equals("state")).toList();
        boolean qualifiers = pool.stream().anyMatch(a -> a.attribute("type").equals("state") && a.attribute("form").equals("demonym"))
                || pool.size() > bodies.size() && !bodies.isEmpty() && pool.get(0).attribute("type").equals("state");
        return qualifiers && !bodies.isEmpty() ? bodies : pool;
    }

    private Found pronoun(RuleSentence s, int at, boolean person) {
        for (Span m : s.layer("mention")) {
            if (m.from() >= at) {
                break;
            }
            boolean isPerson = m.attribute("type").equals("person");
            if (m.attribute("actor").equals("true") && m.attribute("part").equals("none") && isPerson == person) {
                return named(new Speaker(m.attribute("key"), s.word(at)));
            }
        }
        Speaker ref = person ? lastPerson : lastBody;
        if (ref == null || s.sentence().index() - spokeAt.getOrDefault(ref.key(), -100) > PRONOUN_REACH) {
            return Found.ANONYMOUS;
        }
        return named(new Speaker(ref.key(), s.word(at)));
    }

    /** "the official said", "the center said": the last speaker, or body, the description fits. */
    private Found described(RuleSentence s, String noun, String surface) {
        int sentence = s.sentence().index();
        if (personNouns.contains(noun) && lastPerson != null
                && sentence - spokeAt.getOrDefault(lastPerson.key(), -100) <= PRONOUN_REACH) {
            return named(new Speaker(lastPerson.key(), surface));
        }
        List<Speaker> recent = new ArrayList<>();
        Optional.ofNullable(lastBody).ifPresent(recent::add);
        Optional.ofNullable(lastSpeaker).ifPresent(recent::add);
        for (Speaker sp : recent) {
            Optional<Entity> e = resolution.entity(sp.key());
            if (e.isPresent() && names(e.get(), noun)) {
                return named(new Speaker(sp.key(), surface));
            }
        }
        int start = s.sentence().start();
        List<ResolvedMention> mentions = resolution.mentions();
        for (int j = mentions.size() - 1; j >= 0; j--) {
            ResolvedMention m = mentions.get(j);
            Entity e = resolution.entity(m.entity()).orElseThrow();
            if (m.mention().start() < start && e.type() != EntityType.PLACE
                    && (names(e, noun) || m.mention().surface().toLowerCase(Locale.ROOT).contains(noun))) {
                return named(new Speaker(e.key(), surface));
            }
        }
        return Found.ANONYMOUS;
    }

    private static boolean names(Entity e, String noun) {
        return e.label().toLowerCase(Locale.ROOT).contains(noun)
                || e.altLabels().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(noun));
    }

    private static Found named(Speaker s) {
        return new Found(Kind.NAMED, List.of(s));
    }

    /** The speaker of the last attribution, for a quote that goes on after it. */
    Optional<Speaker> last() {
        return Optional.ofNullable(lastSpeaker);
    }

    void spoke(Speaker s, int sentence) {
        lastSpeaker = s;
        spokeAt.put(s.key(), sentence);
        Optional<Entity> e = resolution.entity(s.key());
        if (e.isPresent() && e.get().type() == EntityType.PERSON) {
            lastPerson = s;
        } else if (e.isPresent()) {
            lastBody = s;
        }
    }
}
