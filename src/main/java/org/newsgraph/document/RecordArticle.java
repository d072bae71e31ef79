package org.newsgraph.document;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An article given as a record of a records file (JSON Lines, JSON, CSV, TSV): its text and metadata
 * come from the record's fields. The text is checked as a file's would be: not empty, not binary,
 * within the size limit; line ends become LF. A text that is a web page is read as one.
 *
 * @param name     the document's name: the record's file or id field, else {@code table:line}
 * @param where    the table and line it was read from
 * @param text     the record's text field, as given
 * @param given    the metadata its other fields give
 * @param maxBytes the most UTF-8 bytes an article's text may take
 */
record RecordArticle(String name, String where, String text, Document.Metadata given, long maxBytes)
        implements ArticleInput {

    RecordArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(given, "given");
    }

    @Override
    public String source() {
        return where;
    }

    @Override
    public Document read() throws InputRejectedException {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InputRejectedException(where, "text is " + ByteLimit.human(bytes) + ", over the "
                    + ByteLimit.human(maxBytes) + " limit for one article; split it or raise --max-file-size");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputRejectedException(where, "text holds NUL characters: binary data, not an article");
        }
        String normalised = PlainTextReader.normalise(text);
        if (normalised.isBlank()) {
            throw new InputRejectedException(where, "text is empty; nothing to ingest");
        }
        if (PlainTextReader.looksLikeHtml(normalised)) {
            // Scrapers often keep the page itself: read it as the web page it is.
            return HtmlReader.fromHtml(name, where, normalised, given);
        }
        return Document.of(name, where, normalised, given);
    }
}
