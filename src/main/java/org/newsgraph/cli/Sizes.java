package org.newsgraph.cli;

import java.util.Locale;
import org.newsgraph.store.KnowledgeStore;

/** Human-readable byte counts. */
final class Sizes {
    private Sizes() {
    }

    /** Where the store is, and its size on disk where that is known: "store (3.1 MB on disk)". */
    static String describe(KnowledgeStore store) {
        return store.bytesOnDisk().stream().mapToObj(b -> store.location() + " (" + human(b) + " on disk)").findFirst()
                .orElse(store.location() + " (remote)");
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
