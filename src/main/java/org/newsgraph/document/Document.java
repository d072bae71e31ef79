package org.newsgraph.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its file.
 *
 * @param fileName  the file's base name; it identifies the document across re-ingests
 * @param source    where the text was read from (a path), for messages only
 * @param text      the article text with line ends normalised to {@code \n} and no byte-order mark;
 *                  every character offset in the graph points into this string
 * @param hash      {@code sha256:} and the hex digest of {@code text} in UTF-8
 * @param metadata  headline, outlet and publication date as far as the text states them
 */
public record Document(String fileName, String source, String text, String hash, Metadata metadata) {

    public Document {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(metadata, "metadata");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is blank (source " + source + ")");
        }
        if (!hash.startsWith("sha256:")) {
            throw new IllegalArgumentException("hash must start with sha256:, got " + hash);
        }
    }

    /**
     * What the article says about itself. Each field is empty when the text does not state it.
     *
     * @param title     the headline
     * @param outlet    the outlet's name as the text gives it (site furniture, credit lines)
     * @param published the publication date
     */
    public record Metadata(Optional<String> title, Optional<String> outlet, Optional<LocalDate> published) {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());

        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(published, "published");
        }
    }
}
