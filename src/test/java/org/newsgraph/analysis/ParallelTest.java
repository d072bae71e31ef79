package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeBackInTheOrderOfTheInputWhicheverThreadEndsFirst() {
        List<Integer> items = IntStream.range(0, 40).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = Parallel.map(items, i -> {
            threads.add(Thread.currentThread().getName());
            sleep((40 - i) % 7);
            return i * i;
        }, 3);
        assertEquals(items.stream().map(i -> i * i).toList(), out);
        assertTrue(threads.size() > 1, "ran on " + threads);
    }

    @Test
    void aFailureInATaskReachesTheCallerAsItself() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad claim");
        IllegalArgumentException caught = assertThrows(IllegalArgumentException.class,
                () -> Parallel.map(List.of(1, 2, 3), i -> {
                    if (i == 2) {
                        throw thrown;
                    }
                    return i;
                }, 2));
        assertSame(thrown, caught);
    }

    @Test
    void chunksCoverTheListInOrder() {
        List<Integer> items = IntStream.range(0, 7).boxed().toList();
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6)), Parallel.chunks(items, 3));
        assertEquals(List.of(), Parallel.chunks(List.of(), 3));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
