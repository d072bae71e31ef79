package org.newsgraph.document;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reader of each article file format, by file name extension; each format is registered here once,
 * and an extension claimed twice is an error. A file given by name with no registered extension is
 * read as plain text.
 */
final class ArticleReaders {

    private final Map<String, DocumentReader> byExtension = new LinkedHashMap<>();
    private final DocumentReader plainText;

    ArticleReaders(long maxBytes) {
        plainText = new PlainTextReader(maxBytes);
        register(plainText, "txt");
        register(new HtmlReader(maxBytes), "html", "htm");
    }

    private void register(DocumentReader reader, String... extensions) {
        for (String extension : extensions) {
            if (byExtension.putIfAbsent(extension, reader) != null) {
                throw new IllegalStateException("two readers for ." + extension + " files");
            }
        }
    }

    /** The reader for a file, by its extension. */
    DocumentReader forFile(Path file) {
        return byExtension.getOrDefault(extension(file), plainText);
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
