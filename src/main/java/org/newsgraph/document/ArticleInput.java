package org.newsgraph.document;

/**
 * One article to ingest, as listed: a file to read, a record already parsed, or a problem found while
 * listing (which {@link #read()} reports in its place). Listing is cheap and happens in input order;
 * reading may happen later, on a worker thread.
 */
public interface ArticleInput {

    /** Where it comes from, for messages: a path, or a table and line ({@code records.jsonl:12}). */
    String source();

    /**
     * @return the document, never null
     * @throws InputRejectedException when it is not a readable article (or stands for a listing problem)
     */
    Document read() throws InputRejectedException;

    /** A problem found while listing, reported where the article would have been. */
    static ArticleInput failed(InputRejectedException problem) {
        return new ArticleInput() {
            @Override
            public String source() {
                return problem.source();
            }

            @Override
            public Document read() throws InputRejectedException {
                throw problem;
            }
        };
    }
}
