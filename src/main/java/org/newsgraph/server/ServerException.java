package org.newsgraph.server;

/** A server setting or start-up problem the operator can act on (port in use, no login); the message says which. */
public final class ServerException extends RuntimeException {
    public ServerException(String message) {
        super(message);
    }

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
