package org.newsgraph.proposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When a claim's event took place, from its words and the article's date (a Thursday, 6 April 2017). */
class TimeRulesTest {

    private static String time(ClaimContent c) {
        return c.time().map(t -> t.from() + ".." + t.to() + " " + t.precision() + " '" + t.expression() + "'").orElse("none");
    }

    @Test
    void aWeekdayIsTheLastSuchDayBeforeTheArticle() {
        ClaimContent c = Contents.of(Contents.DATED + "Igor Konashenkov said rebels shelled Aleppo on Tuesday.", "shelled");
        assertEquals("2017-04-04..2017-04-04 STATED 'Tuesday'", time(c));
    }

    @Test
    void theLast24HoursAreTheDayBeforeAndTheDayOf() {
        ClaimContent c = Contents.of(Contents.DATED + "Igor Konashenkov said 300 civilians left Douma in the last 24 hours.",
                "300 civilians");
        assertEquals("2017-04-05..2017-04-06 STATED 'in the last 24 hours'", time(c));
    }

    @Test
    void anAbsoluteDateNeedsNoArticleDate() {
        ClaimContent c = Contents.of("Igor Konashenkov said the convoy left Homs on March 3, 2016.", "convoy left");
        assertEquals("2016-03-03..2016-03-03 STATED 'March 3, 2016'", time(c));
    }

    @Test
    void aTimeWordInTheAttributionDatesTheStatement() {
        ClaimContent c = Contents.of(Contents.DATED + "Igor Konashenkov said on Tuesday that rebels shelled Aleppo.",
                "shelled");
        assertEquals("2017-04-02..2017-04-04 REPORTED 'Tuesday'", time(c));
    }

    @Test
    void aRelativeClauseDoesNotDateTheEvent() {
        ClaimContent c = Contents.of(Contents.DATED + "Igor Konashenkov said the army, which took Palmyra last week, "
                + "halted its advance.", "halted");
        assertEquals("2017-04-04..2017-04-06 REPORTED ''", time(c));
    }

    @Test
    void withoutAnyDateTheTimeIsUnknown() {
        ClaimContent c = Contents.of("Igor Konashenkov said rebels shelled Aleppo on Tuesday.", "shelled");
        assertEquals("none", time(c));
    }
}
