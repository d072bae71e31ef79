package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsgraph.pipeline.ProgressListener;

/**
 * A one-line progress bar on stderr with rate and time left, redrawn at most ten times a second, and
 * a line for each long step after the articles; silent when not on a terminal. Hand-written rather than
 * a library: the maintained Java ones (me.tongfei:progressbar) bring JLine for the terminal width, which
 * this one line does not need.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastDraw;

    ProgressBar(PrintStream err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
    }

    static ProgressListener onTerminal(PrintStream err) {
        return System.console() != null ? new ProgressBar(err, System::nanoTime) : ProgressListener.NONE;
    }

    @Override
    public void progress(int done, int total) {
        long now = nanoClock.getAsLong();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double seconds = (now - started) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0.0;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d articles  %.1f/s  %s ", "#".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, rate, rate > 0 ? "ETA " + duration((total - done) / rate) : "ETA --");
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        }
        err.flush();
    }

    /** On a line of its own, below where the bar was, with the time since the ingest began. */
    @Override
    public void stage(String what) {
        err.printf(Locale.ROOT, "%s (at %s)%n", what, duration((nanoClock.getAsLong() - started) / 1e9));
        err.flush();
    }

    /** 42 s, 3m05s, 1h02m. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
