package org.newsgraph.document;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of one table file as its format gives them: column names and values, before fields are
 * matched. Subclasses read one row at a time in {@link #fetch()}.
 */
abstract class RawRows implements Iterator<RawRows.Raw>, Closeable {

    /**
     * One row, or a problem in place of one.
     *
     * @param line    the line it starts on (1-based)
     * @param values  values by column name as the file spells it, in file order; empty when {@code problem} is set
     * @param problem what is wrong with this row, or null
     */
    record Raw(long line, Map<String, String> values, String problem) {
        static Raw bad(long line, String problem) {
            return new Raw(line, Map.of(), problem);
        }
    }

    private Raw lookahead;
    private boolean done;

    /** The next row, or null at the end. */
    protected abstract Raw fetch();

    /** Ends the rows after the one being fetched: the rest of the file cannot be read. */
    protected final void stop() {
        done = true;
    }

    @Override
    public final boolean hasNext() {
        if (lookahead == null && !done) {
            lookahead = fetch();
            done |= lookahead == null;
        }
        return lookahead != null;
    }

    @Override
    public final Raw next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Raw row = lookahead;
        lookahead = null;
        return row;
    }
}
