package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.newsgraph.pipeline.ProgressListener;

/** A one-line progress bar on stderr, redrawn at most ten times a second; silent when not on a terminal. */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintStream err) {
        this.err = err;
    }

    static ProgressListener onTerminal(PrintStream err) {
        return System.console() != null ? new ProgressBar(err) : ProgressListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = (now - started) / 1e9;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f/s ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, seconds > 0 ? done / seconds : 0.0);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        }
        err.flush();
    }
}
