package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work of the analysis spread over the machine's cores, its results given back in the order of its
 * input so that the graph does not depend on which thread finished first. Tasks are started in input
 * order, so the largest should come first.
 */
final class Parallel {
    private Parallel() {
    }

    /**
     * {@code f} of each item, in the order of {@code items}, on at most {@code most} threads; {@code f} must
     * only read what it shares.
     */
    static <T, R> List<R> map(List<T> items, Function<T, R> f, int most) {
        int threads = Math.min(items.size(), most);
        if (threads <= 1) {
            return items.stream().map(f).toList();
        }
        AtomicInteger started = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-analysis-" + started.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the cross-outlet analysis was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code items} cut into consecutive pieces of at most {@code size}, for {@link #map} over many small items. */
    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            out.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return out;
    }
}
