package org.newsgraph.proposition;

import java.util.List;
import java.util.Objects;

/**
 * What this stage reads of an attributed statement: its words and who said them. Several speakers
 * of the same words ("according to Reuters, rebel officials said ...") make one reported claim.
 *
 * @param start    char offset of the claim text into the document text, inclusive
 * @param end      char offset, exclusive
 * @param text     the claim text, verbatim
 * @param cue      the attribution word ("said", "according to", ":"), or "" when none is written
 * @param speakers entity keys of the speakers, at least one
 * @param denies   whether a speaker denies rather than claims it
 */
public record ReportedClaim(int start, int end, String text, String cue, List<String> speakers, boolean denies) {
    public ReportedClaim {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
        speakers = List.copyOf(speakers);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("claim [" + start + ", " + end + ") does not fit its text");
        }
        if (speakers.isEmpty()) {
            throw new IllegalArgumentException("claim '" + text + "' has no speaker");
        }
    }
}
