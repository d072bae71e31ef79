package org.newsgraph.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds names the catalogue lacks: capitalised sequences (by OpenNLP's PROPN tags), typed from their
 * context the way a reader types them — a title before a name makes a person ("spokesman Ali X"), an
 * apposition after it too ("X, a representative of"), a head noun makes an organisation or armed group
 * ("... Medical Society", "... Brigade"), a place head or a locative preposition makes a place ("the
 * Maadi neighbourhood", "near Mahayar"), and coordination carries a type along a list ("Asila and
 * Aajam districts"). A name defined with an acronym ("Long Name (LN)") is an organisation. A sequence
 * nothing types is dropped: an unknown capitalised word is not evidence of an actor or a place.
 */
public final class NameDiscovery {

    public static final String RULE_TITLE = "name-after-title";
    public static final String RULE_APPOSITION = "name-with-apposition";
    public static final String RULE_FIRST_NAME = "name-with-given-name";
    public static final String RULE_SPEAKER = "name-as-speaker";
    public static final String RULE_ORG_HEAD = "name-with-organisation-head";
    public static final String RULE_GROUP_HEAD = "name-with-armed-group-head";
    public static final String RULE_PLACE_HEAD = "name-with-place-head";
    public static final String RULE_LOCATIVE = "name-after-locative";
    public static final String RULE_ACRONYM = "name-with-acronym";
    public static final String RULE_LIST = "name-in-typed-list";
    /** A lone capitalised word that may be the surname of a person named in full elsewhere. */
    public static final String RULE_SURNAME = "surname-candidate";

    static final Set<String> TITLES = Set.of("president", "minister", "spokesman", "spokeswoman", "spokesperson",
            "secretary", "general", "gen", "gen.", "colonel", "col", "col.", "major", "lieutenant", "lt", "lt.", "captain", "capt",
            "sergeant", "commander", "chief", "head", "leader", "director", "envoy", "ambassador", "representative",
            "official", "deputy", "governor", "mayor", "senator", "king", "queen", "prince", "emir", "sheikh", "imam",
            "cleric", "maj", "maj.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "correspondent",
            "reporter", "journalist", "photographer", "activist", "analyst", "expert", "researcher", "lawyer", "judge",
            "chairman", "chairwoman", "coordinator", "adviser", "advisor", "negotiator", "diplomat", "mp", "lawmaker",
            "commissioner", "pope", "patriarch", "archbishop", "bishop", "ayatollah", "mufti", "resident", "doctor",
            "surgeon", "nurse", "witness", "brigadier", "marshal", "admiral", "premier", "chancellor", "counsellor",
            "counselor", "rapporteur", "undersecretary", "vice", "monitor", "editor", "founder", "producer", "writer",
            "author", "member", "predecessor", "successor", "uncle", "cousin", "nephew", "niece", "widow", "father", "brother", "sister", "mother", "son", "daughter", "wife", "husband");
    static final Set<String> ORG_HEADS = Set.of("organization", "organisation", "organizations", "organisations",
            "ministry", "agency", "council", "committee", "commission", "union", "office", "center", "centre",
            "institute", "foundation", "association", "network", "observatory", "party", "movement", "coalition",
            "alliance", "authority", "department", "bank", "fund", "programme", "program", "society", "company",
            "corporation", "university", "court", "parliament", "assembly", "crescent", "cross", "watch", "news",
            "times", "post", "tv", "television", "radio", "channel", "press", "media", "daily", "herald", "tribune",
            "gazette", "journal", "monitor", "group", "initiative", "federation", "bureau", "board", "institution",
            "trust", "league", "syndicate", "directorate", "administration", "secretariat", "mission", "senate",
            "congress", "cabinet", "government", "forum", "helmets", "consortium", "international", "inc", "ltd",
            "command", "committees", "councils", "commissions", "unions", "offices", "centers", "centres", "agencies",
            "ministries", "associations", "societies", "parties", "movements", "authorities", "departments");
    static final Set<String> GROUP_HEADS = Set.of("army", "brigade", "brigades", "battalion", "battalions", "forces",
            "militia", "militias", "front", "regiment", "division", "guard", "guards", "corps", "legion", "squadron",
            "fighters", "mujahideen", "units", "unit");
    static final Set<String> GROUP_FIRST_WORDS = Set.of("jaysh", "jaish", "jaych", "liwa", "harakat", "faylaq",
            "failaq", "kataib", "kataeb", "saraya", "ahrar", "jabhat", "hayat", "hayaat", "ansar", "jund", "tahrir",
            "alwiya", "tajamu", "firqat", "katibat");
    static final Set<String> PLACE_HEADS = Set.of("province", "provinces", "governorate", "district", "districts",
            "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "city", "town", "towns", "village",
            "villages", "area", "areas", "region", "countryside", "suburb", "suburbs", "camp", "airbase", "airport",
            "street", "square", "road", "highway", "valley", "mountains", "mountain", "river", "crossing", "quarter",
            "enclave", "municipality", "county", "plain", "plains", "desert", "hills", "hill", "island", "islands",
            "peninsula", "roundabout", "dam", "lake", "bay", "strait", "sea", "gulf");
    static final Set<String> PLACE_OF_HEADS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "city", "town", "village", "neighbourhood", "neighborhood",
            "district", "districts", "province", "region", "suburb", "suburbs", "outskirts", "countryside",
            "governorate", "area", "areas", "neighbourhoods", "neighborhoods", "villages", "towns", "capital");
    static final Set<String> LOCATIVES = Set.of("in", "near", "at", "from", "into", "outside", "towards", "toward",
            "around", "across", "through", "inside", "via", "to", "between", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "of");
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "noted", "warned",
            "stressed", "explained", "announced", "insisted", "claimed", "argued", "confirmed", "denied", "tweeted",
            "wrote", "reported", "asserted", "urged", "emphasized", "emphasised", "declared", "commented");
    static final Set<String> CONNECTORS = Set.of("al", "el", "ad", "as", "ash", "ez", "az", "es", "ed", "ul", "bin",
            "ibn", "abu", "bint", "de", "da",
            "di", "van", "von", "der", "du", "la", "le", "-", "of", "for", "and", "the", "'", "’");
    /** Connectors that cannot start a name (unlike "al-" or "Abu"). */
    static final Set<String> LEADING_JUNK = Set.of("of", "for", "and", "the", "-", "'", "’");
    /** Capitalised words that are not names of actors or places. */
    static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "god", "allah", "islam", "islamic", "muslim", "muslims", "christian",
            "christians", "arab", "arabs", "sunni", "sunnis", "shia", "shiite", "shiites", "alawite", "alawites", "druze",
            "english", "arabic", "french", "internet", "twitter", "facebook", "youtube", "telegram", "whatsapp", "ramadan",
            "eid", "christmas", "easter", "i", "mr", "mrs", "ms", "dr", "the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "its", "our", "we", "he", "she", "they", "it", "you", "photo", "photos", "video",
            "update", "updated", "read", "more", "share", "tags", "related", "source", "sources", "click", "here",
            "western", "eastern", "northern", "southern", "central", "international", "national", "state", "news",
            "breaking", "exclusive", "opinion", "editorial", "comment", "analysis", "getty", "images", "file", "afp",
            "reuters", "copyright", "all", "rights", "reserved", "advertisement", "subscribe", "newsletter", "home",
            "world", "politics", "middle", "east", "north", "south", "west", "covid", "coronavirus", "ok", "yes", "no",
            "exit", "mobile", "version", "site", "icon", "menu", "search", "login", "sign", "follow", "us", "on", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "kurdish", "turkmen", "yazidi",
            "yazidis", "assyrian", "circassian", "bedouin", "new", "old", "great", "greater", "upper", "lower", "al",
            "el", "mount", "lake", "river", "saint", "st", "pm", "am", "gmt", "utc");

    private static final Set<String> FIRST_NAMES = readFirstNames();

    private static Set<String> readFirstNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = NameDiscovery.class.getResourceAsStream("first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("first-names.txt is missing from the jar; rebuild with mvn package");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }

    /**
     * @param known mentions already found (catalogue names); discovery only looks at tokens they leave
     * @return the new mentions, in document order
     */
    public List<Mention> find(AnnotatedText text, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        int k = 0;
        for (Sentence sentence : text.sentences()) {
            SentenceTokens st = new SentenceTokens(sentence);
            Mention[] coveredBy = new Mention[st.size()];
            while (k < known.size() && known.get(k).start() < sentence.end()) {
                Mention m = known.get(k++);
                for (int i = 0; i < st.size(); i++) {
                    if (st.starts[i] < m.end() && m.start() < st.ends[i]) {
                        coveredBy[i] = m;
                    }
                }
            }
            if (sentence.titleCase() || shouting(st)) {
                continue;
            }
            findInSentence(st, coveredBy, out);
        }
        return out;
    }

    private static boolean shouting(SentenceTokens st) {
        int words = 0;
        int upper = 0;
        for (int i = 0; i < st.size(); i++) {
            String w = st.word(i);
            if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                words++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return words >= 2 && upper == words;
    }

    private record Run(int from, int to) {
    }

    private void findInSentence(SentenceTokens st, Mention[] coveredBy, List<Mention> out) {
        boolean[] covered = new boolean[st.size()];
        for (int i = 0; i < covered.length; i++) {
            covered[i] = coveredBy[i] != null;
        }
        List<Run> runs = runs(st, covered);
        EntityType[] types = new EntityType[runs.size()];
        String[] rules = new String[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            String rule = acronymDefinition(st, run);
            if (rule != null) {
                types[r] = headType(st, run) == null ? EntityType.ORGANIZATION : headType(st, run);
                rules[r] = rule;
                continue;
            }
            EntityType head = headType(st, run);
            if (head != null) {
                if (head != EntityType.PLACE) {
                    run = withNamedOwner(st, run, coveredBy);
                    runs.set(r, run);
                }
                types[r] = head;
                rules[r] = head == EntityType.PLACE ? RULE_PLACE_HEAD
                        : head == EntityType.ARMED_GROUP ? RULE_GROUP_HEAD : RULE_ORG_HEAD;
            } else if (TITLES.contains(st.lower(run.from - 1)) || TITLES.contains(st.lower(run.from - 2))
                    && st.lower(run.from - 1).equals(".")) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_TITLE;
            } else if (apposition(st, run)) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_APPOSITION;
            } else if (placeOf(st, run) || locative(st, run)) {
                types[r] = EntityType.PLACE;
                rules[r] = RULE_LOCATIVE;
            } else if (run.to - run.from >= 2 && FIRST_NAMES.contains(st.word(run.from))) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_FIRST_NAME;
            } else if (run.to - run.from >= 2 && SPEECH_VERBS.contains(st.lower(run.to))) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_SPEAKER;
            }
        }
        spreadAlongLists(st, runs, types, rules);
        for (int r = 0; r < runs.size(); r++) {
            boolean weak = RULE_LOCATIVE.equals(rules[r]) || RULE_LIST.equals(rules[r]);
            if (weak && !hasProperNoun(st, runs.get(r))) {
                // "killed in Suspected Gas Attack": a headline's capitals, not a place's name
                types[r] = null;
            }
        }
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (types[r] != null) {
                out.add(mention(st, run, types[r], rules[r]));
            } else if (run.to - run.from == 1 && st.pos(run.from).equals("PROPN")) {
                out.add(mention(st, run, EntityType.PERSON, RULE_SURNAME));
            }
        }
    }

    /** Maximal capitalised sequences over uncovered tokens, without leading titles or trailing connectors. */
    private List<Run> runs(SentenceTokens st, boolean[] covered) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < st.size()) {
            if (covered[i] || !startsName(st, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < st.size() && !covered[j] && (nameToken(st, j) || connectorInside(st, covered, j))) {
                j++;
            }
            for (Run run : splitAtAnd(st, i, j)) {
                int from = run.from;
                String lastWord = st.lower(run.to - 1);
                boolean bodyName = ORG_HEADS.contains(lastWord) || GROUP_HEADS.contains(lastWord);
                for (int k = run.from; k < run.to - 1 && !bodyName; k++) {
                    // "Chief of Staff Colonel Haitham Afisi": the name starts after the last title
                    if (TITLES.contains(st.lower(k)) && !TITLES.contains(lastWord)) {
                        from = k + 1;
                    }
                }
                while (from < run.to && (TITLES.contains(st.lower(from)) || LEADING_JUNK.contains(st.lower(from)))) {
                    from++;
                }
                int to = run.to;
                while (to > from && CONNECTORS.contains(st.lower(to - 1))) {
                    to--;
                }
                boolean roleOnly = to > from && TITLES.contains(st.lower(to - 1));
                boolean headOnly = to - from == 1 && (ORG_HEADS.contains(st.lower(from)) || GROUP_HEADS.contains(st.lower(from))
                        || st.word(from).length() < 3);
                if (to > from && !roleOnly && !headOnly && !allNotNames(st, from, to) && !allAdjectives(st, from, to)) {
                    runs.add(new Run(from, to));
                }
            }
            i = j;
        }
        return runs;
    }

    /**
     * "and" joins two names ("Asila and Aajam") more often than it sits inside one; only an
     * organisation's name keeps it ("Organization for Security and Cooperation in Europe").
     */
    private static List<Run> splitAtAnd(SentenceTokens st, int from, int to) {
        String last = st.lower(to - 1);
        if (ORG_HEADS.contains(last) || GROUP_HEADS.contains(last) || st.word(to).equals("(")) {
            return List.of(new Run(from, to));
        }
        List<Run> parts = new ArrayList<>();
        int start = from;
        for (int k = from; k < to; k++) {
            if (st.lower(k).equals("and")) {
                parts.add(new Run(start, k));
                start = k + 1;
            }
        }
        parts.add(new Run(start, to));
        return parts;
    }

    private boolean startsName(SentenceTokens st, int i) {
        if (nameToken(st, i)) {
            return i > 0 || st.pos(i).equals("PROPN") || FIRST_NAMES.contains(st.word(i));
        }
        // "al-Maadi", "el-Hun": a lower-case Arabic article glued to a name
        return (st.lower(i).equals("al") || st.lower(i).equals("el")) && st.word(i + 1).equals("-") && nameToken(st, i + 2);
    }

    private static boolean nameToken(SentenceTokens st, int i) {
        String w = st.word(i);
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0)) || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
                || camelCase(w)) {
            return false;
        }
        String pos = st.pos(i);
        return pos.equals("PROPN") || pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("X") || pos.equals("VERB");
    }

    /** "FacebookComment": page furniture glued together, not a name ("McDonald" has one inner capital, fine). */
    private static boolean camelCase(String w) {
        int inner = 0;
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
                inner++;
            }
        }
        return inner > 0 && !w.startsWith("Mc") && !w.startsWith("Mac") || inner > 1;
    }

    private static boolean connectorInside(SentenceTokens st, boolean[] covered, int j) {
        return CONNECTORS.contains(st.lower(j)) && j + 1 < st.size() && !covered[j + 1]
                && (nameToken(st, j + 1) || (CONNECTORS.contains(st.lower(j + 1)) && nameToken(st, j + 2)));
    }

    /** "Kurdish areas", "Western diplomats": adjectives that happen to be capitalised are not names. */
    private static boolean allAdjectives(SentenceTokens st, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!st.pos(i).equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allNotNames(SentenceTokens st, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CONNECTORS.contains(st.lower(i)) && !NOT_NAMES.contains(st.lower(i)) && !TITLES.contains(st.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Aleppo Media Center", "Iraqi Interior Ministry": a place or nationality right before an
     * organisation's head word belongs to its name.
     */
    private static Run withNamedOwner(SentenceTokens st, Run run, Mention[] coveredBy) {
        Mention before = run.from > 0 ? coveredBy[run.from - 1] : null;
        if (before == null || before.end() != st.ends[run.from - 1] || !Character.isUpperCase(before.surface().codePointAt(0))
                || !(before.type() == EntityType.PLACE || before.type() == EntityType.STATE)) {
            return run;
        }
        int from = run.from - 1;
        while (from > 0 && coveredBy[from - 1] == before) {
            from--;
        }
        return new Run(from, run.to);
    }

    private static boolean hasProperNoun(SentenceTokens st, Run run) {
        for (int i = run.from; i < run.to; i++) {
            if (st.pos(i).equals("PROPN")) {
                return true;
            }
        }
        return false;
    }

    /** "Long Name (LN)": the run is followed by a parenthesised acronym that starts with its initial. */
    private static String acronymDefinition(SentenceTokens st, Run run) {
        if (!st.word(run.to).equals("(") || !st.word(run.to + 2).equals(")")) {
            return null;
        }
        String acronym = st.word(run.to + 1);
        boolean upper = acronym.length() >= 2 && acronym.length() <= 8 && acronym.equals(acronym.toUpperCase(Locale.ROOT))
                && Character.isLetter(acronym.charAt(0));
        return upper && run.to - run.from >= 2 && acronym.charAt(0) == Character.toUpperCase(st.word(run.from).charAt(0))
                ? RULE_ACRONYM : null;
    }

    private static EntityType headType(SentenceTokens st, Run run) {
        String last = st.lower(run.to - 1);
        String next = st.lower(run.to);
        if ((GROUP_FIRST_WORDS.contains(st.lower(run.from)) && run.to - run.from >= 2) || GROUP_HEADS.contains(last)) {
            return EntityType.ARMED_GROUP;
        }
        if (ORG_HEADS.contains(last) || (run.to - run.from >= 3 && ORG_HEADS.contains(st.lower(run.from)))) {
            return EntityType.ORGANIZATION;
        }
        if (PLACE_HEADS.contains(next) && !st.pos(run.to + 1).equals("PROPN")) {
            return EntityType.PLACE;
        }
        return null;
    }

    /** "X, a representative of ...", "X, head of ...", "X, the group's spokesman". */
    private static boolean apposition(SentenceTokens st, Run run) {
        if (!st.word(run.to).equals(",")) {
            return false;
        }
        int i = run.to + 1;
        while (i < st.size() && i <= run.to + 5) {
            String w = st.lower(i);
            if (TITLES.contains(w)) {
                return true;
            }
            if (!(w.equals("a") || w.equals("an") || w.equals("the") || w.equals("'s") || w.equals("’s")
                    || st.pos(i).equals("ADJ") || st.pos(i).equals("PROPN") || st.pos(i).equals("NOUN"))) {
                return false;
            }
            i++;
        }
        return false;
    }

    /** "in X", "near X" — but not "in X's government", where X is whoever owns it. */
    private static boolean locative(SentenceTokens st, Run run) {
        String prev = st.lower(run.from - 1);
        String next = st.lower(run.to);
        return LOCATIVES.contains(prev) && !prev.equals("of") && !next.equals("'s") && !next.equals("’s");
    }

    /** "the city of X", "neighbourhood of X", "outskirts of X". */
    private static boolean placeOf(SentenceTokens st, Run run) {
        return st.lower(run.from - 1).equals("of") && PLACE_OF_HEADS.contains(st.lower(run.from - 2));
    }

    /** "Asila and Aajam districts", "near Karim El-Hun and Mahayar", "districts, Kalasseh and al-Maadi". */
    private static void spreadAlongLists(SentenceTokens st, List<Run> runs, EntityType[] types, String[] rules) {
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (types[r] == null && st.word(run.from - 1).equals(",") && PLACE_HEADS.contains(st.lower(run.from - 2))) {
                types[r] = EntityType.PLACE;
                rules[r] = RULE_LIST;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r + 1 < runs.size(); r++) {
                Run a = runs.get(r);
                Run b = runs.get(r + 1);
                String between = b.from - a.to == 1 ? st.lower(a.to) : "";
                if (!(between.equals("and") || between.equals(",") || between.equals("or"))) {
                    continue;
                }
                if (types[r] == null && types[r + 1] != null) {
                    types[r] = types[r + 1];
                    rules[r] = RULE_LIST;
                } else if (types[r + 1] == null && types[r] != null) {
                    types[r + 1] = types[r];
                    rules[r + 1] = RULE_LIST;
                }
            }
        }
    }

    private static Mention mention(SentenceTokens st, Run run, EntityType type, String rule) {
        int start = st.starts[run.from];
        int end = st.ends[run.to - 1];
        return new Mention(start, end, st.sentence.cover(start, end), st.sentence.index(), type, List.of(),
                Mention.Form.NAME, rule);
    }
}
