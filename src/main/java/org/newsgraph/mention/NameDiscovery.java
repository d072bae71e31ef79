package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds names the catalogue lacks: capitalised sequences (by OpenNLP's PROPN tags), typed from their
 * context the way a reader types them — a title before a name makes a person ("spokesman Ali X"), an
 * apposition after it too ("X, a representative of"), a head noun makes an organisation or armed group
 * ("... Medical Society", "... Brigade"), a place head or a locative preposition makes a place ("the
 * Maadi neighbourhood", "near Mahayar"), and coordination carries a type along a list ("Asila and
 * Aajam districts"). A name defined with an acronym ("Long Name (LN)") is an organisation. A sequence
 * nothing types is dropped: an unknown capitalised word is not evidence of an actor or a place; a
 * lone one is kept only as a possible surname ({@link Mention.Form#SURNAME}). The word classes come
 * from the {@code name-*} lexicons ({@link NameWords}).
 */
public final class NameDiscovery {

    private static final String RULE_TITLE = "name-after-title";
    private static final String RULE_APPOSITION = "name-with-apposition";
    private static final String RULE_FIRST_NAME = "name-with-given-name";
    private static final String RULE_SPEAKER = "name-as-speaker";
    private static final String RULE_ORG_HEAD = "name-with-organisation-head";
    private static final String RULE_GROUP_HEAD = "name-with-armed-group-head";
    private static final String RULE_PLACE_HEAD = "name-with-place-head";
    private static final String RULE_LOCATIVE = "name-after-locative";
    private static final String RULE_ACRONYM = "name-with-acronym";
    private static final String RULE_LIST = "name-in-typed-list";
    private static final String RULE_SURNAME = "surname-candidate";

    private final NameWords words;

    public NameDiscovery(NameWords words) {
        this.words = Objects.requireNonNull(words, "words");
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
        int letterWords = 0;
        int upper = 0;
        for (int i = 0; i < st.size(); i++) {
            String w = st.word(i);
            if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                letterWords++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return letterWords >= 2 && upper == letterWords;
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
            if (AcronymDefinition.after(st.tokens, run.from, run.to).isPresent()) {
                types[r] = headType(st, run) == null ? EntityType.ORGANIZATION : headType(st, run);
                rules[r] = RULE_ACRONYM;
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
            } else if (words.titles().contains(st.lower(run.from - 1)) || words.titles().contains(st.lower(run.from - 2))
                    && st.lower(run.from - 1).equals(".")) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_TITLE;
            } else if (apposition(st, run)) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_APPOSITION;
            } else if (placeOf(st, run) || locative(st, run)) {
                types[r] = EntityType.PLACE;
                rules[r] = RULE_LOCATIVE;
            } else if (run.to - run.from >= 2 && words.givenName(st.word(run.from))) {
                types[r] = EntityType.PERSON;
                rules[r] = RULE_FIRST_NAME;
            } else if (run.to - run.from >= 2 && words.speechVerbs().contains(st.lower(run.to))) {
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
                out.add(mention(st, run, types[r], Mention.Form.NAME, rules[r]));
            } else if (run.to - run.from == 1 && st.pos(run.from).equals("PROPN")) {
                out.add(mention(st, run, EntityType.PERSON, Mention.Form.SURNAME, RULE_SURNAME));
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
            while (j < st.size() && !covered[j] && (nameToken(st, j) || connectorInside(st, covered, j) || capitalisedHead(st, j))) {
                j++;
            }
            for (Run run : splitAtAnd(st, i, j)) {
                int from = run.from;
                String lastWord = st.lower(run.to - 1);
                boolean bodyName = words.orgHeads().contains(lastWord) || words.groupHeads().contains(lastWord);
                for (int k = run.from; k < run.to - 1 && !bodyName; k++) {
                    // "Chief of Staff Colonel Haitham Afisi": the name starts after the last title
                    if (words.titles().contains(st.lower(k)) && !words.titles().contains(lastWord)) {
                        from = k + 1;
                    }
                }
                while (from < run.to && (words.titles().contains(st.lower(from)) || words.leadingJunk(st.lower(from)))) {
                    from++;
                }
                for (int k = run.to - 2; k > from && !bodyName; k--) {
                    // "Security Policy Federica Mogherini": a given name after other capitals starts the person's name
                    if (words.givenName(st.word(k)) && !words.givenName(st.word(k - 1)) && !words.connector(st.lower(k - 1))) {
                        from = k;
                        break;
                    }
                }
                int to = run.to;
                while (to > from && words.connector(st.lower(to - 1))) {
                    to--;
                }
                boolean roleOnly = to > from && words.titles().contains(st.lower(to - 1));
                boolean headOnly = to - from == 1 && (words.orgHeads().contains(st.lower(from)) || words.groupHeads().contains(st.lower(from))
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
    private List<Run> splitAtAnd(SentenceTokens st, int from, int to) {
        String last = st.lower(to - 1);
        if (words.orgHeads().contains(last) || words.groupHeads().contains(last) || st.word(to).equals("(")) {
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
            return i > 0 || st.pos(i).equals("PROPN") || words.givenName(st.word(i));
        }
        // "al-Maadi", "el-Hun", "Al Masdar News": an Arabic article before a name
        boolean article = st.lower(i).equals("al") || st.lower(i).equals("el");
        return article && (st.word(i + 1).equals("-") && nameToken(st, i + 2) || Character.isUpperCase(st.word(i).codePointAt(0))
                && nameToken(st, i + 1));
    }

    /** "Masdar News", "Syrian Arab Red Crescent": an organisation's head word goes on a name even where it alone is no name. */
    private boolean capitalisedHead(SentenceTokens st, int i) {
        String w = st.word(i);
        String lower = st.lower(i);
        return i > 0 && nameToken(st, i - 1) && !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))
                && (words.orgHeads().contains(lower) || words.groupHeads().contains(lower));
    }

    private boolean nameToken(SentenceTokens st, int i) {
        String w = st.word(i);
        if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0)) || words.notNames().contains(w.toLowerCase(Locale.ROOT))
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

    private boolean connectorInside(SentenceTokens st, boolean[] covered, int j) {
        return words.connector(st.lower(j)) && j + 1 < st.size() && !covered[j + 1]
                && (nameToken(st, j + 1) || (words.connector(st.lower(j + 1)) && nameToken(st, j + 2)));
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

    private boolean allNotNames(SentenceTokens st, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!words.connector(st.lower(i)) && !words.notNames().contains(st.lower(i)) && !words.titles().contains(st.lower(i))) {
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

    private EntityType headType(SentenceTokens st, Run run) {
        String last = st.lower(run.to - 1);
        String next = st.lower(run.to);
        if ((words.groupFirstWords().contains(st.lower(run.from)) && run.to - run.from >= 2) || words.groupHeads().contains(last)) {
            return EntityType.ARMED_GROUP;
        }
        if (words.orgHeads().contains(last) || (run.to - run.from >= 3 && words.orgHeads().contains(st.lower(run.from)))) {
            return EntityType.ORGANIZATION;
        }
        if (words.placeHeads().contains(next) && !st.pos(run.to + 1).equals("PROPN")) {
            return EntityType.PLACE;
        }
        return null;
    }

    /** "X, a representative of ...", "X, head of ...", "X, the group's spokesman". */
    private boolean apposition(SentenceTokens st, Run run) {
        if (!st.word(run.to).equals(",")) {
            return false;
        }
        int i = run.to + 1;
        while (i < st.size() && i <= run.to + 5) {
            String w = st.lower(i);
            if (words.titles().contains(w)) {
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
    private boolean locative(SentenceTokens st, Run run) {
        String prev = st.lower(run.from - 1);
        String next = st.lower(run.to);
        return words.locatives().contains(prev) && !prev.equals("of") && !next.equals("'s") && !next.equals("’s");
    }

    /** "the city of X", "neighbourhood of X", "outskirts of X". */
    private boolean placeOf(SentenceTokens st, Run run) {
        return st.lower(run.from - 1).equals("of") && words.placeOfHeads().contains(st.lower(run.from - 2));
    }

    /** "Asila and Aajam districts", "near Karim El-Hun and Mahayar", "districts, Kalasseh and al-Maadi". */
    private void spreadAlongLists(SentenceTokens st, List<Run> runs, EntityType[] types, String[] rules) {
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            if (types[r] == null && st.word(run.from - 1).equals(",") && words.placeHeads().contains(st.lower(run.from - 2))) {
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

    private static Mention mention(SentenceTokens st, Run run, EntityType type, Mention.Form form, String rule) {
        int start = st.starts[run.from];
        int end = st.ends[run.to - 1];
        return new Mention(start, end, st.sentence.cover(start, end), st.sentence.index(), type, List.of(),
                form, rule);
    }
}
