package org.newsgraph.proposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.claim.Claim;
import org.newsgraph.claim.ClaimType;

/**
 * The one place this stage reads the extraction's output: attributed statements become
 * {@link ReportedClaim}s, one per span of words, as the RDF stage makes one ng:Claim per span.
 */
public final class ReportedClaims {
    private ReportedClaims() {
    }

    public static List<ReportedClaim> from(List<Claim> claims) {
        Map<String, List<Claim>> bySpan = new LinkedHashMap<>();
        for (Claim c : claims) {
            if (!c.type().isRelation()) {
                bySpan.computeIfAbsent(c.evidence().start() + "-" + c.evidence().end(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ReportedClaim> out = new ArrayList<>();
        for (List<Claim> same : bySpan.values()) {
            Claim first = same.get(0);
            out.add(new ReportedClaim(first.evidence().start(), first.evidence().end(), first.evidence().text(), first.cue(),
                    same.stream().map(Claim::subject).distinct().toList(),
                    same.stream().anyMatch(c -> c.type() == ClaimType.DENIES)));
        }
        return out;
    }
}
