package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.claim.Speakers.Found;
import org.newsgraph.claim.Speakers.Kind;
import org.newsgraph.claim.Speakers.Speaker;
import org.newsgraph.entity.Resolution;
import org.newsgraph.nlp.Evidence;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rules.Grammar;
import org.newsgraph.rules.Match;
import org.newsgraph.rules.Rule;
import org.newsgraph.rules.RuleSentence;

/**
 * Applies the grammar's {@code claim} rules and follows reported speech through an article. In each
 * sentence the first cue outside quotation marks whose speaker can be resolved attributes the
 * sentence (its words up to the next cue are the speaker's); a cue whose speaker is anonymous
 * ("residents said") attributes it to nobody. A quote that runs over several sentences belongs to its
 * speaker in each, and a quote right after an attributed one continues it. A statement is a denial
 * when its rule says so, when its cue is a denial verb, or when the speaker's own words reject
 * ({@code denial-phrases}: "fictitious", "not been involved").
 */
public final class RuleAttributionExtractor implements AttributionExtractor {
    /** The rule of a quote that goes on after its attributed sentence, or runs over several. */
    static final String QUOTE_CONTINUED = "quote-continued";
    /** A claim is a sentence, not a page: longer run-on text is cut to this around its cue. */
    static final int MAX_CLAIM_CHARS = 600;
    /** Sentences of an open quote kept while waiting for the sentence that names its speaker. */
    static final int MAX_PENDING = 6;

    private final Grammar grammar;
    private final List<Rule> rules;
    private final Set<String> denialVerbs;
    private final Pattern denialPhrases;

    public RuleAttributionExtractor(Grammar grammar) {
        this.grammar = grammar;
        this.rules = grammar.rules("claim");
        this.denialVerbs = grammar.lexicons().get("denial-verbs");
        List<String> phrases = new ArrayList<>(grammar.lexicons().get("denial-phrases"));
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        // "an accusation dismissed by the government": a rejecting word with its own agent is someone else's.
        this.denialPhrases = Pattern.compile("\\b(?:" + String.join("|", phrases.stream().map(Pattern::quote).toList())
                + ")\\b(?!\\s+by\\b)");
    }

    @Override
    public List<Attribution> extract(List<RuleSentence> sentences, Resolution resolution) {
        return new Reader(resolution).read(sentences);
    }

    /** A cue a rule found, and the speakers it names. */
    private record Hit(Rule rule, Match match, int cue, String cueText, Found found) {
    }

    /** The sentence's attribution: its speakers, and the token range that is theirs. */
    private record Said(List<Speaker> speakers, Hit hit, int to, boolean blocked) {
        static final Said NONE = new Said(List.of(), null, 0, false);
        static final Said BLOCKED = new Said(List.of(), null, 0, true);
    }

    /** Reads one article in order. */
    private final class Reader {
        private final Speakers speakers;
        private final Quotes quotes = new Quotes();
        private final List<RuleSentence> pending = new ArrayList<>();
        private final List<Attribution> out = new ArrayList<>();
        private int lastSpokeIn = -10;

        Reader(Resolution resolution) {
            this.speakers = new Speakers(resolution, grammar.lexicons());
        }

        List<Attribution> read(List<RuleSentence> sentences) {
            for (RuleSentence s : sentences) {
                if (quotes.expire()) {
                    pending.clear();
                }
                boolean startsQuoted = quotes.open() || Quotes.startsWithQuote(s);
                boolean[] quoted = quotes.mark(s);
                Said said = said(s, quoted);
                int index = s.sentence().index();
                if (!said.speakers.isEmpty()) {
                    boolean denial = denial(s, said);
                    for (RuleSentence p : pending) {
                        emit(p, said.speakers, said.hit, QUOTE_CONTINUED, denial);
                    }
                    pending.clear();
                    emit(s, said.speakers, said.hit, said.hit.rule.name(), denial);
                    speakers.spoke(said.speakers.get(0), index);
                    lastSpokeIn = index;
                } else if (said.blocked) {
                    pending.clear();
                } else if (startsQuoted && quotes.open()) {
                    pending.add(s);
                } else if (startsQuoted && speakers.last().isPresent() && index - lastSpokeIn == 1 + pending.size()) {
                    // A quote right after an attributed one, with no speaker of its own, continues it.
                    Speaker same = speakers.last().get();
                    boolean denial = rejects(s.sentence().text());
                    for (RuleSentence p : pending) {
                        emit(p, List.of(same), null, QUOTE_CONTINUED, denial);
                    }
                    pending.clear();
                    emit(s, List.of(same), null, QUOTE_CONTINUED, denial);
                    lastSpokeIn = index;
                } else {
                    pending.clear();
                }
                if (pending.size() > MAX_PENDING) {
                    pending.clear();
                }
            }
            return out;
        }

        private Said said(RuleSentence s, boolean[] quoted) {
            List<Hit> hits = hits(s, quoted);
            Map<String, Speaker> found = new LinkedHashMap<>();
            Hit first = null;
            for (Hit h : hits) {
                if (h.found.kind() == Kind.LATER) {
                    continue;
                }
                if (first != null && h.cue != first.cue) {
                    return new Said(List.copyOf(found.values()), first, h.cue, false);
                }
                if (h.found.kind() == Kind.ANONYMOUS) {
                    if (first == null && !h.rule.option("blocks").equals("false")) {
                        return Said.BLOCKED;
                    }
                    continue;
                }
                first = first == null ? h : first;
                for (Speaker sp : h.found.speakers()) {
                    found.putIfAbsent(sp.key(), sp);
                }
            }
            return first == null ? Said.NONE : new Said(List.copyOf(found.values()), first, s.size(), false);
        }

        /**
     * Each cue outside quotation marks once, with the highest-priority rule that names its speaker (or,
     * when none does, the highest-priority one: "residents said" speaks for nobody).
     */
        private List<Hit> hits(RuleSentence s, boolean[] quoted) {
            Map<Integer, Hit> byCue = new LinkedHashMap<>();
            for (Rule rule : rules) {
                if (s.titleCase() && !rule.option("headlines").equals("true")) {
                    continue;
                }
                for (Match m : rule.pattern().findAll(s)) {
                    int[] cue = m.capture(rule.capture("cue").orElseThrow()).orElse(null);
                    int[] who = m.capture(rule.capture("speaker").orElseThrow()).orElse(null);
                    Hit earlier = cue == null ? null : byCue.get(cue[0]);
                    if (cue == null || who == null || quoted[cue[0]]
                            || earlier != null && earlier.rule != rule && earlier.found.kind() == Kind.NAMED) {
                        continue;
                    }
                    boolean first = rule.option("first").equals("true");
                    Found f = speakers.of(s, who[0], who[1], first);
                    int[] via = rule.capture("via").flatMap(m::capture).orElse(null);
                    if (f.kind() == Kind.ANONYMOUS && via != null) {
                        f = speakers.of(s, via[0], via[1], true);
                    }
                    // Another rule's reading wins only if it names the speaker ("... in the raid said SANA"). The
                    // same rule's nearest named subject wins ("Syrian state TV Barazi said"), and its nearest
                    // subject when none is named; an apposition after a name does not ("The LCC, a network of
                    // activists, reported").
                    boolean better = earlier == null || f.kind() == Kind.NAMED
                            || earlier.rule == rule && earlier.found.kind() != Kind.NAMED;
                    if (better) {
                        byCue.put(cue[0], new Hit(rule, m, cue[0], s.cover(cue[0], cue[1]), f));
                    }
                }
            }
            List<Hit> hits = new ArrayList<>(byCue.values());
            hits.sort(Comparator.comparingInt(Hit::cue));
            return hits;
        }

        /** A denial when the rule or its cue denies, or the speaker's own words reject something. */
        private boolean denial(RuleSentence s, Said said) {
            Hit h = said.hit;
            if (h.rule.option("stance").equals("denies")) {
                return true;
            }
            for (int i = h.cue; i < h.cue + 1 && i < s.size(); i++) {
                for (String lemma : s.lemmas(i)) {
                    if (denialVerbs.contains(lemma)) {
                        return true;
                    }
                }
            }
            return said.to > 0 && rejects(s.cover(0, Math.min(said.to, s.size())));
        }

        private boolean rejects(String words) {
            return denialPhrases.matcher(words.toLowerCase(Locale.ROOT).replace('’', '\'')).find();
        }

        private void emit(RuleSentence s, List<Speaker> who, Hit hit, String rule, boolean denial) {
            String cue = hit == null ? "" : hit.cueText;
            double confidence = grammar.confidence(rule);
            for (Speaker sp : who) {
                out.add(new Attribution(sp.key(), denial ? Stance.DENIES : Stance.CLAIMS, evidence(s, cue), rule, cue,
                        sp.surface(), confidence));
            }
        }
    }

    /** The sentence, or for a run-on one over {@link #MAX_CLAIM_CHARS}, the whole tokens around its cue. */
    static Evidence evidence(RuleSentence s, String cue) {
        Sentence sentence = s.sentence();
        if (sentence.text().length() <= MAX_CLAIM_CHARS) {
            return new Evidence(sentence.index(), sentence.start(), sentence.end(), sentence.text());
        }
        int at = cue.isEmpty() ? -1 : sentence.text().indexOf(cue);
        int centre = sentence.start() + Math.max(at, 0);
        int from = Math.max(sentence.start(), centre - MAX_CLAIM_CHARS / 2);
        int to = Math.min(sentence.end(), from + MAX_CLAIM_CHARS);
        from = Math.max(sentence.start(), to - MAX_CLAIM_CHARS);
        var tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < from) {
            first++;
        }
        int last = tokens.size();
        while (last > first + 1 && tokens.get(last - 1).end() > to) {
            last--;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last - 1).end();
        return new Evidence(sentence.index(), start, end, sentence.cover(start, end));
    }
}
