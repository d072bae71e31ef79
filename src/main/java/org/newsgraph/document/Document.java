package org.newsgraph.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its file or record.
 *
 * @param fileName  the file's base name (a record's name); it identifies the document across re-ingests
 * @param source    where the text was read from (a path, or a path and line), for messages and provenance
 * @param text      the article text with line ends normalised to {@code \n} and no byte-order mark;
 *                  every character offset in the graph points into this string
 * @param hash      {@code sha256:} and the hex digest of {@code text} in UTF-8, and of the metadata given
 *                  with it when there is some (see {@link #of})
 * @param metadata  headline, outlet, date, ...: what was given with the text, else what the text states
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
     * A document from its normalised text and the metadata given with it (a sidecar row, a record's
     * fields, an HTML page's head). Each given field wins over what the text states. The hash covers
     * the given metadata too, so a re-ingest with other metadata replaces the document; with none
     * given it is the hash of the text alone.
     */
    public static Document of(String fileName, String source, String text, Metadata given) {
        Metadata metadata = new MetadataReader().read(text).overriddenBy(given);
        String hashed = given.equals(Metadata.NONE) ? text : text + "\u0000" + given.canonical();
        return new Document(fileName, source, text, sha256(hashed), metadata);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * What is known about an article besides its text. Each field is empty when neither the metadata
     * given with the article nor its text states it.
     *
     * @param title     the headline
     * @param outlet    the outlet's name (site furniture, credit lines, a metadata column)
     * @param published the publication date
     * @param url       where the article was published: an absolute http(s) URL
     * @param language  its language as a BCP 47 tag ("en")
     * @param author    its author or authors, as given
     */
    public record Metadata(Optional<String> title, Optional<String> outlet, Optional<LocalDate> published,
                           Optional<String> url, Optional<String> language, Optional<String> author) {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());

        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(author, "author");
        }

        /** Headline, outlet and date: what an article's own text can state. */
        public Metadata(Optional<String> title, Optional<String> outlet, Optional<LocalDate> published) {
            this(title, outlet, published, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** This metadata with every field {@code given} states replaced by the given value. */
        public Metadata overriddenBy(Metadata given) {
            return new Metadata(given.title.or(() -> title), given.outlet.or(() -> outlet),
                    given.published.or(() -> published), given.url.or(() -> url), given.language.or(() -> language),
                    given.author.or(() -> author));
        }

        /** One line per field present, in a fixed order: what the content hash covers. */
        String canonical() {
            StringBuilder b = new StringBuilder();
            title.ifPresent(v -> b.append("title\t").append(v).append('\n'));
            outlet.ifPresent(v -> b.append("outlet\t").append(v).append('\n'));
            published.ifPresent(v -> b.append("published\t").append(v).append('\n'));
            url.ifPresent(v -> b.append("url\t").append(v).append('\n'));
            language.ifPresent(v -> b.append("language\t").append(v).append('\n'));
            author.ifPresent(v -> b.append("author\t").append(v).append('\n'));
            return b.toString();
        }
    }
}
