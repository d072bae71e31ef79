package org.newsgraph.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The most bytes one article may take, and reading a file within it.
 *
 * @param bytes a positive number of bytes
 */
record ByteLimit(long bytes) {

    ByteLimit {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the byte limit must be positive, got " + bytes);
        }
    }

    /** A file's bytes, or a rejection naming its size and the limit when it is larger. */
    byte[] read(Path file) throws InputRejectedException {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > bytes) {
                throw new InputRejectedException(source, "file is " + human(size) + ", over the " + human(bytes)
                        + " limit for one article; split it or raise --max-file-size");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException(source, "cannot read file (" + e.getMessage() + ")");
        }
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
