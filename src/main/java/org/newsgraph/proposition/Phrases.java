package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A set of phrases matched word by word, longest first, against the words of a text. */
final class Phrases {
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    Phrases(List<String> phrases) {
        for (String p : phrases) {
            List<String> words = Words.phrase(p);
            if (!words.isEmpty()) {
                byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            }
        }
        byFirstWord.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
    }

    /** Words in the longest phrase starting at {@code at}, or 0 when none does. */
    int matchAt(Words text, int at) {
        List<List<String>> candidates = byFirstWord.get(text.word(at));
        if (candidates == null) {
            return 0;
        }
        for (List<String> phrase : candidates) {
            if (at + phrase.size() <= text.size() && text.words().subList(at, at + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** Index of the first match in [from, to), or -1. */
    int find(Words text, int from, int to) {
        for (int i = Math.max(from, 0); i < Math.min(to, text.size()); i++) {
            if (matchAt(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a phrase ends exactly at {@code end} (exclusive), starting no earlier than {@code from}. */
    boolean endsAt(Words text, int from, int end) {
        for (int i = Math.max(from, 0); i < end; i++) {
            if (matchAt(text, i) == end - i) {
                return true;
            }
        }
        return false;
    }
}
