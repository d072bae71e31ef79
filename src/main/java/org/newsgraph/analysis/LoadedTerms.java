package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.proposition.DataFile;

/** The loaded-terms lexicon ({@code loaded-terms.tsv}): words that take a side, with how much. */
final class LoadedTerms {
    static final String FILE = "loaded-terms.tsv";

    /** A lexicon word found in a name. */
    record Match(String term, double loading) {
    }

    private record Entry(List<String> words, double loading) {
    }

    private final List<Entry> entries = new ArrayList<>();

    private LoadedTerms(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            double loading;
            try {
                loading = Double.parseDouble(r.cell(1));
            } catch (NumberFormatException e) {
                throw r.error("loading must be a number from 0 to 1, got '" + r.cell(1) + "'");
            }
            if (loading < 0 || loading > 1) {
                throw r.error("loading must lie between 0 and 1, got " + loading);
            }
            entries.add(new Entry(words(r.kind()), loading));
        }
    }

    static LoadedTerms load() {
        return new LoadedTerms(DataFile.load(LoadedTerms.class, FILE));
    }

    /** The most loaded lexicon word the name contains as whole words ("Takfiri militants": takfiri, 1.0). */
    Optional<Match> in(String name) {
        List<String> words = words(name);
        return entries.stream().filter(e -> contains(words, e.words())).max(Comparator.comparingDouble(Entry::loading))
                .map(e -> new Match(String.join(" ", e.words()), e.loading()));
    }

    private static boolean contains(List<String> words, List<String> part) {
        for (int i = 0; i + part.size() <= words.size(); i++) {
            if (words.subList(i, i + part.size()).equals(part)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased words; apostrophes and quotes dropped, hyphens kept ("so-called", "rebel-held" stays one word). */
    static List<String> words(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replaceAll("['\u2019\u2018\"\u201C\u201D]", " ");
        return List.of(folded.strip().split("[^\\p{L}\\p{N}-]+"));
    }
}
