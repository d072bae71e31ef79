package org.newsgraph.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date a metadata field gives, in the formats datasets and scrapers write:
 * ISO dates and timestamps ({@code 2017-04-05}, {@code 2017-04-05T10:30:00Z}: the date as written, no
 * time-zone shift), numeric dates in a stated {@link DateOrder} ({@code 4/5/17}, {@code 05.04.2017}) and
 * dates with month names ({@code April 5, 2017}, {@code Wed, 05 Apr 2017 10:30:00 GMT}). A two-digit
 * year 00–69 is 2000–2069, 70–99 is 1970–1999.
 */
public final class PublicationDates {

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,4})([-/.])(\\d{1,2})\\2(\\d{1,4})(?:(?:[T ]|,\\s*)\\d{1,2}:\\d{2}.*)?");

    private PublicationDates() {
    }

    /**
     * @param value a metadata field, trimmed
     * @throws IllegalArgumentException saying why it is not a date and what is read
     */
    public static LocalDate parse(String value, DateOrder order) {
        Matcher m = NUMERIC.matcher(value);
        if (m.matches()) {
            return numeric(value, m.group(1), m.group(3), m.group(4), order);
        }
        Optional<LocalDate> named = MetadataReader.firstDate(value);
        if (named.isPresent() && !value.matches("(?s).*\\d{5,}.*")) {
            return named.get();
        }
        throw new IllegalArgumentException("'" + value + "' is not a date; give e.g. 2017-04-05, 4/5/17 (with "
                + "--date-order) or April 5, 2017");
    }

    private static LocalDate numeric(String value, String first, String second, String third, DateOrder order) {
        if (first.length() == 4 || (order == DateOrder.YMD && third.length() <= 2)) {
            return date(value, first, second, third, "year-first");
        }
        if (order == DateOrder.YMD) {
            throw new IllegalArgumentException("'" + value + "' does not start with a year, as --date-order YMD says");
        }
        if (third.length() != 4 && third.length() != 2) {
            throw new IllegalArgumentException("'" + value + "' has no year of 2 or 4 digits; give e.g. 2017-04-05");
        }
        return order == DateOrder.DMY
                ? date(value, third, second, first, "day-first (--date-order DMY)")
                : date(value, third, first, second, "month-first (--date-order " + order + ")");
    }

    private static LocalDate date(String value, String year, String month, String day, String how) {
        int y = year(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("'" + value + "' read " + how + " has no month " + m);
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' read " + how + " has no day " + d + " in "
                    + Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + y);
        }
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() > 2) {
            return y;
        }
        return y < 70 ? 2000 + y : 1900 + y;
    }
}
