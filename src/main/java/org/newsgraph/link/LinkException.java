package org.newsgraph.link;

/**
 * A link source could not answer: endpoint unreachable, too slow, refusing, or answering something
 * that is not SPARQL results. The message names the source and what went wrong.
 */
public final class LinkException extends RuntimeException {
    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
