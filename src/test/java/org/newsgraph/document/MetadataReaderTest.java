package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Fixtures;

class MetadataReaderTest {

    private static Document.Metadata read(String text) {
        return new MetadataReader().read(text);
    }

    private static Document.Metadata metadata(String title, String outlet, String date) {
        return new Document.Metadata(Optional.ofNullable(title), Optional.ofNullable(outlet),
                Optional.ofNullable(date).map(LocalDate::parse));
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                // A bare article: no headline line, no outlet, no date in the text.
                Arguments.of("000_452fc2da8a739905.txt", metadata(null, null, null)),
                Arguments.of("001_afb9427213da1a0d.txt", metadata("Russia claims to have ‘helped’ 8,000 Syrians flee Aleppo",
                        "Middle East Monitor", "2016-12-01")),
                Arguments.of("002_50bcb06095c7dcc2.txt", metadata("Aleppo militants safe passage deal with US unreal: Russia",
                        "Press TV", "2016-12-11")),
                // The credit line names news agencies, not the outlet that published the article.
                Arguments.of("003_de6a8bde888a1628.txt", metadata("Russia: Active military operations 'suspended' in Aleppo",
                        null, "2016-12-08")),
                Arguments.of("004_9e07016278072518.txt", metadata("Russia says Syria army halts Aleppo attacks as rebels cornered",
                        "Viet Nam News", "2016-12-09")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsWhatEachSeedStates(String file, Document.Metadata expected) throws Exception {
        assertEquals(expected, read(Files.readString(Fixtures.seeds().resolve(file))));
    }

    @Test
    void readsALabelledIsoDateAndACopyrightLine() {
        assertEquals(metadata("Syrian army retakes eastern Aleppo district", "The Associated Press", "2016-12-12"), read("""
                Syrian army retakes eastern Aleppo district
                Published: 2016-12-12 14:05 GMT
                Government forces pushed into the district on Monday, a monitor said.
                Copyright 2016 The Associated Press. All rights reserved.
                """));
    }

    @Test
    void aLabelledDateWinsOverAnEarlierDateInTheText() {
        Document.Metadata m = read("""
                Five years of war in Syria
                The war began on March 15, 2011, when protests spread.
                Last updated 3rd April 2017
                """);
        assertEquals(Optional.of(LocalDate.of(2017, 4, 3)), m.published());
    }

    @Test
    void readsAbbreviatedMonthsWithOrdinals() {
        assertEquals(Optional.of(LocalDate.of(2017, 4, 5)),
                read("Talks resume in Geneva\nUpdated: Apr. 5th, 2017 10:32 a.m. ET\nDiplomats met.\n").published());
    }

    @Test
    void readsSlashSeparatedYearFirstDates() {
        assertEquals(Optional.of(LocalDate.of(2016, 12, 9)),
                read("Convoy reaches Idlib after long delay\nPosted 2016/12/09\nThe convoy arrived.\n").published());
    }

    @Test
    void doesNotGuessAmbiguousNumericDates() {
        assertEquals(Optional.empty(), read("Convoy reaches Idlib after long delay\nPosted 05/04/2017\nThe convoy arrived.\n")
                .published());
    }

    @Test
    void skipsAnImpossibleDateForTheNextOne() {
        assertEquals(Optional.of(LocalDate.of(2016, 3, 1)),
                read("Aid reaches Madaya after months\nFebruary 30, 2016 was printed; it was March 1, 2016.\n").published());
    }

    @Test
    void aBylineOrADatelineIsNotTheHeadline() {
        assertEquals(Optional.of("Rebels agree to leave eastern Aleppo"), read("""
                By Jane Doe and John Roe
                December 13, 2016
                Rebels agree to leave eastern Aleppo
                Fighters and their families will leave the city, a rebel official said.
                """).title());
    }

    @Test
    void aHeadlineAfterBreadcrumbsAndSiteLogo() {
        Document.Metadata m = read("""
                Site logo Al-Monitor
                World / Middle East
                Turkey-backed rebels advance on al-Bab
                The advance began at dawn, officials said.
                """);
        assertEquals(Optional.of("Turkey-backed rebels advance on al-Bab"), m.title());
        assertEquals(Optional.of("Al-Monitor"), m.outlet());
    }

    @Test
    void aQuestionCanBeAHeadline() {
        assertEquals(Optional.of("Is the Aleppo truce over?"), read("Is the Aleppo truce over?\nShelling resumed at dawn.\n").title());
    }

    @Test
    void aFirstLineThatIsASentenceIsNoHeadline() {
        assertEquals(Optional.empty(), read("The truce held on Sunday, officials said.\nIt was the second day.\n").title());
    }

    @Test
    void readsAMastheadLineAsTheOutlet() {
        assertEquals(Optional.of("Kyiv Post"), read("Kyiv Post\nUkraine sends aid to Syria\nThe aid left on Monday.\n").outlet());
    }

    @Test
    void readsTheOutletFromAWebsiteFooter() {
        assertEquals(Optional.of("Al Jazeera"), read("Aleppo falls\nThe city fell.\nAl Jazeera's website is at the address below.\n")
                .outlet());
    }

    @Test
    void aTextWithoutAnyOfItGivesNothing() {
        assertEquals(Document.Metadata.NONE, read("fighting continued.\n"));
    }
}
