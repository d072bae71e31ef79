package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** Web pages of three common layouts, written for these tests, in {@code src/test/resources/html/}. */
class HtmlReaderTest {

    private static final Path PAGES = Fixtures.root().resolve("src/test/resources/html");

    @TempDir
    Path dir;

    private static Document read(String page) throws InputRejectedException {
        return new HtmlReader(PlainTextReader.DEFAULT_MAX_BYTES).read(PAGES.resolve(page));
    }

    private static void assertLacks(String text, List<String> furniture) {
        for (String f : furniture) {
            assertFalse(text.contains(f), "the text keeps page furniture '" + f + "':\n" + text);
        }
    }

    @Test
    void anArticlePageGivesItsParagraphsInOrder() throws Exception {
        assertEquals("""
                Russia says Syrian army pauses Aleppo offensive

                MOSCOW (Example Wire) - The Syrian army has paused its offensive in eastern Aleppo to let civilians \
                leave, Russian Foreign Minister Sergei Lavrov said on Thursday.

                Lavrov told reporters in Hamburg that about 8,000 people would be evacuated along a five-kilometre \
                corridor, and that talks with the United States on the rebels' withdrawal would resume in Geneva on Saturday.

                The United Nations said it had no confirmation that the fighting had stopped, and residents reported \
                shelling in the Old City in the afternoon.

                Rebel officials rejected the Russian account, saying government forces and allied militias were still \
                attacking the districts they hold.""", read("wire-story.html").text());
    }

    @Test
    void anArticlePageGivesHeadlineOutletDateUrlLanguageAndAuthorFromItsMarkup() throws Exception {
        assertEquals(new Document.Metadata(Optional.of("Russia says Syrian army pauses Aleppo offensive"),
                Optional.of("Example Wire"), Optional.of(LocalDate.of(2016, 12, 8)),
                Optional.of("https://www.example-wire.com/world/syria-aleppo-pause-20161208"), Optional.of("en-GB"),
                Optional.of("Jane Reporter")), read("wire-story.html").metadata());
    }

    @Test
    void aPageWithoutArticleMarkupIsReadFromItsDensestParagraphs() throws Exception {
        Document d = read("div-layout.html");
        assertTrue(d.text().startsWith("Monitor: air strikes hit hospital in Idlib province\n\nAir strikes hit a hospital"),
                d.text());
        assertTrue(d.text().endsWith("Damascus has repeatedly denied targeting medical facilities."), d.text());
        assertLacks(d.text(), List.of("Sign in", "Share", "morning briefing", "Sign up", "Comments", "Reader One",
                "Most read", "Rebels and army clash", "Copyright"));
    }

    @Test
    void withoutMetaTagsTheHeadlineAndOutletComeFromTheTitleAndTheDateFromMetaDate() throws Exception {
        Document.Metadata m = read("div-layout.html").metadata();
        assertEquals(List.of(Optional.of("Monitor: air strikes hit hospital in Idlib province"),
                Optional.of("The Daily Example"), Optional.of(LocalDate.of(2017, 4, 5))),
                List.of(m.title(), m.outlet(), m.published()));
    }

    @Test
    void aMicrodataArticleBodyDropsCaptionsTagsAndLinkLines() throws Exception {
        Document d = read("microdata.html");
        assertTrue(d.text().contains("\"The town is almost entirely under our control,\" the commander told"), d.text());
        assertTrue(d.text().contains("Kurdish-led forces, which Ankara regards as terrorists"), d.text());
        assertLacks(d.text(), List.of("Fighters in the outskirts", "AFP photo", "Also read", "Who are the Kurdish",
                "Trending", "Astana talks", "Independent news"));
        assertEquals(List.of(Optional.of("Example Observer"), Optional.of(LocalDate.of(2017, 2, 23))),
                List.of(d.metadata().outlet(), d.metadata().published()));
    }

    @Test
    void metadataGivenWinsOverThePages() throws Exception {
        Document.Metadata given = new Document.Metadata(Optional.empty(), Optional.of("Reuters"), Optional.empty());
        Document d = new HtmlReader(PlainTextReader.DEFAULT_MAX_BYTES).read(PAGES.resolve("wire-story.html"), given);
        assertEquals(Optional.of("Reuters"), d.metadata().outlet());
        assertEquals(Optional.of("Russia says Syrian army pauses Aleppo offensive"), d.metadata().title());
    }

    @Test
    void aPageInTheCharacterSetItsMetaTagNamesIsDecoded() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 talks in Gen\u00e8ve</title></head>"
                + "<body><p>Delegates met in a caf\u00e9 in Gen\u00e8ve on Monday, a spokesman said.</p></body></html>";
        Path page = Files.write(dir.resolve("page.html"), html.getBytes(Charset.forName("windows-1252")));
        Document d = new HtmlReader(PlainTextReader.DEFAULT_MAX_BYTES).read(page);
        assertTrue(d.text().endsWith("Delegates met in a caf\u00e9 in Gen\u00e8ve on Monday, a spokesman said."), d.text());
    }

    @Test
    void aPageWithNothingButFurnitureIsRejected() {
        Path page = PAGES.resolve("navigation-only.html");
        String message = assertThrows(InputRejectedException.class,
                () -> new HtmlReader(PlainTextReader.DEFAULT_MAX_BYTES).read(page)).getMessage();
        assertEquals(page + ": web page holds no article text (no paragraphs outside navigation, share buttons and other "
                + "page furniture)", message);
    }
}
