package org.newsgraph.document;

import java.nio.file.Path;

/** Reads one input file into a {@link Document}, or rejects it with a reason the user can act on. */
public interface DocumentReader {

    /**
     * @param file a regular file
     * @return the document, never null
     * @throws InputRejectedException when the file is not a readable news article in this reader's format
     */
    Document read(Path file) throws InputRejectedException;
}
