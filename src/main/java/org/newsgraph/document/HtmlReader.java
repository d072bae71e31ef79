package org.newsgraph.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;

/**
 * Reads a news article saved as a web page ({@code .html}, {@code .htm}) with jsoup: the character set
 * from the byte-order mark or the page's {@code <meta charset>} (else UTF-8), the headline, outlet, date,
 * URL, language and author from the page's markup, and the article's own text without the page around it
 * ({@link MainText}). Metadata given with the file wins over the page's.
 */
public final class HtmlReader implements DocumentReader {

    private final ByteLimit limit;

    public HtmlReader(long maxBytes) {
        this.limit = new ByteLimit(maxBytes);
    }

    @Override
    public Document read(Path file, Document.Metadata given) throws InputRejectedException {
        String source = file.toString();
        byte[] bytes = limit.read(file);
        org.jsoup.nodes.Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new InputRejectedException(source, "cannot read web page (" + e.getMessage() + ")");
        }
        return document(file.getFileName().toString(), source, WebPage.read(page), given);
    }

    /** An article from HTML held in a string (a record's text). */
    static Document fromHtml(String name, String source, String html, Document.Metadata given)
            throws InputRejectedException {
        return document(name, source, WebPage.read(Jsoup.parse(html)), given);
    }

    private static Document document(String name, String source, WebPage page, Document.Metadata given)
            throws InputRejectedException {
        if (page.text().isBlank()) {
            throw new InputRejectedException(source, "web page holds no article text (no paragraphs outside navigation,"
                    + " share buttons and other page furniture)");
        }
        return Document.of(name, source, page.text(), page.metadata().overriddenBy(given));
    }
}
