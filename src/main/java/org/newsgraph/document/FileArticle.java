package org.newsgraph.document;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An article in a file of its own, read by the reader of its format with the metadata given for it.
 *
 * @param file   the article file
 * @param reader the reader of its format
 * @param given  metadata given for it in a metadata file, or {@link Document.Metadata#NONE}
 */
record FileArticle(Path file, DocumentReader reader, Document.Metadata given) implements ArticleInput {

    FileArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(given, "given");
    }

    @Override
    public String source() {
        return file.toString();
    }

    @Override
    public Document read() throws InputRejectedException {
        return reader.read(file, given);
    }
}
