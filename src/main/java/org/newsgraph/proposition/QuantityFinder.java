package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Token;

/**
 * Finds numbers with their units ("more than 8,000 civilians", "about 85 percent") and reads each as
 * a range: the qualifier bounds it, a round number is approximate, a vague word ("dozens") is a range.
 * A part of a number already given ("including 2,934 children") is not a quantity of its own.
 */
final class QuantityFinder {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(\\.\\d+)?)%");
    /** A piece of a number the tokenizer split off: ",461", ".5", "-", "five", "%". */
    private static final Pattern NUMBER_PART = Pattern.compile("[,.]\\d+|-|-?\\p{L}+|%");
    /** Words between a number and its unit, at most: "as many as 500 sick and injured children". */
    private static final int MAX_BETWEEN = 4;

    /** A number read at some position: its value and range before any qualifier, and where it ends. */
    private record Number(double value, double low, double high, boolean vague, int end) {
    }

    private final QuantityLexicon lexicon;

    QuantityFinder(QuantityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Quantity> find(List<Token> tokens, Words words, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Number n = number(tokens, words, i, to);
            if (n == null) {
                continue;
            }
            String unit = PERCENT.matcher(words.word(i)).matches() ? lexicon.unit(List.of("%")) : null;
            int unitEnd = n.end();
            if (unit == null) {
                int u = unitAt(words, n.end(), to);
                if (u < 0) {
                    continue;
                }
                int len = lexicon.units().matchAt(words, u);
                unit = lexicon.unit(words.words().subList(u, u + len));
                unitEnd = u + len;
            }
            int start = i;
            QuantityLexicon.Bound bound = null;
            for (int k = Math.max(from, i - 4); k < i && bound == null; k++) {
                int len = lexicon.qualifiers().matchAt(words, k);
                if (len == i - k) {
                    bound = lexicon.qualifier(words.words().subList(k, i));
                    start = k;
                }
            }
            if (!lexicon.parts().endsAt(words, start - 3, start)) {
                out.add(quantity(n, bound, unit, tokens, start, unitEnd));
            }
            i = unitEnd - 1;
        }
        return out;
    }

    private Quantity quantity(Number n, QuantityLexicon.Bound bound, String unit, List<Token> tokens, int start, int end) {
        double v = n.value();
        boolean round = v >= 100 && v % 100 == 0;
        QuantityLexicon.Bound b = bound == null && round && !n.vague() ? QuantityLexicon.Bound.APPROX : bound;
        double low = n.low();
        double high = n.high();
        if (b == QuantityLexicon.Bound.LOWER) {
            high = Math.max(high, v * 1.2);
        } else if (b == QuantityLexicon.Bound.UPPER) {
            low = Math.min(low, v * 0.8);
        } else if (b == QuantityLexicon.Bound.APPROX) {
            low = Math.min(low, v * 0.9);
            high = Math.max(high, v * 1.1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i > start && tokens.get(i).start() > tokens.get(i - 1).end() ? " " : "").append(tokens.get(i).text());
        }
        return new Quantity(v, low, high, unit, text.toString());
    }

    private Number number(List<Token> tokens, Words words, int i, int to) {
        int end = joined(tokens, i, to);
        String w = String.join("", words.words().subList(i, end));
        Matcher pct = PERCENT.matcher(w);
        if (pct.matches()) {
            double v = Double.parseDouble(pct.group(1));
            return new Number(v, v, v, false, end);
        }
        if (DIGITS.matcher(w).matches()) {
            return scaled(Double.parseDouble(w.replace(",", "")), words, end, to);
        }
        if (end > i + 1) {
            Double compound = lexicon.number(List.of(w));
            if (compound != null) {
                return scaled(compound, words, end, to);
            }
        }
        int len = lexicon.numberWords().matchAt(words, i);
        List<String> phrase = len > 0 ? words.words().subList(i, i + len) : List.of(w);
        QuantityLexicon.Range range = lexicon.vague(phrase);
        if (range != null) {
            return new Number(range.low(), range.low(), range.high(), true, i + len);
        }
        Double value = lexicon.number(phrase);
        return value == null ? null : scaled(value, words, i + Math.max(len, 1), to);
    }

    /**
     * Where a number written as one word ends, when the tokenizer split it: "8" ",461", "twenty" "-" "five"
     * touch without a space between.
     */
    private static int joined(List<Token> tokens, int i, int to) {
        int end = i + 1;
        while (end < to && tokens.get(end).start() == tokens.get(end - 1).end()
                && NUMBER_PART.matcher(tokens.get(end).text()).matches()) {
            end++;
        }
        return end;
    }

    /** "1.5 million": a number followed by a multiplier word. */
    private Number scaled(double value, Words words, int next, int to) {
        Double m = next < to ? lexicon.multiplier(words.word(next)) : null;
        double v = m == null ? value : value * m;
        return new Number(v, v, v, false, m == null ? next : next + 1);
    }

    /** Where the unit starts, past adjectives, names and quotes; -1 when no unit follows. */
    private int unitAt(Words words, int at, int to) {
        for (int k = at; k < to && k <= at + MAX_BETWEEN; k++) {
            if (lexicon.units().matchAt(words, k) > 0) {
                return k;
            }
            String tag = words.tag(k);
            if (!(lexicon.between(words.word(k)) || tag.equals("ADJ") || tag.equals("PROPN")
                    || words.isVerb(k) && words.participleLike(k))) {
                return -1;
            }
        }
        return -1;
    }
}
