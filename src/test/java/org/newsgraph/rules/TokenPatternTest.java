package org.newsgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** The pattern language on sentences built by hand: each construct, and the errors it reports. */
class TokenPatternTest {
    private static final Lexicons LEXICONS = lexicons();

    private static Lexicons lexicons() {
        Lexicons l = new Lexicons(RuleSource.shipped());
        l.get("attack-verbs");
        l.get("hedge-words");
        return l.freeze();
    }

    /** "word/TAG word/TAG ...", with a mention layer from "[from,to)" pairs. */
    private static RuleSentence sentence(String tagged, int... mentions) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(text.length(), text.length() + slash, wt.substring(0, slash), wt.substring(slash + 1)));
            text.append(wt, 0, slash);
        }
        RuleSentence.Builder b = RuleSentence.builder(new Sentence(0, 0, text.length(), text.toString(), tokens), LEXICONS)
                .layer("mention");
        for (int i = 0; i < mentions.length; i += 2) {
            b.span(new Span("mention", mentions[i], mentions[i + 1], Map.of("actor", "true"), -1));
        }
        return b.build();
    }

    private static List<String> matches(String pattern, RuleSentence s) {
        List<String> out = new ArrayList<>();
        for (Match m : TokenPattern.compile(pattern, Map.of("ACTOR", "<mention actor=true>"), LEXICONS).findAll(s)) {
            StringBuilder b = new StringBuilder(s.cover(m.from(), m.to()));
            m.captures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(c -> b.append(" | ").append(c.getKey()).append('=').append(s.cover(c.getValue()[0], c.getValue()[1])));
            out.add(b.toString());
        }
        return out;
    }

    private static final RuleSentence JETS = sentence("Russian/ADJ jets/NOUN shelled/VERB rebel/NOUN positions/NOUN ./PUNCT", 0, 1, 3, 4);

    @Test
    void aLemmaFromALexiconHearsEveryInflection() {
        assertEquals(List.of("shelled"), matches("[lemma=@attack-verbs]", JETS));
    }

    @Test
    void capturesNameWhatTheyCover() {
        assertEquals(List.of("Russian jets shelled rebel | agent=Russian | target=rebel"),
                matches("(?<agent> $ACTOR) [] [lemma=@attack-verbs] (?<target> $ACTOR)", JETS));
    }

    @Test
    void aLayerSpanMatchesWhole() {
        assertEquals(List.of("Russian", "rebel"), matches("<mention actor=true>", JETS));
    }

    @Test
    void greedyRepeatsTakeTheLongestAndLazyOnesTheShortest() {
        assertEquals(List.of("Russian jets shelled rebel positions ."), matches("^ []+", JETS));
        assertEquals(List.of("Russian"), matches("^ []+?", JETS));
        assertEquals(List.of("jets shelled"), matches("[lower=jets] []{0,2}? [tag=VERB]", JETS));
    }

    @Test
    void lookBehindAndLookAheadTestWithoutConsuming() {
        RuleSentence hedged = sentence("Turkey/PROPN could/AUX attack/VERB Kurds/PROPN", 0, 1, 3, 4);
        assertEquals(List.of(), matches("(?<! [lower=@hedge-words] []{0,3}) [lemma=@attack-verbs]", hedged));
        assertEquals(List.of("shelled"), matches("(?<! [lower=@hedge-words] []{0,3}) [lemma=@attack-verbs]", JETS));
        assertEquals(List.of("shelled"), matches("[tag=VERB] (?= [lower=rebel])", JETS));
    }

    @Test
    void aTokenEveryMatchNeedsLetsOtherSentencesSkipThePattern() {
        RuleSentence none = sentence("Talks/NOUN resumed/VERB ./PUNCT");
        assertEquals(List.of(), matches("(?<agent> []+) [lemma=@attack-verbs]", none));
    }

    @Test
    void aSpanAttributeWrittenWithBarsHasEachValueAndAnAbsentOneNone() {
        RuleSentence s = RuleSentence.builder(JETS.sentence(), LEXICONS)
                .span(new Span("vg", 2, 3, Map.of("lemma", "rebel|shell|shell"), -1))
                .span(new Span("np", 3, 5, Map.of(), -1))
                .build();
        assertEquals(List.of("shelled"), matches("<vg lemma=shell>", s));
        assertEquals(List.of("shelled"), matches("<vg lemma=rebel>", s));
        assertEquals(List.of("shelled"), matches("<vg lemma=@attack-verbs>", s));
        assertEquals(List.of("shelled"), matches("<vg lemma=/sh.*/>", s));
        assertEquals(List.of(), matches("<vg lemma=she>", s));
        assertEquals(List.of(), matches("<np held=true>", s));
        assertEquals(List.of("rebel positions"), matches("<np held!=true>", s));
    }

    @Test
    void aTokenAttributeTheTokenLacksFailsItsTestAndPassesItsNegation() {
        assertEquals(List.of("Russian", "rebel"), matches("[mention=true]", JETS));
        assertEquals(List.of("jets", "shelled", "positions", "."), matches("[mention!=true]", JETS));
        assertEquals(List.of("Russian"), matches("[cap=true]", JETS));
    }

    @Test
    void aBadPatternSaysWhatAndWhere() {
        RuleException e = assertThrows(RuleException.class, () -> matches("[lower=x", JETS));
        assertTrue(e.getMessage().startsWith("expected ']', at: [lower=x ⟨here⟩"), e.getMessage());
        e = assertThrows(RuleException.class, () -> matches("$NOPE", JETS));
        assertTrue(e.getMessage().startsWith("unknown variable $NOPE; known: [ACTOR]"), e.getMessage());
        e = assertThrows(RuleException.class, () -> matches("[lemma=@no-such-class]", JETS));
        assertTrue(e.getMessage().startsWith("lexicon 'no-such-class' was not loaded"), e.getMessage());
    }
}
