package org.newsgraph.proposition;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Token;

/** Finds the first time expression among some tokens and resolves it against the article's date. */
final class TimeFinder {

    /**
     * A resolved expression.
     *
     * @param at   index of its first token
     * @param to   index after its last token
     * @param text its words, as written
     */
    record Found(LocalDate from, LocalDate until, int at, int to, String text) {
    }

    private final TimeLexicon lexicon;

    TimeFinder(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The leftmost expression in tokens [from, to) whose first token {@code skip} does not exclude, or
     * empty. Weekdays and relative spans need {@code published}; dates with a year do not.
     */
    Optional<Found> find(List<Token> tokens, Words words, int from, int to, Optional<LocalDate> published,
                         IntPredicate skip) {
        List<Found> found = new ArrayList<>();
        dates(tokens, from, to, published, found);
        for (int i = from; i < to && published.isPresent(); i++) {
            int n = lexicon.spanPhrases().matchAt(words, i);
            if (n > 0 && i + n <= to) {
                TimeLexicon.Offsets o = lexicon.offsets(words.words().subList(i, i + n));
                found.add(new Found(published.get().plusDays(o.from()), published.get().plusDays(o.to()), i, i + n,
                        text(tokens, i, i + n)));
            }
            Integer day = Character.isUpperCase(tokens.get(i).text().charAt(0)) ? lexicon.weekday(words.word(i)) : null;
            if (day != null) {
                LocalDate d = published.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(day)));
                found.add(new Found(d, d, i, i + 1, tokens.get(i).text()));
            }
        }
        return found.stream().filter(f -> !skip.test(f.at()))
                .min((a, b) -> a.at() != b.at() ? a.at() - b.at() : (b.to() - b.at()) - (a.to() - a.at()));
    }

    private void dates(List<Token> tokens, int from, int to, Optional<LocalDate> published, List<Found> out) {
        if (from >= to) {
            return;
        }
        int base = tokens.get(from).start();
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            text.append(" ".repeat(Math.max(0, t.start() - base - text.length()))).append(t.text());
        }
        String s = text.toString();
        match(lexicon.dayMonth(), s, 2, 1, 3, tokens, from, to, base, published, out);
        match(lexicon.monthDay(), s, 1, 2, 3, tokens, from, to, base, published, out);
        match(lexicon.monthYear(), s, 1, 0, 2, tokens, from, to, base, published, out);
    }

    private void match(Pattern p, String s, int monthGroup, int dayGroup, int yearGroup, List<Token> tokens, int from,
                       int to, int base, Optional<LocalDate> published, List<Found> out) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Optional<Integer> year = Optional.ofNullable(m.group(yearGroup)).map(Integer::parseInt)
                    .or(() -> published.map(LocalDate::getYear));
            if (year.isEmpty()) {
                continue;
            }
            try {
                int month = lexicon.month(m.group(monthGroup));
                LocalDate first = dayGroup == 0 ? LocalDate.of(year.get(), month, 1)
                        : LocalDate.of(year.get(), month, Integer.parseInt(m.group(dayGroup)));
                LocalDate last = dayGroup == 0 ? first.with(TemporalAdjusters.lastDayOfMonth()) : first;
                int at = tokenAt(tokens, from, to, base + m.start());
                int end = tokenAt(tokens, from, to, base + m.end() - 1) + 1;
                out.add(new Found(first, last, at, end, m.group()));
            } catch (DateTimeException e) {
                // "February 30": not a date, so not a time expression.
            }
        }
    }

    private static int tokenAt(List<Token> tokens, int from, int to, int offset) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return to - 1;
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from && tokens.get(i).start() > tokens.get(i - 1).end() ? " " : "").append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
