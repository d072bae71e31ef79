package org.newsgraph.proposition;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Where a claim's content lies among its tokens: the claim without its attribution. "X said (that)
 * CONTENT" puts it after the cue, "CONTENT, X said" before the speaker; a time word right after the
 * cue ("said today") dates the statement, not the event, and stays outside; a second statement
 * (", adding that ...") is cut off.
 *
 * @param from      first content token, inclusive
 * @param to        last content token, exclusive
 * @param preposed  whether the attribution comes first
 * @param cueEnd    token after the cue (0 when the claim has no cue)
 */
record ContentSpan(int from, int to, boolean preposed, int cueEnd) {
    /** Tokens a cue and its speaker may lie apart and still form one attribution. */
    private static final int NEAR = 12;
    /** How far past the cue "that" may come: "quoted Sergei Lavrov yesterday as saying that". */
    private static final int THAT_WITHIN = 12;
    /** How far before a postposed speaker the separating comma may stand: ", Russian Foreign Minister Sergey Lavrov said". */
    private static final int SEPARATOR_WITHIN = 7;

    /**
     * @param speakers token ranges [start, end) of the mentions naming a speaker
     * @param timeAt   length of a time expression starting at a token, 0 if none
     */
    static ContentSpan of(Words words, String cue, List<int[]> speakers, IntUnaryOperator timeAt, MarkerLexicon markers) {
        int n = words.size();
        List<String> cueWords = Words.phrase(cue);
        int c = cueWords.isEmpty() ? -1 : cueAt(words, cueWords, speakers);
        if (c < 0) {
            return trimmed(words, 0, n, false, 0, markers);
        }
        int cueEnd = c + cueWords.size();
        int zoneStart = c;
        int zoneEnd = cueEnd;
        int[] speaker = nearest(speakers, c);
        if (speaker != null && distance(speaker, c) <= NEAR) {
            zoneStart = Math.min(zoneStart, speaker[0]);
            zoneEnd = Math.max(zoneEnd, speaker[1]);
        }
        if (zoneStart + zoneEnd < n) {
            int from = zoneEnd;
            if (from < n && words.word(from).equals(",") && speaker != null && speaker[1] == zoneEnd) {
                from++;
            }
            from = afterThat(words, from);
            while (from < n && timeAt.applyAsInt(from) > 0) {
                from += timeAt.applyAsInt(from);
            }
            return trimmed(words, from, n, true, cueEnd, markers);
        }
        int to = zoneStart;
        for (int k = zoneStart - 1; k >= Math.max(0, zoneStart - SEPARATOR_WITHIN); k--) {
            if (isSeparator(words.word(k))) {
                to = k;
                break;
            }
        }
        return trimmed(words, 0, to, false, cueEnd, markers);
    }

    private static int cueAt(Words words, List<String> cue, List<int[]> speakers) {
        int best = -1;
        for (int i = 0; i + cue.size() <= words.size(); i++) {
            if (words.words().subList(i, i + cue.size()).equals(cue)) {
                int[] s = nearest(speakers, i);
                if (best < 0 || (s != null && distance(s, i) < distanceOrMax(nearest(speakers, best), best))) {
                    best = i;
                }
            }
        }
        return best;
    }

    private static int[] nearest(List<int[]> ranges, int at) {
        int[] best = null;
        for (int[] r : ranges) {
            if (best == null || distance(r, at) < distance(best, at)) {
                best = r;
            }
        }
        return best;
    }

    private static int distance(int[] range, int at) {
        return at < range[0] ? range[0] - at : at >= range[1] ? at - range[1] + 1 : 0;
    }

    private static int distanceOrMax(int[] range, int at) {
        return range == null ? Integer.MAX_VALUE : distance(range, at);
    }

    /**
     * Past the complementiser "that" when it follows the cue before any verb: "told Reuters that", "said
     * early Friday that", "quoted Sergei Lavrov yesterday as saying that" ("that attack" is a determiner).
     */
    private static int afterThat(Words words, int from) {
        for (int k = from; k < Math.min(words.size(), from + THAT_WITHIN); k++) {
            if (words.word(k).equals("that") && complementiser(words, k)) {
                return k + 1;
            }
            boolean asSaying = k > 0 && words.word(k - 1).equals("as");
            if (words.tag(k).equals("AUX") || words.isVerb(k) && !asSaying) {
                break;
            }
        }
        return from;
    }

    /** "that" before a clause ("that rebels shelled"), not before a noun it determines ("that attack."). */
    private static boolean complementiser(Words words, int k) {
        if (words.tag(k).equals("SCONJ") || k + 1 >= words.size() || !words.isNoun(k + 1)) {
            return true;
        }
        return k + 2 < words.size() && (words.isVerb(k + 2) || words.tag(k + 2).equals("AUX"));
    }

    private static boolean isSeparator(String w) {
        return w.equals(",") || w.equals("\"") || w.equals("'") || w.equals(":") || w.equals("-") || w.equals("--")
                || w.equals("\u2014") || w.equals("\u2013");
    }

    /** Drops quotes and punctuation at the edges, and anything from a second statement on. */
    private static ContentSpan trimmed(Words words, int from, int to, boolean preposed, int cueEnd, MarkerLexicon markers) {
        int clause = markers.get("clause").find(words, from, to);
        int end = clause > from ? clause : to;
        int start = from;
        while (start < end && isEdge(words.word(start))) {
            start++;
        }
        while (end > start && isEdge(words.word(end - 1))) {
            end--;
        }
        return new ContentSpan(start, end, preposed, cueEnd);
    }

    private static boolean isEdge(String w) {
        return isSeparator(w) || w.equals(".") || w.equals("(") || w.equals(")") || w.equals("[") || w.equals("]");
    }
}
