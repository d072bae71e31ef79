package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The phrase lists of {@code markers.tsv}, one per kind of marker. */
final class MarkerLexicon {
    static final String FILE = "markers.tsv";
    private static final String[] KINDS = {"doubt", "denial", "source", "instance", "before", "after", "statement",
        "continuing", "negation", "prevented", "modal", "clause", "relative", "auxiliary", "alternative", "boundary"};

    private final Map<String, Phrases> phrases = new HashMap<>();

    private MarkerLexicon(List<DataFile.Row> rows) {
        DataFile.expectKinds(rows, KINDS);
        Map<String, List<String>> lists = new HashMap<>();
        for (DataFile.Row r : rows) {
            lists.computeIfAbsent(r.kind(), k -> new ArrayList<>()).addAll(rawList(r));
        }
        for (String kind : KINDS) {
            if (!lists.containsKey(kind)) {
                throw new IllegalStateException("[" + FILE + "] has no '" + kind + "' row");
            }
            phrases.put(kind, new Phrases(lists.get(kind)));
        }
    }

    /** Cell 2 split on ' | ': phrases may hold commas of their own (", adding"). */
    private static List<String> rawList(DataFile.Row r) {
        return Arrays.stream(r.cell(1).split("\\s\\|\\s")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static MarkerLexicon load() {
        return new MarkerLexicon(DataFile.load(MarkerLexicon.class, FILE));
    }

    Phrases get(String kind) {
        Phrases p = phrases.get(kind);
        if (p == null) {
            throw new IllegalArgumentException("no marker kind '" + kind + "'; known: " + String.join(", ", KINDS));
        }
        return p;
    }
}
