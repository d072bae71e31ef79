package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.Grammar;
import org.newsgraph.rules.PhraseChunker;
import org.newsgraph.rules.RuleSentence;
import org.newsgraph.rules.Span;

/**
 * Sentences as the extraction rules see them: tokens, the phrase layer, and a {@code mention} layer of
 * resolved entities. Each mention span carries {@code type} (state, organization, armed_group, person,
 * place), {@code form} (name, demonym, capital, description, role), {@code key}, {@code actor}
 * ({@code true} when it names an actor taking part rather than qualifying a noun: "Turkish support"
 * acts, "Turkish towns" does not) and {@code part} ({@code none}, or how a compound uses it: {@code anti}
 * and {@code pro} for "anti-X", the participle for "X-backed", "X-held"). Noun phrases also carry
 * {@code actor} when they hold a taking-part actor ({@code headactor} when it is their head: "Russian
 * Foreign Minister Sergei Lavrov", not "Russian warplanes"; {@code nearactor} when it is the head or stands
 * a few words before it: "regime barrel bomb attacks"), and tokens {@code actor} and {@code place}.
 * Thread-safe; one instance serves every pipeline.
 */
public final class ActorSentences {
    /** Words an actor may stand before the head of its phrase and still act through it ("regime barrel bomb attacks"). */
    private static final int NEAR = 4;

    private final Grammar grammar;
    private final PhraseChunker chunker;
    private final Set<String> actingHeads;

    public ActorSentences(Grammar grammar) {
        this.grammar = grammar;
        this.chunker = new PhraseChunker(grammar.lexicons());
        this.actingHeads = grammar.lexicons().get("acting-heads");
    }

    /** One rule sentence per sentence of the text, in order. */
    public List<RuleSentence> of(AnnotatedText text, Resolution resolution) {
        List<List<ResolvedMention>> bySentence = new ArrayList<>();
        for (int i = 0; i < text.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (ResolvedMention m : resolution.mentions()) {
            bySentence.get(m.mention().sentence()).add(m);
        }
        List<RuleSentence> out = new ArrayList<>(text.sentences().size());
        for (Sentence s : text.sentences()) {
            out.add(build(s, bySentence.get(s.index()), resolution, Set.of()));
        }
        return out;
    }

    /**
     * The sentence again, with {@code held=true} on the tokens of places it says someone holds, so
     * relation rules can aim at them ({@code <np held=true>}).
     */
    public RuleSentence withHeld(RuleSentence s, Resolution resolution, Set<Integer> heldTokens) {
        return build(s.sentence(), resolution.inSentence(s.sentence().index()), resolution, heldTokens);
    }

    private RuleSentence build(Sentence s, List<ResolvedMention> mentions, Resolution resolution, Set<Integer> held) {
        RuleSentence.Builder b = RuleSentence.builder(s, grammar.lexicons()).layer("mention").layer("np").layer("vg");
        List<Token> tokens = s.tokens();
        List<Span> mentionSpans = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.end() > m.mention().start() && t.start() < m.mention().end()) {
                    from = from < 0 ? i : from;
                    to = i + 1;
                }
            }
            int a = from;
            int z = to;
            if (from >= 0 && mentionSpans.stream().noneMatch(o -> o.from() < z && a < o.to())) {
                Entity e = resolution.entity(m.actsFor()).orElseThrow();
                Span span = mentionSpan(b, m, e, from, to, tokens.get(to - 1).end(), resolution.mentions().indexOf(m));
                mentionSpans.add(span);
            }
        }
        for (Span m : mentionSpans) {
            b.span(m);
            for (int i = m.from(); i < m.to(); i++) {
                b.tokenAttribute(i, "place", Boolean.toString(m.attribute("type").equals("place")));
                b.tokenAttribute(i, "actor", m.attribute("actor"));
            }
        }
        for (int i : held) {
            b.tokenAttribute(i, "held", "true");
        }
        Set<Integer> named = new java.util.HashSet<>();
        Set<Integer> starts = new java.util.HashSet<>();
        for (Span m : mentionSpans) {
            starts.add(m.from());
            for (int i = m.from(); i < m.to(); i++) {
                named.add(i);
            }
        }
        for (Span chunk : chunker.chunk(b, named, starts)) {
            if (chunk.layer().equals("np")) {
                chunk = withNounPhraseAttributes(chunk, mentionSpans, held);
            }
            b.span(chunk);
        }
        return b.build();
    }

    private Span mentionSpan(RuleSentence.Builder b, ResolvedMention m, Entity e, int from, int to, int tokenEnd, int ref) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("type", e.type().name().toLowerCase(Locale.ROOT));
        a.put("form", m.mention().form().name().toLowerCase(Locale.ROOT));
        a.put("key", e.key());
        String part = part(b, from, to);
        a.put("actor", Boolean.toString(acting(b, m, e, to, tokenEnd, !part.equals("none"))));
        a.put("part", part);
        return new Span("mention", from, to, a, ref);
    }

    /** "anti-X", "pro-X", or the participle of "X-backed", "X-held"; else none. */
    private static String part(RuleSentence.Builder b, int from, int to) {
        if (b.lower(from - 1).equals("-") && (b.lower(from - 2).equals("anti") || b.lower(from - 2).equals("pro"))) {
            return b.lower(from - 2);
        }
        String after = b.lower(to + 1);
        if (b.lower(to).equals("-") && (b.tag(to + 1).equals("VERB") || after.endsWith("ed") || after.equals("led")
                || after.equals("run") || after.equals("held"))) {
            // "Turkish-backed", "IS-held", "Kurdish-led"; not "Kurdish-Arab"
            return after;
        }
        return "none";
    }

    /**
     * "Syrians" (a people) and "Syrian" before a common noun ("Syrian towns") do not act; nor does a
     * state named as the possessor of a place ("Syria's capital"). A nationality word before troops or
     * support does, and so does a name.
     */
    private boolean acting(RuleSentence.Builder b, ResolvedMention m, Entity e, int to, int tokenEnd, boolean inCompound) {
        if (!e.type().isActor()) {
            return false;
        }
        if (inCompound) {
            // "Turkish-backed", "anti-Syrian", "regime-held": the compound makes it a party
            return true;
        }
        Mention mention = m.mention();
        String next = b.lower(to);
        // "Syrias army": a name that stops inside its token lost the apostrophe of its possessive
        boolean bare = mention.end() < tokenEnd;
        boolean possessive = next.equals("'s") || bare;
        boolean head = actingHeadFollows(b, next.equals("'s") ? to + 1 : to);
        if (bare) {
            head = actingHeadFollows(b, to);
        }
        if (mention.form() == Mention.Form.DEMONYM) {
            // resolved to a military ("Turkish troops") it acts; as the state itself only before an acting noun
            boolean military = !m.entity().equals(mention.keys().get(0));
            return !mention.surface().endsWith("s") && (military || head);
        }
        if (possessive && e.type() == EntityType.STATE) {
            return head;
        }
        return true;
    }

    /** An acting noun in the noun run that starts at {@code i}: "Russia's foreign minister", "Syrian state TV". */
    private boolean actingHeadFollows(RuleSentence.Builder b, int i) {
        for (int k = i; k < Math.min(b.size(), i + 4); k++) {
            if (actingHeads.contains(b.lower(k))) {
                return true;
            }
            if (!b.tag(k).equals("ADJ") && !b.tag(k).equals("NOUN") && !b.tag(k).equals("PROPN")) {
                return false;
            }
        }
        return false;
    }

    private static Span withNounPhraseAttributes(Span np, List<Span> mentions, Set<Integer> held) {
        Map<String, String> a = new LinkedHashMap<>(np.attributes());
        boolean actor = false;
        boolean any = false;
        boolean headActor = false;
        boolean near = false;
        for (Span m : mentions) {
            if (m.from() >= np.from() && m.to() <= np.to()) {
                any = true;
                String part = m.attribute("part");
                boolean acts = m.attribute("actor").equals("true") && (part.equals("none") || part.equals("led"));
                actor |= acts;
                headActor |= acts && m.covers(np.to() - 1);
                near |= acts && np.to() - m.to() <= NEAR;
            }
        }
        boolean isHeld = false;
        for (int i = np.from(); i < np.to(); i++) {
            isHeld |= held.contains(i);
        }
        a.put("actor", Boolean.toString(actor));
        a.put("headactor", Boolean.toString(headActor));
        a.put("nearactor", Boolean.toString(near));
        a.put("mention", Boolean.toString(any));
        a.put("held", Boolean.toString(isHeld));
        return new Span("np", np.from(), np.to(), a, np.ref());
    }

    /**
     * The actors a captured range names: the one mention it covers exactly, whatever its part
     * ("Turkey" captured in "Turkey-backed"); otherwise every taking-part actor mention inside it that
     * is not inside a compound ("rebels" in "anti-rebel" is not).
     */
    public static List<Span> actors(RuleSentence s, int from, int to) {
        List<Span> inside = new ArrayList<>();
        for (Span m : s.layer("mention")) {
            if (m.from() == from && m.to() == to) {
                return m.attribute("actor").equals("true") ? List.of(m) : List.of();
            }
            String part = m.attribute("part");
            if (m.from() >= from && m.to() <= to && m.attribute("actor").equals("true")
                    && (part.equals("none") || part.equals("led"))) {
                inside.add(m);
            }
        }
        return inside;
    }
}
