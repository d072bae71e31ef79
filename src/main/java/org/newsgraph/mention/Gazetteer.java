package org.newsgraph.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A dictionary of names and phrases, matched against token sequences: longest match first, bounded
 * by the longest entry, skipping past each match. Matching ignores case, typographic quotes and
 * dashes, and spacing — except where an entry's case carries meaning: acronyms ("IS", "AP") match
 * only in their own case, and a capitalised name only where the text capitalises it too, so
 * "Observatory" is not found in "an observatory".
 */
public final class Gazetteer {

    /** One phrase and what it names. A phrase may name several entries (an ambiguous role, say). */
    public record Entry(String phrase, String key, EntityType type, Mention.Form form) {
        public Entry {
            Objects.requireNonNull(phrase, "phrase");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(form, "form");
            if (phrase.isBlank()) {
                throw new IllegalArgumentException("blank gazetteer phrase for " + key);
            }
        }

        boolean exactCase() {
            String letters = phrase.replaceAll("[^\\p{L}]", "");
            return letters.length() <= 5 && letters.length() > 0 && letters.equals(letters.toUpperCase(Locale.ROOT));
        }

        boolean capitalised() {
            return Character.isUpperCase(initial(phrase));
        }
    }

    /**
     * A match: token range [from, to), the entries its phrase names, and the char offset where the
     * name ends (before a possessive "s" that lost its apostrophe: "Syrias army").
     */
    public record Match(int from, int to, List<Entry> entries, int end) {
    }

    /** Names of places spelled another way: a fold of the spelling finds them ("Foua" for "Fuaa"). */
    private static final int MIN_FOLDED = 4;
    private static final int MAX_FOLDED_TOKENS = 4;

    private final Map<String, List<Entry>> byPhrase = new HashMap<>();
    private final Map<String, List<Entry>> placesByFold = new HashMap<>();
    /** The folds of the places' first words: a capitalised word whose fold is none starts no folded place. */
    private final java.util.Set<String> firstWordFolds = new java.util.HashSet<>();
    private Transliteration transliteration;
    /** Longest token span of any phrase, by the phrase's first word: most tokens start no phrase at all. */
    private final Map<String, Integer> spanByFirstWord = new HashMap<>();

    public void add(Entry entry) {
        String normal = normalise(entry.phrase());
        spanByFirstWord.merge(firstWord(normal), tokenBound(entry.phrase()), Math::max);
        List<Entry> entries = byPhrase.computeIfAbsent(normal, k -> new ArrayList<>(1));
        if (entries.stream().noneMatch(e -> e.key().equals(entry.key()) && e.form() == entry.form()
                && e.phrase().equals(entry.phrase()))) {
            entries.add(entry);
        }
    }

    /**
     * Also finds places spelled otherwise than in the catalogue, where only one place folds to the
     * spelling. Call once, after the entries are added and before the gazetteer is shared.
     */
    public void foldPlaces(Transliteration t) {
        this.transliteration = t;
        placesByFold.clear();
        firstWordFolds.clear();
        for (List<Entry> entries : byPhrase.values()) {
            for (Entry e : entries) {
                boolean name = e.form() == Mention.Form.NAME || e.form() == Mention.Form.CAPITAL;
                String key = t.fold(e.phrase());
                if (e.type() == EntityType.PLACE && name && e.capitalised() && key.length() >= MIN_FOLDED) {
                    firstWordFolds.add(t.fold(e.phrase().split("[\\s-]+")[0]));
                    firstWordFolds.add(t.fold(e.phrase().replaceFirst("^(?i)(al|el)[- ]+", "").split("[\\s-]+")[0]));
                    List<Entry> same = placesByFold.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (same.stream().noneMatch(x -> x.key().equals(e.key()))) {
                        same.add(e);
                    }
                }
            }
        }
    }

    public int size() {
        return byPhrase.size();
    }

    /**
     * Finds phrases in a token sequence.
     *
     * @param text     the text the offsets point into
     * @param starts   start offset of each token
     * @param ends     end offset of each token
     * @return non-overlapping matches, left to right
     */
    public List<Match> find(String text, int[] starts, int[] ends) {
        List<Match> matches = new ArrayList<>();
        int n = starts.length;
        int i = 0;
        while (i < n) {
            String first = firstWord(normalise(text.substring(starts[i], ends[i])));
            if (first.equals("the") && i + 1 < n) {
                // "the UN refugee agency": a match starting at the article would stop at "the UN"
                i++;
                continue;
            }
            Integer span = spanByFirstWord.get(first);
            if (span == null && first.length() > 3 && first.endsWith("s")) {
                span = spanByFirstWord.get(first.substring(0, first.length() - 1));
            }
            Match best = null;
            for (int j = span == null ? i : Math.min(n, i + span); j > i && best == null; j--) {
                String covered = text.substring(starts[i], ends[j - 1]);
                List<Entry> entries = lookup(covered);
                if (entries.isEmpty()) {
                    entries = withoutPossessiveS(covered);
                    if (!entries.isEmpty()) {
                        best = new Match(i, j, entries, ends[j - 1] - 1);
                        continue;
                    }
                }
                if (!entries.isEmpty()) {
                    best = new Match(i, j, entries, ends[j - 1]);
                }
            }
            if (best == null && transliteration != null) {
                best = folded(text, starts, ends, i);
            }
            if (best != null) {
                matches.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** A capitalised run of up to a few tokens that folds to exactly one catalogued place. */
    private Match folded(String text, int[] starts, int[] ends, int i) {
        String first = text.substring(starts[i], ends[i]);
        if (!Character.isUpperCase(initial(first))) {
            return null;
        }
        String firstFold = transliteration.fold(first);
        if (!firstWordFolds.contains(firstFold) && !(first.equalsIgnoreCase("al") || first.equalsIgnoreCase("el"))) {
            return null;
        }
        for (int j = Math.min(starts.length, i + MAX_FOLDED_TOKENS); j > i; j--) {
            String covered = text.substring(starts[i], ends[j - 1]);
            List<Entry> entries = placesByFold.get(transliteration.fold(covered));
            if (entries != null && entries.size() == 1 && Character.isUpperCase(text.charAt(starts[j - 1]))) {
                return new Match(i, j, entries, ends[j - 1]);
            }
        }
        return null;
    }

    /** The first letter of a name after an Arabic article in lower case: "M" of "al-Mayadeen". */
    static int initial(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (String article : new String[] {"al-", "el-", "al ", "el "}) {
            if (lower.startsWith(article) && s.length() > article.length()) {
                return s.codePointAt(article.length());
            }
        }
        return s.isEmpty() ? ' ' : s.codePointAt(0);
    }

    /** Entries whose phrase the covered text spells, honouring case where the entry requires it. */
    public List<Entry> lookup(String covered) {
        List<Entry> candidates = byPhrase.get(normalise(covered));
        if (candidates == null) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(candidates.size());
        for (Entry e : candidates) {
            if (e.exactCase() ? sameLetters(covered, e.phrase()) : !e.capitalised() || Character.isUpperCase(initial(covered))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "Syrias", "al-Qaedas", "the regimes allies": scraped text drops the apostrophe of a possessive; the
     * name, or a singular description, is what remains.
     */
    private List<Entry> withoutPossessiveS(String covered) {
        int len = covered.length();
        if (len < 4 || covered.charAt(len - 1) != 's' || !Character.isLetter(covered.charAt(len - 2))) {
            return List.of();
        }
        return lookup(covered.substring(0, len - 1)).stream()
                .filter(e -> e.capitalised() && (e.form() == Mention.Form.NAME || e.form() == Mention.Form.CAPITAL)
                        || e.form() == Mention.Form.DESCRIPTION && !e.phrase().endsWith("s"))
                .toList();
    }

    private static String firstWord(String normal) {
        int cut = 0;
        while (cut < normal.length() && Character.isLetterOrDigit(normal.charAt(cut))) {
            cut++;
        }
        return cut == 0 ? normal.substring(0, Math.min(1, normal.length())) : normal.substring(0, cut);
    }

    private static boolean sameLetters(String a, String b) {
        return a.replaceAll("[^\\p{L}]", "").equals(b.replaceAll("[^\\p{L}]", ""));
    }

    /**
     * Lower case, accents folded, apostrophes dropped (scraped text loses them: "Peoples", "Syrias"),
     * typographic dashes made plain, spacing around hyphens removed and other spacing collapsed.
     */
    public static String normalise(String s) {
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7F) {
                t = Normalizer.normalize(t, Normalizer.Form.NFKD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`') {
                continue;
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2014') {
                c = '-';
            } else if (c == '\u201C' || c == '\u201D') {
                c = '"';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
                continue;
            }
            if (c == '-') {
                space = false;
                while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                    b.setLength(b.length() - 1);
                }
            } else if (space && (b.length() == 0 || b.charAt(b.length() - 1) != '-')) {
                b.append(' ');
            }
            space = false;
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** An upper bound on the tokens a phrase spans: its words plus each punctuation mark, which tokenizers split off. */
    private static int tokenBound(String phrase) {
        int tokens = 0;
        boolean inWord = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    tokens++;
                }
                inWord = true;
            } else {
                inWord = false;
                if (!Character.isWhitespace(c)) {
                    tokens++;
                }
            }
        }
        return tokens + 1;
    }
}
