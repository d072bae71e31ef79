package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.TimeSpan;

/** The lookup the disagreement search compares a claim with: its article and the days that meet its own. */
class NearClaimsTest {
    private static final LocalDate DEC_8 = LocalDate.of(2016, 12, 8);

    @Test
    void aClaimMeetsItsArticleAndClaimsWithinADayInTheirOrder() {
        ClaimRecord halt = claim("a", 1, DEC_8, DEC_8);
        ClaimRecord sameArticleUndated = claim("a", 2, null, null);
        ClaimRecord dayBefore = claim("b", 1, DEC_8.minusDays(1), DEC_8.minusDays(1));
        ClaimRecord threeDaysLater = claim("c", 1, DEC_8.plusDays(3), DEC_8.plusDays(3));
        ClaimRecord weekSpanningIt = claim("d", 1, DEC_8.minusDays(5), DEC_8.plusDays(1));
        ClaimRecord otherUndated = claim("e", 1, null, null);
        NearClaims index = new NearClaims(List.of(threeDaysLater, halt, weekSpanningIt, sameArticleUndated, dayBefore,
                otherUndated));

        assertEquals(List.of(halt, weekSpanningIt, sameArticleUndated, dayBefore), index.near(halt));
        assertEquals(List.of(halt, sameArticleUndated), index.near(sameArticleUndated));
        assertEquals(List.of(halt, sameArticleUndated), index.sameArticle(halt));
        assertEquals(List.of(threeDaysLater), index.near(threeDaysLater));
        assertEquals(List.of(otherUndated), index.near(otherUndated));
    }

    private static ClaimRecord claim(String doc, int n, LocalDate from, LocalDate to) {
        Node docNode = NodeFactory.createURI("https://example.org/doc/" + doc);
        Optional<TimeSpan> time = from == null ? Optional.empty()
                : Optional.of(new TimeSpan(from, to, TimeSpan.Precision.STATED, "test"));
        return new ClaimRecord(NodeFactory.createURI(docNode.getURI() + "#claim" + n), docNode, doc + ".txt",
                Optional.empty(), Optional.empty(), n, "content " + n, List.of(), Optional.of("halt"),
                Event.Polarity.ASSERTED, Set.of(), Set.of(), Set.of(), time, List.of(), Set.of(), Set.of());
    }
}
