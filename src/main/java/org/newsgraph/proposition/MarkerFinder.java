package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/** Finds the markers of {@code markers.tsv} in a claim's content. */
final class MarkerFinder {
    /** Words after "before"/"after" within which the statement they order against must come. */
    private static final int STATEMENT_WITHIN = 4;

    private final MarkerLexicon markers;

    MarkerFinder(MarkerLexicon markers) {
        this.markers = markers;
    }

    /**
     * Adds the content's markers to {@code found} and returns where its event is to be looked for: after a
     * doubt phrase ("no confirmation that the army had ceased fire") the doubted event, else the content's.
     */
    int read(Words words, ContentSpan span, boolean denies, Set<Marker> found) {
        int from = span.from();
        int to = span.to();
        int eventFrom = from;
        int doubt = markers.get("doubt").find(words, from, to);
        if (doubt >= 0) {
            eventFrom = doubt + markers.get("doubt").matchAt(words, doubt);
            if (!alternative(words, eventFrom, to)) {
                found.add(Marker.DOUBT);
            }
        }
        if (denies || markers.get("denial").find(words, from, to) >= 0) {
            found.add(Marker.DENIAL);
        }
        if (markers.get("instance").find(words, from, to) >= 0) {
            found.add(Marker.NEW_INSTANCE);
        }
        if (markers.get("continuing").find(words, from, to) >= 0) {
            found.add(Marker.CONTINUING);
        }
        if (ordered(words, "before", from, to)) {
            found.add(Marker.BEFORE);
        }
        if (ordered(words, "after", from, to)) {
            found.add(Marker.AFTER);
        }
        return eventFrom;
    }

    /** "whether by an air strike or shelling": doubts how, not whether; "whether or not" still doubts whether. */
    private boolean alternative(Words words, int from, int to) {
        int or = markers.get("alternative").find(words, from, to);
        return or >= 0 && !(or + 1 < to && markers.get("negation").matchAt(words, or + 1) > 0);
    }

    /** "before Lavrov's announcement", "after his remarks": the ordering word, then a statement noun. */
    private boolean ordered(Words words, String kind, int from, int to) {
        Phrases order = markers.get(kind);
        Phrases statement = markers.get("statement");
        for (int k = from; k < to; k++) {
            int len = order.matchAt(words, k);
            if (len > 0 && statement.find(words, k + len, Math.min(to, k + len + STATEMENT_WITHIN + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens inside a non-restrictive relative clause (", which has captured ... in recent days,"): they
     * speak of something else, so their words neither date nor place the event.
     */
    IntPredicate relativeClauses(Words words, int from, int to) {
        List<int[]> ranges = new ArrayList<>();
        Phrases relative = markers.get("relative");
        for (int k = from; k < to; k++) {
            int len = relative.matchAt(words, k);
            if (len > 0) {
                int end = k + len;
                while (end < to && !words.word(end).equals(",")) {
                    end++;
                }
                ranges.add(new int[] {k, end});
                k = end;
            }
        }
        return i -> ranges.stream().anyMatch(r -> i >= r[0] && i < r[1]);
    }
}
