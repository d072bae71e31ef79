package org.newsgraph.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where rule files and lexicons are read from: the copy of {@code ontology/} shipped in the jar, or a
 * directory an analyst edits (same layout: {@code rules/} and {@code lexicon/}).
 */
public interface RuleSource {

    /** @param path relative to the source's root, e.g. {@code lexicon/attack-verbs.txt}; empty when absent */
    Optional<String> read(String path);

    /** How to name a file of this source in a message. */
    String describe(String path);

    /** The {@code ontology/} folder inside the jar. */
    static RuleSource shipped() {
        return new RuleSource() {
            @Override
            public Optional<String> read(String path) {
                try (InputStream in = RuleSource.class.getResourceAsStream("/ontology/" + path)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read ontology/" + path + " from the jar", e);
                }
            }

            @Override
            public String describe(String path) {
                return "ontology/" + path;
            }
        };
    }

    /** A directory laid out like {@code ontology/}. */
    static RuleSource directory(Path root) {
        return new RuleSource() {
            @Override
            public Optional<String> read(String path) {
                Path p = root.resolve(path);
                if (!Files.isRegularFile(p)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new RuleException("cannot read " + p + ": " + e.getMessage(), e);
                }
            }

            @Override
            public String describe(String path) {
                return root.resolve(path).toString();
            }
        };
    }
}
