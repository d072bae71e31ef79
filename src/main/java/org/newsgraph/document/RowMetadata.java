package org.newsgraph.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an article's metadata from the fields of a row: title, outlet (a code or name from
 * {@link OutletTable} becomes the outlet's name), date (see {@link PublicationDates}), URL, language and
 * author. A field it cannot read is reported with where and why, and left out; the others still count.
 */
final class RowMetadata {

    /** What a row gave, and a problem for each field it could not read. */
    record Result(Document.Metadata metadata, List<InputRejectedException> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    private final DateOrder order;
    private final OutletTable outlets;

    RowMetadata(DateOrder order, OutletTable outlets) {
        this.order = order;
        this.outlets = outlets;
    }

    Result read(Row row) {
        List<InputRejectedException> problems = new ArrayList<>();
        Optional<LocalDate> date = field(row, Column.DATE, problems, v -> PublicationDates.parse(v, order),
                "stored without a date; fix the value, or set --date-order if the file's dates are in another order");
        Optional<String> url = field(row, Column.URL, problems, RowMetadata::url, "stored without a URL");
        Optional<String> language = field(row, Column.LANGUAGE, problems, RowMetadata::language,
                "stored without a language");
        Document.Metadata m = new Document.Metadata(row.get(Column.TITLE).map(t -> t.replaceAll("\\s+", " ")),
                row.get(Column.OUTLET).map(outlets::name), date, url, language, row.get(Column.AUTHOR));
        return new Result(m, problems);
    }

    private static <T> Optional<T> field(Row row, Column column, List<InputRejectedException> problems,
                                         Function<String, T> parse, String consequence) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value.get()));
        } catch (IllegalArgumentException e) {
            problems.add(new InputRejectedException(row.where(), column.label() + " " + e.getMessage() + "; " + consequence));
            return Optional.empty();
        }
    }

    private static String url(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below, as any other value that is no absolute web address
        }
        throw new IllegalArgumentException("'" + value + "' is not an absolute http(s) URL");
    }

    private static String language(String value) {
        if (!LANGUAGE_TAG.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a language tag such as en or en-GB");
        }
        return value;
    }
}
