package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.document.Document;

class OpenNlpAnnotatorTest {

    private static AnnotatedText annotate(String text) {
        Document d = new Document("t.txt", "t.txt", text, "sha256:0", Document.Metadata.NONE);
        return Fixtures.models().newAnnotator().annotate(d);
    }

    private static void assertOffsetsPointIntoTheText(AnnotatedText t) {
        String text = t.document().text();
        for (Sentence s : t.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (Token token : s.tokens()) {
                assertEquals(text.substring(token.start(), token.end()), token.text());
            }
        }
    }

    @Test
    void splitsSentencesAndEndsOneAtEachLineBreak() {
        AnnotatedText t = annotate("Aleppo falls\nThe army advanced. Rebels withdrew.\n");
        assertEquals(List.of("Aleppo falls", "The army advanced.", "Rebels withdrew."),
                t.sentences().stream().map(Sentence::text).toList());
        assertOffsetsPointIntoTheText(t);
    }

    @Test
    void keepsATitleAbbreviationInsideItsSentence() {
        AnnotatedText t = annotate("Col. Gen. Sergei Rudskoi said the corridor was open.");
        assertEquals(1, t.sentences().size());
    }

    @Test
    void cutsAnEndlessLineWithoutSentenceBreaksIntoBoundedPieces() {
        String text = "and the shelling went on ".repeat(20_000);
        AnnotatedText t = annotate(text);
        assertTrue(t.sentences().size() >= text.length() / OpenNlpAnnotator.MAX_SENTENCE_CHARS);
        for (Sentence s : t.sentences()) {
            assertTrue(s.text().length() <= OpenNlpAnnotator.MAX_SENTENCE_CHARS, "sentence of " + s.text().length());
        }
        assertOffsetsPointIntoTheText(t);
    }

    @Test
    void cutsALineWithoutAnySpaceWithoutSplittingACharacter() {
        String text = "\uD83D\uDE00".repeat(3_000);
        AnnotatedText t = annotate(text);
        for (Sentence s : t.sentences()) {
            assertTrue(s.text().length() <= OpenNlpAnnotator.MAX_SENTENCE_CHARS);
            assertFalse(Character.isLowSurrogate(s.text().charAt(0)), "piece starts inside a character");
        }
        assertEquals(text, String.join("", t.sentences().stream().map(Sentence::text).toList()));
    }

    @Test
    void aTextOfOnlyPunctuationAndSpacesGivesNoEmptySentences() {
        AnnotatedText t = annotate("  \n . \n\n");
        assertTrue(t.sentences().stream().noneMatch(s -> s.text().isBlank()));
    }
}
