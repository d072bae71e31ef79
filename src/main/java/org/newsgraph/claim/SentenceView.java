package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** One sentence as the statement rules see it: tokens, and the entity mentions over token ranges. */
final class SentenceView {

    /**
     * A mention over tokens [from, to).
     *
     * @param acting whether it names an actor taking part, rather than qualifying something else
     */
    record Span(int from, int to, ResolvedMention mention, Entity entity, boolean acting) {
        String key() {
            return entity.key();
        }

        boolean actor() {
            return acting;
        }
    }

    /** Nouns after a nationality word or a state's possessive that keep it an actor: "Turkish support", "Russia's forces". */
    private static final Set<String> ACTING_HEADS = Set.of("support", "backing", "help", "aid", "assistance",
            "officials", "official", "media", "government", "authorities", "army", "military", "forces", "troops",
            "leaders", "leadership", "president", "minister", "ministry", "spokesman", "spokeswoman", "position",
            "ally", "allies", "backers", "proxies", "jets", "warplanes", "air", "navy", "statement", "diplomats",
            "envoy", "ambassador", "intelligence", "regime", "state", "offensive", "operation", "operations", "aircraft",
            "planes", "helicopters", "drones", "artillery", "tanks", "soldiers", "fighters", "militias", "militia");

    static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "because", "while",
            "although", "though", "whereas", "if", "unless", "since", "when", "where", "after", "before");

    final Sentence sentence;
    final List<Token> tokens;
    final List<Span> spans = new ArrayList<>();
    private final Span[] byToken;

    SentenceView(Sentence sentence, Resolution resolution) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.byToken = new Span[tokens.size()];
        for (ResolvedMention m : resolution.inSentence(sentence.index())) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.end() > m.mention().start() && t.start() < m.mention().end()) {
                    if (from < 0) {
                        from = i;
                    }
                    to = i + 1;
                }
            }
            if (from >= 0) {
                Entity entity = resolution.entity(m.entity()).orElseThrow();
                Span span = new Span(from, to, m, entity, acting(m, entity, to));
                if (spans.stream().noneMatch(s -> s.from == span.from && s.to == span.to)) {
                    spans.add(span);
                }
                for (int i = from; i < to; i++) {
                    if (byToken[i] == null || byToken[i].to - byToken[i].from < to - from) {
                        byToken[i] = span;
                    }
                }
            }
        }
        spans.sort((a, b) -> a.from != b.from ? Integer.compare(a.from, b.from) : Integer.compare(b.to, a.to));
    }

    /**
     * "Syrians" (a people) and "Syrian" before a common noun ("the Syrian side", "Syrian towns") do not
     * act; nor does a state named as a possessor of a place ("Syria's capital"). A nationality word
     * before troops or support, or a name, does.
     */
    private boolean acting(ResolvedMention m, Entity entity, int to) {
        if (!entity.type().isActor()) {
            return false;
        }
        Mention mention = m.mention();
        String next = lower(to);
        boolean possessive = next.equals("'s") || mention.surface().length() < mention.end() - mention.start()
                || m.rule().contains("possessive");
        String head = next.equals("'s") ? lower(to + 1) : next;
        if (mention.form() == Mention.Form.DEMONYM) {
            if (mention.surface().endsWith("s")) {
                return false;
            }
            return m.rule().equals(EntityResolver.RULE_MILITARY) || ACTING_HEADS.contains(head);
        }
        if (possessive && entity.type() == EntityType.STATE) {
            return ACTING_HEADS.contains(head);
        }
        return true;
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
    }

    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    String pos(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
    }

    Span at(int i) {
        return i >= 0 && i < byToken.length ? byToken[i] : null;
    }

    /**
     * An actor mention used as a modifier inside "anti-X", "pro-X" or "X-backed", not as a participant.
     * "X-held" is not one: whoever takes an X-held town acts against X.
     */
    boolean inCompound(Span s) {
        String before = lower(s.from - 1);
        String after = lower(s.to);
        return before.equals("-") && (lower(s.from - 2).equals("anti") || lower(s.from - 2).equals("pro"))
                || after.equals("-") && !RelationExtractor.HELD.contains(lower(s.to + 1));
    }

    /** Actor spans coordinated with this one: "Russia and Syria", "Russian and Syrian air forces". */
    List<Span> coordinated(Span s) {
        List<Span> group = new ArrayList<>();
        group.add(s);
        int idx = spans.indexOf(s);
        for (int j = idx - 1; j >= 0; j--) {
            Span p = spans.get(j);
            if (!p.actor() || !joins(p.to, group.get(0).from)) {
                break;
            }
            group.add(0, p);
        }
        for (int j = idx + 1; j < spans.size(); j++) {
            Span n = spans.get(j);
            if (!n.actor() || !joins(group.get(group.size() - 1).to, n.from)) {
                break;
            }
            group.add(n);
        }
        return group;
    }

    /** Tokens [from, to) hold only a conjunction and determiners: "and", ", and the", "and its". */
    private boolean joins(int from, int to) {
        if (to <= from) {
            return false;
        }
        boolean conjunction = false;
        for (int i = from; i < to; i++) {
            String w = lower(i);
            if (w.equals("and") || w.equals("or")) {
                conjunction = true;
            } else if (w.equals(",")) {
                continue;
            } else if (!(w.equals("the") || w.equals("its") || w.equals("their"))) {
                return false;
            }
        }
        return conjunction;
    }

    String cover(int from, int to) {
        return sentence.cover(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    Evidence evidence(int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Evidence(sentence.index(), start, end, sentence.cover(start, end));
    }

    boolean isPlace(Span s) {
        return s.entity.type() == EntityType.PLACE;
    }
}
