package org.newsgraph.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads headline, outlet and publication date from an article's own text. Articles saved from the
 * web carry site furniture (a "Site icon" line, breadcrumbs, "X's website" footers), headlines on
 * a line of their own and dates in many formats; these rules read those conventions, not any one
 * site's layout. A field the text does not state stays empty rather than guessed.
 */
public final class MetadataReader {

    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** December 8, 2016 / December 1,2016 / Dec. 8 2016 / December, 09/2016 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTHS + ",?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+|/)((?:19|20)\\d{2})(?!\\d)");
    /** 8 December 2016 / 3 October, 2016 */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})(?!\\d)");
    /** 2016-12-08 / 2016/12/08: year first is unambiguous; day-first numeric dates are not read. */
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})\\b");
    /** A line that labels the date it carries. */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^\\s*(?:updated?|published|posted|date(?: of publication)?|first published|last updated)\\b");

    private static final Pattern SITE_ICON = Pattern.compile("(?i)^site (?:icon|logo)\\s+(.{2,60})$");
    private static final Pattern WEBSITE_FOOTER = Pattern.compile("^(\\p{Lu}[\\p{L}\\d .&-]{1,40}?)['’]s (?:website|web site|site)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*)?"
            + "(\\p{Lu}[\\p{L}\\d .&-]{1,40}?)\\.?(?:\\s*All rights reserved\\.?)?$");
    /** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}");
    /** Standalone masthead line: a short capitalised name ending in a word newspapers use. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:News|Times|Post|Monitor|Herald|Tribune|Gazette|Observer|Journal|Daily|Agency|Telegraph|Guardian|Chronicle)$");
    /** Breadcrumbs such as "News / Syria" or "Home > World". */
    private static final Pattern BREADCRUMB = Pattern.compile("^[\\p{L} ]{1,30}(?:\\s+[/>|»]\\s+[\\p{L} ]{1,30})+$");

    private static final int HEADLINE_MIN = 12;
    private static final int HEADLINE_MAX = 200;
    /** Headlines sit at the top; a short line further down is a sub-heading. */
    private static final int HEADLINE_SEARCH_LINES = 4;

    public Document.Metadata read(String text) {
        List<String> lines = nonBlankLines(text);
        return new Document.Metadata(headline(lines), outlet(lines), published(lines, text));
    }

    private static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            // Web text often spaces with no-break spaces, which \s and strip() do not see.
            String trimmed = line.replace('\u00A0', ' ').strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    private static boolean isFurniture(String line) {
        return SITE_ICON.matcher(line).matches() || BREADCRUMB.matcher(line).matches()
                || MASTHEAD.matcher(line).matches() || BYLINE.matcher(line).lookingAt() || isDateline(line)
                || line.split("\\s+").length < 3;
    }

    /** A line that is little more than a date ("December 13, 2016", "Monday 12 December 2016 - 11:00"). */
    private static boolean isDateline(String line) {
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
            Matcher m = p.matcher(line);
            if (m.find() && m.start() < HEADLINE_MIN && line.length() - m.end() < HEADLINE_MIN) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> headline(List<String> lines) {
        if (lines.size() < 2) {
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(HEADLINE_SEARCH_LINES, lines.size() - 1); i++) {
            String line = lines.get(i);
            if (isFurniture(line) || DATE_LABEL.matcher(line).lookingAt()) {
                continue;
            }
            boolean headlineShaped = line.length() >= HEADLINE_MIN && line.length() <= HEADLINE_MAX
                    && !line.endsWith(".") && !line.endsWith(",") && Character.isUpperCase(line.codePointAt(0));
            return headlineShaped ? Optional.of(stripDateTail(line)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A headline glued to its dateline ("... in AleppoDecember 8, 2016") keeps only the headline. */
    private static String stripDateTail(String line) {
        Matcher m = MONTH_DAY_YEAR.matcher(line);
        if (m.find() && m.start() > HEADLINE_MIN && m.end() >= line.length() - 1) {
            return line.substring(0, m.start()).strip();
        }
        return line;
    }

    static Optional<String> outlet(List<String> lines) {
        for (String line : lines) {
            Matcher m = SITE_ICON.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        for (String line : lines) {
            Matcher m = WEBSITE_FOOTER.matcher(line);
            if (m.lookingAt()) {
                return Optional.of(m.group(1).strip());
            }
            m = COPYRIGHT.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        for (String line : lines) {
            if (MASTHEAD.matcher(line).matches()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> published(List<String> lines, String text) {
        for (String line : lines) {
            if (DATE_LABEL.matcher(line).lookingAt()) {
                Optional<LocalDate> date = firstDate(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return firstDate(text);
    }

    /** The earliest well-formed date in the text, in any of the formats news sites print. */
    static Optional<LocalDate> firstDate(String text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = ISO.matcher(text);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
            if (d != null) {
                best = d;
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalStateException("month pattern admitted " + name);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
