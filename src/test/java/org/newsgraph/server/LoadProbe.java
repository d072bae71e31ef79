package org.newsgraph.server;

/**
 * A class whose initialisation shows in a system property: a query naming
 * {@code <java:org.newsgraph.server.LoadProbe>} must not get it loaded.
 */
public final class LoadProbe {
    static final String PROPERTY = "newsgraph.test.load-probe";

    static {
        System.setProperty(PROPERTY, "initialised");
    }

    private LoadProbe() {
    }
}
