package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

    private static String problem(String value, DateOrder order) {
        return assertThrows(IllegalArgumentException.class, () -> PublicationDates.parse(value, order)).getMessage();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "4/5/17|MDY|2017-04-05",
        "4/5/17|DMY|2017-05-04",
        "17/4/5|YMD|2017-04-05",
        "04/05/2017|MDY|2017-04-05",
        "05.04.2017|DMY|2017-04-05",
        "2017-04-05|DMY|2017-04-05",
        "2017-04-05T23:30:00-05:00|MDY|2017-04-05",
        "2017-04-05 10:30:00|MDY|2017-04-05",
        "4/5/17 10:30|MDY|2017-04-05",
        "April 5, 2017|DMY|2017-04-05",
        "'Wed, 05 Apr 2017 10:30:00 GMT'|MDY|2017-04-05",
    })
    void readsTheFormatsMetadataFilesUse(String value, DateOrder order, String expected) {
        assertEquals(LocalDate.parse(expected), PublicationDates.parse(value, order));
    }

    @Test
    void aTwoDigitYearFrom70IsInThe1900s() {
        assertEquals(LocalDate.of(1999, 12, 31), PublicationDates.parse("12/31/99", DateOrder.MDY));
        assertEquals(LocalDate.of(2069, 1, 2), PublicationDates.parse("1/2/69", DateOrder.MDY));
    }

    @Test
    void aMonthFirstDateReadDayFirstSaysWhichOrderItTried() {
        assertEquals("'4/16/17' read day-first (--date-order DMY) has no month 16", problem("4/16/17", DateOrder.DMY));
    }

    @Test
    void aDayThatMonthLacksIsNamed() {
        assertEquals("'2/30/17' read month-first (--date-order MDY) has no day 30 in February 2017",
                problem("2/30/17", DateOrder.MDY));
    }

    @Test
    void textThatIsNoDateSaysWhatIsRead() {
        assertTrue(problem("last Tuesday", DateOrder.MDY).startsWith("'last Tuesday' is not a date; give e.g. 2017-04-05"));
    }

    @Test
    void yearFirstOrderRefusesADateEndingInAYear() {
        assertEquals("'04/05/2017' does not start with a year, as --date-order YMD says", problem("04/05/2017", DateOrder.YMD));
    }
}
