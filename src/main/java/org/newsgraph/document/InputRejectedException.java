package org.newsgraph.document;

/**
 * An input file newsgraph will not ingest; the message names the file and says why and what to do.
 * The rest of a batch goes on.
 */
public final class InputRejectedException extends Exception {
    private final String source;

    public InputRejectedException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
