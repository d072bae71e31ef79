package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;

/** "Long Name (LN)" defines an acronym; the tokens alone decide it. */
class AcronymDefinitionTest {

    /** Tokens of a sentence written with spaces between them. */
    private static List<Token> tokens(String spaced) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : spaced.split(" ")) {
            out.add(new Token(at, at + w.length(), w, "X"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void capitalsInParenthesesThatStartWithTheNamesInitialDefineIt() {
        assertEquals(Optional.of("LRC"), AcronymDefinition.after(tokens("The Levant Relief Coalition ( LRC ) opened"), 1, 4));
    }

    @Test
    void capitalsThatStartWithAnotherLetterDoNot() {
        assertEquals(Optional.empty(), AcronymDefinition.after(tokens("The Levant Relief Coalition ( LRC ) opened"), 2, 4));
    }

    @Test
    void aOneWordNameDoesNot() {
        assertEquals(Optional.empty(), AcronymDefinition.after(tokens("Levant ( LV ) opened"), 0, 1));
    }

    @Test
    void lowerCaseInParenthesesDoesNot() {
        assertEquals(Optional.empty(), AcronymDefinition.after(tokens("Levant Relief Coalition ( lrc ) opened"), 0, 3));
    }
}
