package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Rewrites a TDB2 store without what its old transactions left behind: a fresh store is filled beside
 * it ({@code DIR.compacting}) in one transaction, then the two directories swap by renames, and the old
 * one ({@code DIR.old}) is deleted. Not TDB2's own compaction: that gives the new generation all six
 * quad indexes whatever the store was made with.
 *
 * <p>Interrupted, it leaves the store as it was: a half-filled {@code DIR.compacting} is deleted the
 * next time the store opens, and a store caught between the two renames is moved back from
 * {@code DIR.old}. The disk holds both copies only while the fresh one is filled.
 */
final class Tdb2Compaction {
    private Tdb2Compaction() {
    }

    static Path fresh(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".compacting");
    }

    static Path old(Path dir) {
        return dir.resolveSibling(dir.getFileName() + ".old");
    }

    /** Fills a fresh store beside {@code dir} with everything {@code source} holds. */
    static void fill(Path dir, DatasetGraph source) {
        Path fresh = fresh(dir);
        if (Files.exists(fresh)) {
            DiskUsage.delete(fresh);
        }
        try (Tdb2Store copy = Tdb2Store.openOrCreate(fresh)) {
            DatasetGraph target = copy.datasetGraph();
            Txn.executeRead(source, () -> Txn.executeWrite(target, () -> source.find().forEachRemaining(target::add)));
        }
    }

    /** Puts the fresh store in place of the closed one at {@code dir} and deletes the old one. */
    static void swap(Path dir) {
        try {
            Files.move(dir, old(dir), StandardCopyOption.ATOMIC_MOVE);
            Files.move(fresh(dir), dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot move the compacted store into " + dir + ": " + e.getMessage()
                    + "; the store is in " + (Files.exists(dir) ? dir : old(dir)), e);
        }
        DiskUsage.delete(old(dir));
    }

    /** Undoes what an interrupted compaction left, before the store at {@code dir} is opened. */
    static void recover(Path dir) {
        try {
            if (!Files.exists(dir) && Files.isDirectory(old(dir))) {
                Files.move(old(dir), dir, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(fresh(dir))) {
                DiskUsage.delete(fresh(dir));
            }
            if (Files.exists(old(dir)) && Files.exists(dir)) {
                DiskUsage.delete(old(dir));
            }
        } catch (IOException e) {
            throw new StoreException("cannot recover " + dir + " from an interrupted compaction: " + e.getMessage(), e);
        }
    }
}
