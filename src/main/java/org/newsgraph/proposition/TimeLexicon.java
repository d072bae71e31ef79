package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The time words of {@code time.tsv}: spans relative to the article's date, weekdays, months. */
final class TimeLexicon {
    static final String FILE = "time.tsv";

    /** A span phrase's days relative to the article's date, inclusive. */
    record Offsets(int from, int to) {
    }

    private final Map<List<String>, Offsets> spans = new HashMap<>();
    private final Phrases spanPhrases;
    private final Map<String, Integer> weekdays = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern monthYear;

    private TimeLexicon(List<DataFile.Row> rows) {
        DataFile.expectKinds(rows, "span", "weekday", "month");
        List<String> all = new ArrayList<>();
        for (DataFile.Row r : rows) {
            switch (r.kind()) {
                case "span" -> {
                    Offsets o = new Offsets(r.integer(1), r.integer(2));
                    if (o.to() < o.from()) {
                        throw r.error("a span ends before it starts: " + o.from() + " " + o.to());
                    }
                    r.list(3).forEach(p -> spans.put(Words.phrase(p), o));
                    all.addAll(r.list(3));
                }
                case "weekday" -> r.list(2).forEach(w -> weekdays.put(w, r.integer(1)));
                default -> r.list(2).forEach(m -> months.put(m, r.integer(1)));
            }
        }
        spanPhrases = new Phrases(all);
        // Month names are matched capitalised only: "may" is a verb far more often than a month.
        String month = "(" + String.join("|", months.keySet().stream().map(TimeLexicon::capitalised).toList()) + ")\\.?";
        dayMonth = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + month + "(?:,?\\s*(\\d{4}))?(?!\\d)");
        monthDay = Pattern.compile("\\b" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4}))?(?!\\d)");
        monthYear = Pattern.compile("\\b" + month + ",?\\s+(\\d{4})(?!\\d)");
    }

    static TimeLexicon load() {
        return new TimeLexicon(DataFile.load(TimeLexicon.class, FILE));
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    Phrases spanPhrases() {
        return spanPhrases;
    }

    Offsets offsets(List<String> phrase) {
        return spans.get(phrase);
    }

    /** ISO day of week (1 = Monday) of a weekday name, or null. */
    Integer weekday(String word) {
        return weekdays.get(word);
    }

    int month(String name) {
        Integer m = months.get(name.toLowerCase(java.util.Locale.ROOT));
        if (m == null) {
            throw new IllegalArgumentException("no month '" + name + "'");
        }
        return m;
    }

    Pattern dayMonth() {
        return dayMonth;
    }

    Pattern monthDay() {
        return monthDay;
    }

    Pattern monthYear() {
        return monthYear;
    }
}
