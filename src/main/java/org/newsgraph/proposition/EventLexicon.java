package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event and state classes of {@code events.tsv}: which verbs and nouns report which kind of
 * event, and which classes state the opposite of which.
 */
public final class EventLexicon {
    static final String FILE = "events.tsv";

    /** A match: the class and how many words it covers. */
    record Match(String type, int length) {
    }

    /** One entry: the forms of its first word, then the words that must follow verbatim. */
    private record Entry(String type, Set<String> first, List<String> rest) {
    }

    private final Map<String, List<Entry>> verbs = new HashMap<>();
    private final Map<String, List<Entry>> nouns = new HashMap<>();
    private final Map<String, Set<String>> opposites = new HashMap<>();
    private final Set<String> types = new LinkedHashSet<>();

    private EventLexicon(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            if (r.kind().equals("opposite")) {
                opposites.computeIfAbsent(r.cell(1), k -> new LinkedHashSet<>()).addAll(r.list(2));
                continue;
            }
            types.add(r.kind());
            boolean verb = switch (r.cell(1)) {
                case "verb" -> true;
                case "noun" -> false;
                default -> throw r.error("second cell must be verb or noun, got '" + r.cell(1) + "'");
            };
            for (String entry : r.list(2)) {
                add(verb ? verbs : nouns, r.kind(), entry);
            }
        }
        for (Map.Entry<String, Set<String>> o : opposites.entrySet()) {
            for (String t : o.getValue()) {
                if (!types.contains(t) || !types.contains(o.getKey())) {
                    throw new IllegalStateException("[" + FILE + "] opposite " + o.getKey() + " names an unknown class '"
                            + t + "'; known: " + types);
                }
            }
        }
    }

    /** Loads {@code events.tsv} from the jar; a malformed row fails here, naming its line. */
    public static EventLexicon load() {
        return new EventLexicon(DataFile.load(EventLexicon.class, FILE));
    }

    private static void add(Map<String, List<Entry>> index, String type, String entry) {
        String[] forms = entry.split("/");
        List<String> words = Words.phrase(forms[0]);
        Set<String> first = new LinkedHashSet<>(List.of(words.get(0)));
        for (int i = 1; i < forms.length; i++) {
            first.add(forms[i].strip());
        }
        Entry e = new Entry(type, first, words.subList(1, words.size()));
        for (String f : first) {
            index.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
        }
    }

    /** The verb entry matching at {@code at} (an inflected form of its first word), longest first. */
    Match verbAt(Words text, int at) {
        return best(verbs, text, at, bases(text.word(at)));
    }

    /** The noun entry matching at {@code at}, longest first. */
    Match nounAt(Words text, int at) {
        return best(nouns, text, at, List.of(text.word(at)));
    }

    /** The classes whose report contradicts a report of {@code type} at the same time and place. */
    public Set<String> opposites(String type) {
        return opposites.getOrDefault(type, Set.of());
    }

    private static Match best(Map<String, List<Entry>> index, Words text, int at, List<String> keys) {
        Match best = null;
        for (String key : keys) {
            for (Entry e : index.getOrDefault(key, List.of())) {
                int end = at + 1 + e.rest().size();
                if (end <= text.size() && text.words().subList(at + 1, end).equals(e.rest())
                        && (best == null || best.length() < end - at)) {
                    best = new Match(e.type(), end - at);
                }
            }
        }
        return best;
    }

    /** The word and the base forms its regular English inflections may come from. */
    static List<String> bases(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        int n = w.length();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (w.endsWith("s")) {
            out.add(w.substring(0, n - 1));
            if (w.endsWith("es")) {
                out.add(w.substring(0, n - 2));
            }
        }
        if (w.endsWith("ed")) {
            out.add(w.substring(0, n - 2));
            out.add(w.substring(0, n - 1));
            undouble(w, n - 2, out);
        }
        if (w.endsWith("ing") && n > 4) {
            out.add(w.substring(0, n - 3));
            out.add(w.substring(0, n - 3) + "e");
            undouble(w, n - 3, out);
        }
        return out;
    }

    /** "stopp" + "ed" comes from "stop". */
    private static void undouble(String w, int stemEnd, List<String> out) {
        if (stemEnd >= 2 && w.charAt(stemEnd - 1) == w.charAt(stemEnd - 2)) {
            out.add(w.substring(0, stemEnd - 1));
        }
    }
}
