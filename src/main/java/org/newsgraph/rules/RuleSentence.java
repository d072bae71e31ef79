package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * One sentence as patterns see it: per token its {@code word}, {@code lower} (lower case, typographic
 * apostrophe as {@code '}), {@code lemma} (base forms the lexicons know, else the lower-cased word),
 * {@code tag} (the UD part of speech) and {@code cap} ({@code true} when capitalised); per layer its
 * spans, and per token whether a span of each layer covers it ({@code [mention=true]}). Further token
 * attributes are set by whoever builds it. Immutable once built.
 */
public final class RuleSentence {
    private final Sentence sentence;
    private final String[] word;
    private final String[] lower;
    private final String[] tag;
    private final Set<String>[] lemmas;
    private final List<Map<String, String>> extra;
    private Set<String> allLemmas;
    private Set<String> allLowers;
    private final boolean titleCase;
    private final Map<String, List<Span>> layers;
    private final Map<String, List<List<Span>>> startsAt;

    private RuleSentence(Builder b) {
        this.sentence = b.sentence;
        this.word = b.word;
        this.lower = b.lower;
        this.tag = b.tag;
        this.lemmas = b.lemmas;
        this.extra = b.extra;
        this.titleCase = b.sentence.titleCase();
        this.layers = new HashMap<>();
        this.startsAt = new HashMap<>();
        for (Map.Entry<String, List<Span>> e : b.layers.entrySet()) {
            List<Span> spans = List.copyOf(e.getValue());
            layers.put(e.getKey(), spans);
            List<List<Span>> starts = new ArrayList<>(word.length);
            for (int i = 0; i < word.length; i++) {
                starts.add(new ArrayList<>(1));
            }
            for (Span s : spans) {
                starts.get(s.from()).add(s);
                for (int i = s.from(); i < s.to(); i++) {
                    extra.get(i).put(e.getKey(), "true");
                }
            }
            startsAt.put(e.getKey(), starts);
        }
    }

    /** Whether some token has one of the values of an attribute ({@code lemma}, {@code lower} or {@code word}). */
    boolean hasAny(String attribute, Set<String> values) {
        Set<String> present = switch (attribute) {
            case "lemma" -> allLemmas();
            case "lower" -> allLowers();
            default -> null;
        };
        if (present == null) {
            for (int i = 0; i < size(); i++) {
                if (values.contains(word[i])) {
                    return true;
                }
            }
            return false;
        }
        Set<String> small = present.size() < values.size() ? present : values;
        Set<String> large = small == present ? values : present;
        for (String v : small) {
            if (large.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> allLemmas() {
        if (allLemmas == null) {
            Set<String> all = new java.util.HashSet<>();
            for (Set<String> l : lemmas) {
                all.addAll(l);
            }
            allLemmas = all;
        }
        return allLemmas;
    }

    private Set<String> allLowers() {
        if (allLowers == null) {
            allLowers = new java.util.HashSet<>(List.of(lower));
        }
        return allLowers;
    }

    /** Starts a sentence from tagged tokens; lemmas come from the lexicons' inflections. */
    public static Builder builder(Sentence sentence, Lexicons lexicons) {
        return new Builder(sentence, lexicons);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** Whether the sentence is a title-case line, whose tags are unreliable ({@link Sentence#titleCase()}). */
    public boolean titleCase() {
        return titleCase;
    }

    public int size() {
        return word.length;
    }

    public String word(int i) {
        return i >= 0 && i < word.length ? word[i] : "";
    }

    public String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    public String tag(int i) {
        return i >= 0 && i < tag.length ? tag[i] : "";
    }

    public Set<String> lemmas(int i) {
        return i >= 0 && i < lemmas.length ? lemmas[i] : Set.of();
    }

    /** A token attribute set by the builder or a layer, or "" when absent. */
    public String attribute(int i, String name) {
        return i >= 0 && i < extra.size() ? extra.get(i).getOrDefault(name, "") : "";
    }

    public List<Span> layer(String name) {
        return layers.getOrDefault(name, List.of());
    }

    /** The spans of a layer that start at a token. */
    List<Span> startingAt(String layer, int i) {
        List<List<Span>> starts = startsAt.get(layer);
        return starts == null || i < 0 || i >= starts.size() ? List.of() : starts.get(i);
    }

    /** A single-valued token attribute as tests see it (all but {@code lemma}), or null when the token lacks it. */
    String value(int i, String attribute) {
        return switch (attribute) {
            case "word" -> word[i];
            case "lower" -> lower[i];
            case "tag" -> tag[i];
            case "cap" -> !word[i].isEmpty() && Character.isUpperCase(word[i].codePointAt(0)) ? "true" : "false";
            default -> extra.get(i).get(attribute);
        };
    }

    /** The text of tokens [from, to), verbatim. */
    public String cover(int from, int to) {
        List<Token> tokens = sentence.tokens();
        return sentence.cover(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** Builds a {@link RuleSentence}: tokens first, then layers and token attributes. */
    public static final class Builder {
        private final Sentence sentence;
        private final String[] word;
        private final String[] lower;
        private final String[] tag;
        private final Set<String>[] lemmas;
        private final List<Map<String, String>> extra;
        private final Map<String, List<Span>> layers = new HashMap<>();
        private final Lexicons lexicons;

        @SuppressWarnings("unchecked")
        private Builder(Sentence sentence, Lexicons lexicons) {
            this.sentence = sentence;
            this.lexicons = lexicons;
            List<Token> tokens = sentence.tokens();
            int n = tokens.size();
            word = new String[n];
            lower = new String[n];
            tag = new String[n];
            lemmas = new Set[n];
            extra = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                word[i] = t.text();
                lower[i] = t.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
                tag[i] = t.pos();
                lemmas[i] = lexicons.lemmas(lower[i]);
                extra.add(new HashMap<>(4));
            }
        }

        public int size() {
            return word.length;
        }

        public String lower(int i) {
            return i >= 0 && i < lower.length ? lower[i] : "";
        }

        public String tag(int i) {
            return i >= 0 && i < tag.length ? tag[i] : "";
        }

        public Set<String> lemmas(int i) {
            return i >= 0 && i < lemmas.length ? lemmas[i] : Set.of();
        }

        /** Whether a word is a form of a verb the lexicons know. */
        public boolean knownVerb(String word) {
            return lexicons.isVerbForm(word);
        }

        public Builder span(Span span) {
            if (span.to() > word.length) {
                throw new IllegalArgumentException(span.layer() + " span [" + span.from() + ", " + span.to()
                        + ") lies past the sentence's " + word.length + " tokens");
            }
            layers.computeIfAbsent(span.layer(), k -> new ArrayList<>()).add(span);
            return this;
        }

        /** Declares a layer even when it has no span, so patterns over it see an empty layer. */
        public Builder layer(String name) {
            layers.computeIfAbsent(name, k -> new ArrayList<>());
            return this;
        }

        public Builder tokenAttribute(int i, String name, String value) {
            extra.get(i).put(name, value);
            return this;
        }

        public RuleSentence build() {
            return new RuleSentence(this);
        }
    }
}
