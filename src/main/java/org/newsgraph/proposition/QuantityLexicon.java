package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The number words, qualifiers and units of {@code quantities.tsv}. */
final class QuantityLexicon {
    static final String FILE = "quantities.tsv";

    /** How a qualifier bends the number it precedes. */
    enum Bound { LOWER, UPPER, APPROX }

    /** The range a vague number word ("dozens") stands for. */
    record Range(double low, double high) {
    }

    private final Map<List<String>, String> units = new HashMap<>();
    private final Map<List<String>, Bound> qualifiers = new HashMap<>();
    private final Map<List<String>, Double> numbers = new HashMap<>();
    private final Map<List<String>, Range> vague = new HashMap<>();
    private final Map<String, Double> multipliers = new HashMap<>();
    private final Phrases unitPhrases;
    private final Phrases qualifierPhrases;
    private final Phrases numberPhrases;
    private final Phrases partPhrases;
    private final Set<String> between = new HashSet<>();
    private final Set<String> bystanders = new HashSet<>();

    private QuantityLexicon(List<DataFile.Row> rows) {
        DataFile.expectKinds(rows, "unit", "generic", "bystanders", "qualifier", "number", "vague", "multiplier", "between", "part");
        List<String> unitList = new ArrayList<>();
        List<String> qualifierList = new ArrayList<>();
        List<String> numberList = new ArrayList<>();
        List<String> partList = new ArrayList<>();
        for (DataFile.Row r : rows) {
            List<String> words = r.list(2);
            switch (r.kind()) {
                case "unit" -> {
                    words.forEach(w -> units.put(Words.phrase(w), r.cell(1)));
                    unitList.addAll(words);
                }
                case "qualifier" -> {
                    Bound b = bound(r);
                    words.forEach(w -> qualifiers.put(Words.phrase(w), b));
                    qualifierList.addAll(words);
                }
                case "number" -> {
                    words.forEach(w -> numbers.put(Words.phrase(w), (double) r.integer(1)));
                    numberList.addAll(words);
                }
                case "vague" -> {
                    Range range = range(r);
                    words.forEach(w -> vague.put(Words.phrase(w), range));
                    numberList.addAll(words);
                }
                case "between" -> between.addAll(words);
                case "part" -> partList.addAll(words);
                case "generic" -> {
                    // Read by Units: which classes compare.
                }
                case "bystanders" -> bystanders.addAll(words);
                default -> words.forEach(w -> multipliers.put(w, Double.parseDouble(r.cell(1))));
            }
        }
        unitPhrases = new Phrases(unitList);
        qualifierPhrases = new Phrases(qualifierList);
        numberPhrases = new Phrases(numberList);
        partPhrases = new Phrases(partList);
    }

    private static Bound bound(DataFile.Row r) {
        try {
            return Bound.valueOf(r.cell(1).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw r.error("a qualifier is lower, upper or approx, not '" + r.cell(1) + "'");
        }
    }

    private static Range range(DataFile.Row r) {
        String[] lh = r.cell(1).split("-");
        try {
            return new Range(Double.parseDouble(lh[0]), Double.parseDouble(lh[1]));
        } catch (RuntimeException e) {
            throw r.error("a vague number's range is low-high, e.g. 24-99, not '" + r.cell(1) + "'");
        }
    }

    static QuantityLexicon load() {
        return new QuantityLexicon(DataFile.load(QuantityLexicon.class, FILE));
    }

    Phrases units() {
        return unitPhrases;
    }

    String unit(List<String> phrase) {
        return units.get(phrase);
    }

    Phrases qualifiers() {
        return qualifierPhrases;
    }

    Bound qualifier(List<String> phrase) {
        return qualifiers.get(phrase);
    }

    Phrases numberWords() {
        return numberPhrases;
    }

    /** The value of a number word or phrase ("fourteen", "twenty-one"), or null. */
    Double number(List<String> phrase) {
        Double v = numbers.get(phrase);
        String[] parts = phrase.size() == 1 ? phrase.get(0).split("-") : new String[0];
        if (v == null && parts.length > 1) {
            double sum = 0;
            for (String part : parts) {
                Double p = numbers.get(List.of(part));
                if (p == null) {
                    return null;
                }
                sum += p;
            }
            return sum;
        }
        return v;
    }

    /** Phrases that make the number after them part of an earlier one ("including"). */
    Phrases parts() {
        return partPhrases;
    }

    /** Whether a word may stand between a number and its unit. */
    boolean between(String word) {
        return between.contains(word);
    }

    /** Whether the words at {@code at} name people who suffer rather than act ("citizens", "Syrians"). */
    boolean bystandersAt(Words words, int at) {
        int len = at < words.size() ? unitPhrases.matchAt(words, at) : 0;
        return len > 0 && bystanders.contains(units.get(words.words().subList(at, at + len)));
    }

    Range vague(List<String> phrase) {
        return vague.get(phrase);
    }

    Double multiplier(String word) {
        return multipliers.get(word);
    }
}
