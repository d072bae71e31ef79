package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.document.Document;

/**
 * Sentence detection, tokenisation and POS tagging with OpenNLP. Not thread-safe (the {@code *ME}
 * classes keep state): one instance per thread, from {@link NlpModels#newAnnotator()}.
 *
 * <p>Line breaks end sentences: headlines, captions and datelines stand on lines of their own in news
 * text and carry no final full stop. Overlong sentences (a wall of text without punctuation) are cut
 * at whitespace so that tagging time and claim texts stay bounded.
 */
public final class OpenNlpAnnotator implements TextAnnotator {

    /** Longer "sentences" are run-on text; cutting them keeps tagging linear and claims readable. */
    public static final int MAX_SENTENCE_CHARS = 1_000;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    OpenNlpAnnotator(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
        this.sentenceDetector = new SentenceDetectorME(sentences);
        this.tokenizer = new TokenizerME(tokens);
        this.tagger = new POSTaggerME(pos, POSTagFormat.UD);
    }

    @Override
    public AnnotatedText annotate(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (lineEnd > lineStart) {
                annotateLine(text, lineStart, lineEnd, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(document, sentences);
    }

    private void annotateLine(String text, int lineStart, int lineEnd, List<Sentence> out) {
        String line = text.substring(lineStart, lineEnd);
        if (line.isBlank()) {
            return;
        }
        for (Span span : mergeAfterTitles(line, sentenceDetector.sentPosDetect(line))) {
            int start = lineStart + span.getStart();
            int end = lineStart + span.getEnd();
            for (int[] piece : pieces(text, start, end)) {
                Sentence s = sentence(text, piece[0], piece[1], out.size());
                if (s != null) {
                    out.add(s);
                }
            }
        }
    }

    /**
     * The sentence model ends a sentence after abbreviated titles ("Col. Gen. Sergei Rudskoi") and
     * after an ellipsis inside a quote; a sentence that ends so continues into the next.
     */
    static List<Span> mergeAfterTitles(String line, Span[] spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (endsWithTitle(line, last.getEnd()) || ellipsisContinues(line, last.getEnd(), span.getStart())) {
                    merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
                    continue;
                }
            }
            merged.add(span);
        }
        return merged;
    }

    private static final java.util.Set<String> TITLE_ABBREVIATIONS = java.util.Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "brig",
            "cmdr", "gov", "sen", "rep", "rev", "st", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec");

    /** "...the town of Qardaha... was caused by": an ellipsis followed by a lower-case word goes on. */
    private static boolean ellipsisContinues(String line, int end, int nextStart) {
        String before = line.substring(Math.max(0, end - 3), end);
        return (before.equals("...") || before.endsWith("…")) && nextStart < line.length()
                && Character.isLowerCase(line.charAt(nextStart));
    }

    private static boolean endsWithTitle(String line, int end) {
        if (end < 2 || line.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return TITLE_ABBREVIATIONS.contains(line.substring(start, end - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Splits [start, end) into pieces of at most MAX_SENTENCE_CHARS, cutting at whitespace where there is some. */
    static List<int[]> pieces(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        int from = start;
        while (end - from > MAX_SENTENCE_CHARS) {
            int cut = from + MAX_SENTENCE_CHARS;
            int space = text.lastIndexOf(' ', cut);
            if (space > from + MAX_SENTENCE_CHARS / 2) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                // Never split a character outside the Basic Multilingual Plane into two halves.
                cut--;
            }
            pieces.add(new int[] {from, cut});
            from = cut;
        }
        pieces.add(new int[] {from, end});
        return pieces;
    }

    private Sentence sentence(String text, int start, int end, int index) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        String sentenceText = text.substring(start, end);
        Span[] spans = TokenSplitter.refine(sentenceText, tokenizer.tokenizePos(sentenceText));
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            tokens.add(new Token(start + spans[i].getStart(), start + spans[i].getEnd(), words[i], tags[i]));
        }
        return new Sentence(index, start, end, sentenceText, tokens);
    }
}
