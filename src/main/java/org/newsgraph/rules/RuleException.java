package org.newsgraph.rules;

/**
 * A rule file, pattern or lexicon that cannot be used. The message says which file and rule, where in
 * the pattern, and what is allowed; rules are checked when they are loaded, before any article is read.
 */
public final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleException(String message) {
        super(message);
    }

    public RuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
