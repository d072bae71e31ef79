package org.newsgraph.document;

import java.nio.file.Path;

/** Reads one input file into a {@link Document}, or rejects it with a reason the user can act on. */
public interface DocumentReader {

    /**
     * @param file  a regular file
     * @param given metadata given with the file (a sidecar row); each field it states wins over what the
     *              file itself says; {@link Document.Metadata#NONE} for none
     * @return the document, never null
     * @throws InputRejectedException when the file is not a readable news article in this reader's format
     */
    Document read(Path file, Document.Metadata given) throws InputRejectedException;

    /** Reads a file with no metadata given. */
    default Document read(Path file) throws InputRejectedException {
        return read(file, Document.Metadata.NONE);
    }
}
