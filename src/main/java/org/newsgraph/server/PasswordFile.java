package org.newsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * HTTP Basic login from a Jetty realm file: one line per user, {@code user: password[, role...]},
 * where the password may be plain or {@code OBF:}, {@code MD5:} or {@code CRYPT:}; '#' starts a comment.
 */
final class PasswordFile {
    private static final Pattern USER_LINE = Pattern.compile("\\s*[^#\\s][^:]*:\\s*\\S.*");

    private PasswordFile() {
    }

    /** What is wrong with the file, if anything: missing, unreadable, or naming no user (so no one could log in). */
    static Optional<String> problem(Path file) {
        if (!Files.isReadable(file)) {
            return Optional.of("password file " + file + " does not exist or is not readable");
        }
        try {
            if (Files.readAllLines(file).stream().noneMatch(line -> USER_LINE.matcher(line).matches())) {
                return Optional.of("password file " + file + " names no user; write lines of 'user: password'");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read password file " + file + ": " + e.getMessage());
        }
    }

    /**
     * A security handler that asks for a login from the file's users. The file is read once: Fuseki's
     * own reader would watch it with a thread that outlives the server.
     */
    static ConstraintSecurityHandler basicLogin(Path file) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(file));
        try {
            users.start();
        } catch (Exception e) {
            throw new ServerException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        return JettySecurityLib.makeSecurityHandler("newsgraph", users, AuthScheme.BASIC);
    }
}
