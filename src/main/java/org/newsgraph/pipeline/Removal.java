package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.store.KnowledgeStore;

/**
 * Takes documents out of a store, whole: named ones, or (pruning) those whose files are no longer
 * among the ones an ingest lists. A document is its file's base name, as for ingest.
 */
public final class Removal {
    /** Documents removed per write, so a crash keeps what was removed before it. */
    static final int PER_WRITE = 1_000;

    private Removal() {
    }

    /**
     * Removes the documents read from {@code files} (paths or bare file names; only the base name counts).
     *
     * @return the file names that were stored, and so removed
     */
    public static List<String> remove(KnowledgeStore store, Collection<Path> files) {
        List<String> names = files.stream().map(f -> f.getFileName().toString()).distinct().toList();
        List<String> removed = new ArrayList<>();
        for (int from = 0; from < names.size(); from += PER_WRITE) {
            removed.addAll(store.remove(names.subList(from, Math.min(names.size(), from + PER_WRITE))));
        }
        return removed;
    }

    /**
     * Removes every stored document whose file is not among {@code present}: the files a directory
     * holds now, when the store was built from that directory.
     *
     * @return the file names removed
     */
    public static List<String> prune(KnowledgeStore store, Collection<Path> present) {
        Set<String> keep = new HashSet<>();
        present.forEach(p -> keep.add(p.getFileName().toString()));
        List<Path> gone = new ArrayList<>();
        store.forEachFileName(name -> {
            if (!keep.contains(name)) {
                gone.add(Path.of(name));
            }
        });
        return remove(store, gone);
    }
}
