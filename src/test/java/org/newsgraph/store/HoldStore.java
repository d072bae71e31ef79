package org.newsgraph.store;

import java.nio.file.Path;

/** Test helper run in a child JVM: holds a store open until its standard input closes. */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(Path.of(args[0]))) {
            System.out.println("holding " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait: the test closes our standard input (or dies) when it is done.
            }
        }
    }
}
