package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Corrects the statistical tokenizer where news text trips it: it leaves the possessive on the noun
 * ("Aleppo's", "Syria’s"), keeps a sentence-final full stop or a comma on the word ("Aleppo.",
 * "Aleppo,"), and glues a
 * dateline's year to the next word ("2016Forces"). Rules find entities by token, so these splits matter.
 */
final class TokenSplitter {

    private TokenSplitter() {
    }

    static Span[] refine(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            boolean last = i == spans.length - 1 || isClosingPunctuationOnly(sentence, spans, i + 1);
            split(sentence, spans[i].getStart(), spans[i].getEnd(), last, out);
        }
        return out.toArray(new Span[0]);
    }

    private static boolean isClosingPunctuationOnly(String sentence, Span[] spans, int from) {
        for (int j = from; j < spans.length; j++) {
            String t = sentence.substring(spans[j].getStart(), spans[j].getEnd());
            if (!t.chars().allMatch(c -> "\"'”’)]".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static void split(String s, int start, int end, boolean sentenceFinal, List<Span> out) {
        int len = end - start;
        if (len > 1 && ",;:!?".indexOf(s.charAt(end - 1)) >= 0 && Character.isLetter(s.charAt(end - 2))) {
            split(s, start, end - 1, false, out);
            out.add(new Span(end - 1, end));
            return;
        }
        if (len > 1 && sentenceFinal && s.charAt(end - 1) == '.' && !isAbbreviation(s, start, end)) {
            split(s, start, end - 1, false, out);
            out.add(new Span(end - 1, end));
            return;
        }
        if (len > 2 && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’')
                && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S') && Character.isLetter(s.charAt(end - 3))) {
            out.add(new Span(start, end - 2));
            out.add(new Span(end - 2, end));
            return;
        }
        if (len > 1 && s.charAt(end - 1) == '-' && Character.isLetter(s.charAt(end - 2))) {
            split(s, start, end - 1, false, out);
            out.add(new Span(end - 1, end));
            return;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (s.charAt(k) == '-' && Character.isLetterOrDigit(s.charAt(k - 1)) && Character.isLetter(s.charAt(k + 1))) {
                split(s, start, k, false, out);
                out.add(new Span(k, k + 1));
                split(s, k + 1, end, sentenceFinal, out);
                return;
            }
        }
        for (int k = start + 4; k < end; k++) {
            if (Character.isDigit(s.charAt(k - 1)) && Character.isUpperCase(s.charAt(k))
                    && k - start >= 4 && allDigits(s, start, k)) {
                out.add(new Span(start, k));
                split(s, k, end, sentenceFinal, out);
                return;
            }
        }
        out.add(new Span(start, end));
    }

    /** U.S. and U.N. keep their last full stop; a word with no inner full stop gives it up. */
    private static boolean isAbbreviation(String s, int start, int end) {
        return s.substring(start, end - 1).indexOf('.') >= 0;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
