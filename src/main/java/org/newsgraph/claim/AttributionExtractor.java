package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.claim.SentenceView.Span;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Resolution;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Reads who claims or denies what: reported speech in its news forms — "X said/told/warned (that)
 * ...", "..., X said.", "..., said X.", "according to X", "X quoted Y as saying", "X, saying ...",
 * "X's comments that ...", headlines "...: Russia" and "Russia: ...". A quote that runs over several
 * sentences belongs to its speaker in each of them, and a quote that follows an attributed one
 * continues it. "He", "she", "it" and "the official" name the last speaker of their kind. A claim is
 * a denial when the speaker denies, rejects or dismisses, or calls the proposition fictitious,
 * baseless, false ... or says they have not been involved. Passive, anonymous reports ("it was
 * reported", "were said to") have no speaker and are not claims.
 */
public final class AttributionExtractor implements ClaimExtractor {

    static final Set<String> SPEECH_VERBS = Lexicon.forms("say", "tell", "warn", "insist", "announce", "add", "state",
            "note", "claim", "report", "stress", "explain", "confirm", "argue", "urge", "suggest", "predict", "accuse",
            "deny", "reject", "dismiss", "maintain", "assert", "declare", "reveal", "acknowledge", "admit", "believe",
            "estimate", "tweet", "write", "comment", "vow", "pledge", "allege", "emphasize",
            "emphasise", "point", "indicate", "affirm", "reiterate", "underline", "underscore", "complain", "condemn",
            "caution", "concede", "fear", "hope", "expect", "describe", "speak", "refute", "rebuff", "blame",
            "mention");
    /** Participles that continue the main clause's speaker: "Moscow warned ..., saying ...". */
    static final Set<String> PARTICIPLE_CUES = Set.of("saying", "adding", "warning", "arguing", "insisting", "noting",
            "claiming", "stressing", "explaining", "accusing", "denying", "announcing", "stating", "asserting",
            "urging", "describing", "suggesting", "rejecting", "dismissing", "emphasizing", "emphasising");
    /** Objects that make "claimed" a loss, not a statement: "the war has claimed 400,000 lives". */
    static final Set<String> NOT_SPEECH_OBJECTS = Set.of("lives", "life", "victims", "toll", "casualties");
    static final Set<String> DENIAL_CUES = Lexicon.forms("deny", "reject", "dismiss", "refute", "rebuff");
    static final Set<String> NOUN_CUES = Set.of("comments", "comment", "statement", "statements", "claim", "claims",
            "remarks", "assertion", "warning", "announcement", "allegation", "allegations", "accusation", "accusations",
            "insistence", "view", "belief", "assessment", "estimate", "report");
    /** Words that reject or negate what others said. */
    static final Pattern DENIAL = Pattern.compile("\\b(?:fictitious|unreal|baseless|groundless|unfounded|false|"
            + "fabricated|fabrications?|lies|not true|untrue|nonsense|not been involved|not involved|no involvement|"
            + "nothing to do with|no truth|no confirmation|fake|denied|denies|rejected|dismissed|refuted)\\b");
    static final Set<String> PERSON_NOUNS = Set.of("official", "spokesman", "spokeswoman", "spokesperson", "minister",
            "envoy", "diplomat", "ambassador", "president", "leader", "commander", "chief", "head", "secretary",
            "general", "representative", "director", "officer");
    static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated", "published", "last");
    /** Sentences a quotation may run over before an unclosed quotation mark is taken for a stray one. */
    static final int MAX_QUOTE_SENTENCES = 4;
    /** A claim is a sentence, not a page: longer run-on text is cut to this around its cue. */
    static final int MAX_CLAIM_CHARS = 600;
    /** Sentences back that "he" or "the official" may reach for the last speaker. */
    static final int PRONOUN_REACH = 3;
    /** Nouns after an actor's name that make it the speaker ("Reuters reporters", "Kremlin officials"). */
    static final Set<String> SPEAKER_HEADS = Set.of("reporters", "reporter", "correspondents", "correspondent",
            "officials", "official", "spokesman", "spokeswoman", "spokesperson", "sources", "source", "journalists",
            "officers", "officer", "diplomats", "diplomat", "commanders", "commander", "fighters", "media", "envoy",
            "minister", "ministry", "leaders", "leader", "representatives", "representative", "statement", "monitor",
            "activists", "chief", "head", "authorities", "army", "military", "forces", "troops", "president", "government",
            "monitoring", "group", "groups", "agency", "watchdog", "channel", "network", "newspaper", "daily", "website",
            "television", "tv", "radio", "office", "council", "committee", "spokespeople", "analysts", "experts",
            "researchers", "investigators", "inspectors", "negotiators", "delegation", "team", "command", "headquarters",
            "lawmakers", "senators", "members", "member", "administration", "presidency", "cabinet", "embassy");
    static final Set<String> OPEN_QUOTES = Set.of("\"", "“", "‘", "’");
    static final Set<String> CLOSE_QUOTES = Set.of("\"", "”", "’");

    public static final String RULE_SAID = "x-said";
    public static final String RULE_SAID_INVERTED = "said-x";
    public static final String RULE_ACCORDING_TO = "according-to-x";
    public static final String RULE_QUOTED_AS_SAYING = "x-quoted-as-saying";
    public static final String RULE_PARTICIPLE = "x-saying";
    public static final String RULE_POSSESSIVE = "x-statement-that";
    public static final String RULE_HEADLINE = "headline-colon-x";
    public static final String RULE_QUOTE_CONTINUED = "quote-continued";
    public static final String RULE_PRONOUN = "pronoun-speaker";
    public static final String RULE_DESCRIPTION = "described-speaker";

    @Override
    public List<Claim> extract(AnnotatedText text, Resolution resolution) {
        return new Reader(text, resolution).read();
    }

    private record Speaker(String key, String surface, String rule, String cue) {
    }

    /** The speakers a sentence names, and the token span that holds their statement (for its stance). */
    private record Attribution(List<Speaker> speakers, int from, int to, boolean cueWithoutSpeaker) {
        static final Attribution NONE = new Attribution(List.of(), 0, 0, false);
    }

    /** Reads one document in order, remembering the last speakers for pronouns and quotes. */
    private static final class Reader {
        private final AnnotatedText text;
        private final Resolution resolution;
        private final List<Claim> out = new ArrayList<>();
        private Speaker lastPerson;
        private Speaker lastBody;
        private Speaker lastSpeaker;
        private final Map<String, Integer> spokeAt = new java.util.HashMap<>();
        private int lastSpeakerSentence = -10;
        /** Sentences of a quote still open, waiting for the sentence that names its speaker. */
        private final List<SentenceView> openQuote = new ArrayList<>();
        private boolean quoteOpen;
        private int sentencesInOpenQuote;
        private boolean[] quoted = new boolean[0];

        Reader(AnnotatedText text, Resolution resolution) {
            this.text = text;
            this.resolution = resolution;
        }

        List<Claim> read() {
            for (Sentence sentence : text.sentences()) {
                SentenceView v = new SentenceView(sentence, resolution);
                if (quoteOpen && sentencesInOpenQuote >= MAX_QUOTE_SENTENCES) {
                    // A quotation mark that never closes (common in scraped text) must not mute the rest.
                    quoteOpen = false;
                    openQuote.clear();
                }
                boolean startsQuoted = quoteOpen || startsWithQuote(v);
                quoted = quotedTokens(v);
                sentencesInOpenQuote = quoteOpen ? sentencesInOpenQuote + 1 : 0;
                Attribution attribution = attribution(v);
                List<Speaker> speakers = attribution.speakers();
                if (!speakers.isEmpty()) {
                    boolean denial = denial(v, attribution);
                    for (SentenceView pending : openQuote) {
                        emit(pending, speakers, RULE_QUOTE_CONTINUED, denial);
                    }
                    openQuote.clear();
                    emit(v, speakers, null, denial);
                    remember(speakers, v.sentence.index());
                } else if (attribution.cueWithoutSpeaker()) {
                    openQuote.clear();
                } else if (startsQuoted && quoteOpen) {
                    openQuote.add(v);
                } else if (startsQuoted && lastSpeaker != null && v.sentence.index() - lastSpeakerSentence == 1 + openQuote.size()) {
                    // A quote right after an attributed one, with no speaker of its own, continues it.
                    Speaker same = new Speaker(lastSpeaker.key, lastSpeaker.surface, RULE_QUOTE_CONTINUED, "");
                    boolean denial = DENIAL.matcher(v.sentence.text().toLowerCase(Locale.ROOT)).find();
                    for (SentenceView pending : openQuote) {
                        emit(pending, List.of(same), null, denial);
                    }
                    openQuote.clear();
                    emit(v, List.of(same), null, denial);
                    lastSpeakerSentence = v.sentence.index();
                } else {
                    openQuote.clear();
                }
                if (openQuote.size() > 6) {
                    openQuote.clear();
                }
            }
            return out;
        }

        /**
         * The sentence, or for a run-on "sentence" longer than {@link #MAX_CLAIM_CHARS} (scraped text
         * without full stops), the stretch of whole tokens around the attribution cue.
         */
        private static Evidence evidence(SentenceView v, Speaker s) {
            Sentence sentence = v.sentence;
            if (sentence.text().length() <= MAX_CLAIM_CHARS) {
                return new Evidence(sentence.index(), sentence.start(), sentence.end(), sentence.text());
            }
            int cue = s.cue.isEmpty() ? -1 : sentence.text().indexOf(s.cue);
            int centre = sentence.start() + (cue < 0 ? 0 : cue);
            int from = Math.max(sentence.start(), centre - MAX_CLAIM_CHARS / 2);
            int to = Math.min(sentence.end(), from + MAX_CLAIM_CHARS);
            from = Math.max(sentence.start(), to - MAX_CLAIM_CHARS);
            int first = 0;
            while (first < v.size() && v.tokens.get(first).start() < from) {
                first++;
            }
            int last = v.size();
            while (last > first + 1 && v.tokens.get(last - 1).end() > to) {
                last--;
            }
            return v.evidence(first, last);
        }

        /**
         * Which tokens lie inside double quotation marks, carrying an open quote over from the previous
         * sentence; leaves {@link #quoteOpen} as the state after the sentence.
         */
        private boolean[] quotedTokens(SentenceView v) {
            boolean[] in = new boolean[v.size()];
            boolean open = quoteOpen;
            for (int i = 0; i < v.size(); i++) {
                String w = v.word(i);
                if (w.equals("“") || w.equals("‘") && i == 0) {
                    open = true;
                } else if (w.equals("”") || w.equals("’") && i == v.size() - 1) {
                    open = false;
                } else if (w.equals("\"")) {
                    open = !open;
                } else {
                    in[i] = open;
                }
            }
            quoteOpen = open;
            return in;
        }

        private boolean insideQuote(int i) {
            return i >= 0 && i < quoted.length && quoted[i];
        }

        /**
         * A denial when the cue denies, or when the statement's own words reject: the words up to the
         * next speaker's cue, so "X believes ... but Y denied ..." is X's claim, not X's denial.
         */
        private static boolean denial(SentenceView v, Attribution a) {
            if (a.speakers().stream().anyMatch(s -> DENIAL_CUES.contains(s.cue.toLowerCase(Locale.ROOT)))) {
                return true;
            }
            return a.to() > a.from() && DENIAL.matcher(v.cover(a.from(), a.to()).toLowerCase(Locale.ROOT)).find();
        }

        private void emit(SentenceView v, List<Speaker> speakers, String ruleOverride, boolean denial) {
            for (Speaker s : speakers) {
                Evidence e = evidence(v, s);
                out.add(new Claim(s.key, denial ? ClaimType.DENIES : ClaimType.CLAIMS, Optional.empty(), e,
                        ruleOverride == null ? s.rule : ruleOverride, s.cue, s.surface));
            }
        }

        private int lastSpokeAt(Speaker s) {
            return spokeAt.getOrDefault(s.key, -100);
        }

        private void remember(List<Speaker> speakers, int sentence) {
            Speaker s = speakers.get(0);
            lastSpeaker = s;
            lastSpeakerSentence = sentence;
            spokeAt.put(s.key, sentence);
            Optional<Entity> e = resolution.entity(s.key);
            if (e.isPresent() && e.get().type() == EntityType.PERSON) {
                lastPerson = s;
            } else if (e.isPresent()) {
                lastBody = s;
            }
        }

        private static boolean startsWithQuote(SentenceView v) {
            return v.size() > 0 && OPEN_QUOTES.contains(v.word(0));
        }

        /**
         * The speakers of the sentence's first attribution outside quotation marks (usually one), and
         * the words that are theirs: up to the next attribution cue.
         */
        private Attribution attribution(SentenceView v) {
            Optional<Speaker> headline = headline(v);
            if (headline.isPresent()) {
                return new Attribution(List.of(headline.get()), 0, v.size(), false);
            }
            Map<String, Speaker> found = new LinkedHashMap<>();
            int cueAt = -1;
            boolean cueSeen = false;
            for (int i = 0; i < v.size(); i++) {
                String w = v.lower(i);
                if (insideQuote(i) || notSpeech(v, i)) {
                    continue;
                }
                List<Speaker> here = null;
                if (w.equals("according") && v.lower(i + 1).equals("to")) {
                    here = source(v, i + 2, RULE_ACCORDING_TO, "according to");
                } else if (w.equals("quoted") && !v.lower(i - 1).equals("as") && quotedAsSaying(v, i)) {
                    here = source(v, i + 1, RULE_QUOTED_AS_SAYING, "quoted");
                } else if (PARTICIPLE_CUES.contains(w) && v.lower(i - 1).equals(",")) {
                    here = mainSubject(v, i);
                } else if (NOUN_CUES.contains(w) && v.lower(i + 1).equals("that")) {
                    here = possessor(v, i);
                } else if (SPEECH_VERBS.contains(w) && v.pos(i).equals("VERB") && !w.endsWith("ing")
                        || w.equals("says") || w.equals("said")) {
                    here = verbSpeaker(v, i);
                }
                if (here == null) {
                    continue;
                }
                if (!found.isEmpty()) {
                    return new Attribution(List.copyOf(found.values()), 0, i, false);
                }
                if (here.isEmpty() && !w.equals("according")) {
                    // "residents said they feared ...": the sentence's speaker is someone we cannot name
                    return new Attribution(List.of(), 0, 0, true);
                }
                cueSeen = true;
                for (Speaker s : here) {
                    found.putIfAbsent(s.key, s);
                }
                cueAt = i;
            }
            if (found.isEmpty()) {
                return cueSeen ? new Attribution(List.of(), 0, 0, true) : Attribution.NONE;
            }
            return new Attribution(List.copyOf(found.values()), 0, cueAt >= 0 ? v.size() : 0, false);
        }

        /** "has claimed almost 500 civilian lives" */
        private static boolean notSpeech(SentenceView v, int i) {
            if (!v.lower(i).startsWith("claim")) {
                return false;
            }
            for (int j = i + 1; j < Math.min(v.size(), i + 6); j++) {
                if (NOT_SPEECH_OBJECTS.contains(v.lower(j))) {
                    return true;
                }
            }
            return false;
        }

        /** "... unreal: Russia" and "Russia: Active military operations 'suspended'" on a headline line. */
        private Optional<Speaker> headline(SentenceView v) {
            String t = v.sentence.text().strip();
            if (v.size() < 3) {
                return Optional.empty();
            }
            Span last = v.at(v.size() - 1);
            if (!t.endsWith(".") && last != null && last.to() == v.size() && v.lower(last.from() - 1).equals(":")
                    && last.actor()) {
                return Optional.of(new Speaker(last.key(), last.mention().mention().surface(), RULE_HEADLINE, ":"));
            }
            int start = 0;
            while (start < v.size() && dateWord(v, start)) {
                // "Wednesday 21 August 2013 Syrian opposition: 1300 killed ...": a dateline before the headline
                start++;
            }
            Span first = v.at(start);
            if (first != null && first.from() == start && v.lower(first.to()).equals(":") && first.actor()) {
                return Optional.of(new Speaker(first.key(), first.mention().mention().surface(), RULE_HEADLINE, ":"));
            }
            return Optional.empty();
        }

        private static boolean dateWord(SentenceView v, int i) {
            return v.pos(i).equals("NUM") || DATE_WORDS.contains(v.lower(i)) || v.lower(i).equals(",");
        }

        private static boolean quotedAsSaying(SentenceView v, int i) {
            for (int j = i + 1; j < Math.min(v.size(), i + 12); j++) {
                if (v.lower(j).equals("as") && v.lower(j + 1).equals("saying")) {
                    return true;
                }
            }
            return false;
        }

        /** The source named after "according to" or "quoted": a person in the phrase if any, else its first actor. */
        private List<Speaker> source(SentenceView v, int from, String rule, String cue) {
            Span firstActor = null;
            for (int j = from; j < v.size(); j++) {
                String w = v.lower(j);
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("as") || w.equals("that")
                        || v.pos(j).equals("VERB") || v.pos(j).equals("AUX")) {
                    break;
                }
                boolean looseNoun = v.pos(j).equals("NOUN") && v.at(j) == null && !SPEAKER_HEADS.contains(w);
                String next = v.lower(j + 1);
                if (looseNoun && firstActor == null && !(next.equals("of") || next.equals("by") || next.equals("from")
                        || next.equals("at") || next.equals("with") || v.at(j + 1) != null || v.pos(j + 1).equals("NOUN"))) {
                    // "according to reports, members of ...": an anonymous source ends the phrase
                    break;
                }
                Span s = v.at(j);
                if (s != null && s.actor()) {
                    if (s.entity().type() == EntityType.PERSON) {
                        return List.of(speaker(s, rule, cue));
                    }
                    if (firstActor == null) {
                        firstActor = s;
                    }
                }
            }
            return firstActor == null ? List.of() : List.of(speaker(firstActor, rule, cue));
        }

        private static Speaker speaker(Span s, String rule, String cue) {
            return new Speaker(s.key(), s.mention().mention().surface(), rule, cue);
        }

        /** "Moscow warned ..., saying ...": the subject of the sentence's main clause. */
        private List<Speaker> mainSubject(SentenceView v, int cue) {
            for (Span s : v.spans) {
                if (s.from() >= cue) {
                    break;
                }
                if (s.actor() && !v.inCompound(s) && !RelationExtractor.PREPOSITIONS.contains(v.lower(s.from() - 1))
                        && !(v.lower(s.from() - 1).equals("the") && RelationExtractor.PREPOSITIONS.contains(v.lower(s.from() - 2)))) {
                    return v.coordinated(s).stream().filter(Span::actor).map(c -> speaker(c, RULE_PARTICIPLE, v.word(cue))).toList();
                }
            }
            return pronounBefore(v, cue, v.word(cue));
        }

        /** "the United Nations' comments that ...". */
        private List<Speaker> possessor(SentenceView v, int cue) {
            Span s = v.at(cue - 1);
            if (s == null && (v.lower(cue - 1).equals("'s") || v.lower(cue - 1).equals("'"))) {
                s = v.at(cue - 2);
            }
            return s != null && s.actor() ? List.of(speaker(s, RULE_POSSESSIVE, v.word(cue))) : List.of();
        }

        /**
         * The speaker of a speech verb: before it ("X said"), after it ("..., said X"), or a pronoun or
         * description; empty when the speaker cannot be named, null when the verb is not an attribution.
         */
        private List<Speaker> verbSpeaker(SentenceView v, int cue) {
            int b = cue - 1;
            while (v.pos(b).equals("ADV")) {
                b--;
            }
            String be = v.lower(b);
            if (be.equals("was") || be.equals("were") || be.equals("is") || be.equals("are") || be.equals("been")
                    || be.equals("be") || be.equals("being")) {
                return List.of();
            }
            String prev = v.lower(cue - 1);
            if (prev.equals("he") || prev.equals("it")) {
                return pronounBefore(v, cue, v.word(cue));
            }
            if (prev.equals("we") || prev.equals("i")) {
                // "We warn against ... the general staff said": quoted words whose marks were lost; the
                // attribution comes later in the sentence
                return null;
            }
            if (prev.equals("she") || prev.equals("they")) {
                // No gender or number is known for the people named before; better no speaker than a wrong one.
                return List.of();
            }
            Optional<Speaker> described = described(v, cue);
            if (described.isPresent()) {
                return List.of(described.get());
            }
            boolean afterQuote = CLOSE_QUOTES.contains(prev) || prev.equals(",") && CLOSE_QUOTES.contains(v.lower(cue - 2));
            // After "told" comes whom it was told to, never who spoke.
            boolean noSubjectRightBefore = v.at(cue - 1) == null && !v.pos(cue - 1).equals("PRON")
                    && !v.lower(cue).startsWith("tol") && !v.lower(cue).startsWith("tell");
            Span s = subjectBefore(v, cue);
            boolean invertedWithoutComma = noSubjectRightBefore && s == null;
            if (afterQuote || cue == 0 || (prev.equals(",") || invertedWithoutComma) && actorPhraseFollows(v, cue)) {
                List<Speaker> after = after(v, cue);
                if (!after.isEmpty()) {
                    return after;
                }
            }
            if (s != null) {
                return v.coordinated(s).stream().filter(c -> c.actor() && !v.inCompound(c))
                        .map(c -> speaker(c, RULE_SAID, v.word(cue))).toList();
            }
            return List.of();
        }

        /** "said a UK-based monitoring group", "said the Observatory": an actor's phrase right after the cue. */
        private static boolean actorPhraseFollows(SentenceView v, int cue) {
            for (int j = cue + 1; j < Math.min(v.size(), cue + 5); j++) {
                Span s = v.at(j);
                if (s != null) {
                    return s.actor();
                }
                String pos = v.pos(j);
                if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || v.lower(j).equals("-"))) {
                    return false;
                }
            }
            return false;
        }

        /** "..., said Russian Defense Ministry spokesperson Major General Igor Konashenkov": the person if named. */
        private List<Speaker> after(SentenceView v, int cue) {
            Span firstActor = null;
            for (int j = cue + 1; j < Math.min(v.size(), cue + 12); j++) {
                String w = v.lower(j);
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("that") || v.pos(j).equals("VERB")) {
                    break;
                }
                Span s = v.at(j);
                if (s != null && s.actor()) {
                    if (s.entity().type() == EntityType.PERSON) {
                        return List.of(speaker(s, RULE_SAID_INVERTED, v.word(cue)));
                    }
                    if (firstActor == null && s.from() <= cue + 4) {
                        firstActor = s;
                    }
                }
            }
            return firstActor == null ? List.of() : List.of(speaker(firstActor, RULE_SAID_INVERTED, v.word(cue)));
        }

        /** The nearest actor before the cue that is not inside a prepositional phrase, within its clause. */
        private Span subjectBefore(SentenceView v, int cue) {
            for (int k = v.spans.size() - 1; k >= 0; k--) {
                Span s = v.spans.get(k);
                if (s.to() > cue) {
                    continue;
                }
                if (v.at(s.from()) != s || !s.actor() || v.inCompound(s) || v.lower(s.to()).equals("-")) {
                    continue;
                }
                String before = v.lower(s.from() - 1);
                if (RelationExtractor.PREPOSITIONS.contains(before)
                        || before.equals("the") && RelationExtractor.PREPOSITIONS.contains(v.lower(s.from() - 2))) {
                    continue;
                }
                if (clauseBetween(v, s.to(), cue)) {
                    return null;
                }
                int head = s.to();
                while (head < cue && (v.pos(head).equals("NOUN") || v.pos(head).equals("PROPN")) && v.at(head) == null) {
                    head++;
                }
                if (head > s.to() && !SPEAKER_HEADS.contains(v.lower(head - 1))) {
                    // "a UN Security Council resolution said": the name modifies something that is not its voice
                    continue;
                }
                if (s.mention().mention().form() == Mention.Form.DESCRIPTION) {
                    Span named = namedBefore(v, s);
                    if (named != null) {
                        // "The Syrian Coalition an opposition group based abroad said": the name, not its description
                        return named;
                    }
                }
                return s;
            }
            return null;
        }

        /** A named actor earlier in the clause that a description in apposition describes. */
        private static Span namedBefore(SentenceView v, Span description) {
            for (int k = v.spans.indexOf(description) - 1; k >= 0; k--) {
                Span s = v.spans.get(k);
                if (clauseBetween(v, s.to(), description.from())) {
                    return null;
                }
                if (s.actor() && s.mention().mention().form() == Mention.Form.NAME && !v.inCompound(s)
                        && !RelationExtractor.PREPOSITIONS.contains(v.lower(s.from() - 1))) {
                    return s;
                }
            }
            return null;
        }

        private static boolean clauseBetween(SentenceView v, int from, int to) {
            String relative = v.lower(from);
            if (relative.equals("which") || relative.equals("who")) {
                // "Observatory which tracks the war said": a relative clause on the speaker, not a new clause
                return false;
            }
            for (int i = from; i < to; i++) {
                String w = v.lower(i);
                if (w.equals(";") || (SentenceView.CLAUSE_WORDS.contains(w) && !w.equals("after") && !w.equals("before"))
                        || v.pos(i).equals("VERB") && i > from && !w.equals("quoted") && !v.lower(i - 1).equals("-")
                        && !RelationExtractor.PARTICIPLES_IN_OBJECT.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** "he said", "it added": the last speaker of that kind. */
        private List<Speaker> pronounBefore(SentenceView v, int cue, String cueWord) {
            String p = v.lower(cue - 1);
            boolean person = p.equals("he") || p.equals("she");
            for (Span s : v.spans) {
                if (s.from() >= cue - 1 || insideQuote(s.from())) {
                    break;
                }
                boolean fits = person == (s.entity().type() == EntityType.PERSON) && !p.equals("they");
                if (s.actor() && fits && !v.inCompound(s) && !RelationExtractor.PREPOSITIONS.contains(v.lower(s.from() - 1))) {
                    return List.of(new Speaker(s.key(), v.word(cue - 1), RULE_PRONOUN, cueWord));
                }
            }
            Speaker ref = person ? lastPerson : lastBody;
            if (ref == null || v.sentence.index() - lastSpokeAt(ref) > PRONOUN_REACH) {
                return List.of();
            }
            return List.of(new Speaker(ref.key, v.word(cue - 1), RULE_PRONOUN, cueWord));
        }

        /** "the official said", "The center said": the last speaker (or body) the description fits. */
        private Optional<Speaker> described(SentenceView v, int cue) {
            int k = cue - 1;
            String noun = v.lower(k);
            int the = k - 1;
            while (the > k - 3 && the >= 0 && v.at(the) == null && !v.lower(the).equals("the")
                    && (v.pos(the).equals("ADJ") || v.pos(the).equals("NOUN"))) {
                // "the general staff said": "the" may stand a word or two before the noun
                the--;
            }
            String pos = v.pos(k);
            boolean nounLike = pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN");
            if (v.at(k) != null || the < 0 || !v.lower(the).equals("the") || !nounLike) {
                return Optional.empty();
            }
            String surface = v.cover(the, k + 1);
            if (PERSON_NOUNS.contains(noun) && lastPerson != null
                    && v.sentence.index() - lastSpokeAt(lastPerson) <= PRONOUN_REACH) {
                return Optional.of(new Speaker(lastPerson.key, surface, RULE_DESCRIPTION, v.word(cue)));
            }
            for (Speaker s : List.of(Optional.ofNullable(lastBody), Optional.ofNullable(lastSpeaker)).stream()
                    .flatMap(Optional::stream).toList()) {
                Optional<Entity> e = resolution.entity(s.key);
                if (e.isPresent() && (e.get().label().toLowerCase(Locale.ROOT).contains(noun)
                        || e.get().altLabels().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(noun)))) {
                    return Optional.of(new Speaker(s.key, surface, RULE_DESCRIPTION, v.word(cue)));
                }
            }
            for (int j = resolution.mentions().size() - 1; j >= 0; j--) {
                var m = resolution.mentions().get(j);
                if (m.mention().start() >= v.sentence.start()) {
                    continue;
                }
                Entity e = resolution.entity(m.entity()).orElseThrow();
                if (e.type() != EntityType.PLACE && (e.label().toLowerCase(Locale.ROOT).contains(noun)
                        || m.mention().surface().toLowerCase(Locale.ROOT).contains(noun))) {
                    return Optional.of(new Speaker(e.key(), surface, RULE_DESCRIPTION, v.word(cue)));
                }
            }
            return Optional.empty();
        }
    }
}
