package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.claim.Attribution;
import org.newsgraph.claim.Stance;

/**
 * The one place this stage reads the extraction's output: attributed statements become
 * {@link ReportedClaim}s, one per span of words, as the RDF stage makes one ng:Claim per span.
 */
public final class ReportedClaims {
    private ReportedClaims() {
    }

    public static List<ReportedClaim> from(List<Attribution> attributions) {
        Map<String, List<Attribution>> bySpan = new LinkedHashMap<>();
        for (Attribution a : attributions) {
            bySpan.computeIfAbsent(a.evidence().start() + "-" + a.evidence().end(), k -> new ArrayList<>()).add(a);
        }
        List<ReportedClaim> out = new ArrayList<>();
        for (List<Attribution> same : bySpan.values()) {
            Attribution first = same.get(0);
            out.add(new ReportedClaim(first.evidence().start(), first.evidence().end(), first.evidence().text(), first.cue(),
                    same.stream().map(Attribution::speaker).distinct().toList(),
                    same.stream().anyMatch(a -> a.stance() == Stance.DENIES)));
        }
        return out;
    }
}
