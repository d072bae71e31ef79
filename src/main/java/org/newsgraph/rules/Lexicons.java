package org.newsgraph.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word classes read from {@code lexicon/NAME.txt}: one entry per line, {@code #} starts a comment. A
 * file whose header says {@code # kind: verbs} or {@code # kind: lemmas} (nouns) lists base forms, and
 * its entries' inflections ("shelled", "shells") become lemmas of tokens, so {@code lemma=@attack-verbs}
 * hears every form; otherwise entries are words matched as written ({@code lower=@clause-words}). Verb
 * forms also let the phrase layer mend tags ("Turkey considers/NOUN the YPG ..."). Irregular forms come from
 * {@code lexicon/irregular-forms.txt} (a base form, then its forms). Loaded on first use while the
 * grammar loads; immutable after {@link #freeze()}.
 */
public final class Lexicons {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String IRREGULAR = "irregular-forms";

    private final RuleSource source;
    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<String, Set<String>> lemmasOfForm = new HashMap<>();
    private final Set<String> verbForms = new HashSet<>();
    private final Inflections inflections;
    private boolean frozen;

    public Lexicons(RuleSource source) {
        this.source = source;
        this.inflections = new Inflections(readIrregular());
    }

    /** The entries of a lexicon, loading it on first use. */
    public synchronized Set<String> get(String name) {
        Set<String> entries = byName.get(name);
        if (entries != null) {
            return entries;
        }
        if (frozen) {
            throw new RuleException("lexicon '" + name + "' was not loaded with the rules; refer to it from a rule"
                    + " file or load it before the rules are frozen");
        }
        if (!NAME.matcher(name).matches()) {
            throw new RuleException("lexicon name '" + name + "' must be lower case letters, digits and '-'");
        }
        String path = "lexicon/" + name + ".txt";
        String text = source.read(path).orElseThrow(() -> new RuleException("no lexicon " + source.describe(path)
                + "; lexicons are files lexicon/NAME.txt with one entry per line"));
        entries = parse(text, path);
        byName.put(name, entries);
        return entries;
    }

    private Set<String> parse(String text, String path) {
        boolean lemmaKind = false;
        boolean verbKind = false;
        Set<String> entries = new LinkedHashSet<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith("#")) {
                String header = line.substring(1).strip();
                if (header.startsWith("kind:")) {
                    String kind = header.substring(5).strip();
                    if (!kind.equals("lemmas") && !kind.equals("verbs") && !kind.equals("words")) {
                        throw new RuleException(source.describe(path) + ", line " + (n + 1) + ": unknown kind '" + kind
                                + "'; allowed: verbs, lemmas, words");
                    }
                    verbKind = kind.equals("verbs");
                    lemmaKind = verbKind || kind.equals("lemmas");
                }
                continue;
            }
            int hash = line.indexOf(" #");
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                entries.add(entry.replace('’', '\''));
            }
        }
        if (lemmaKind) {
            for (String base : entries) {
                for (String form : inflections.of(base)) {
                    lemmasOfForm.computeIfAbsent(form, k -> new HashSet<>()).add(base);
                    if (verbKind) {
                        verbForms.add(form);
                    }
                }
            }
        }
        // In the file's order: an ordered lexicon (transliteration rules) is applied in it, and Set.copyOf
        // would iterate in an order that changes from run to run.
        return Collections.unmodifiableSet(entries);
    }

    private Map<String, List<String>> readIrregular() {
        String path = "lexicon/" + IRREGULAR + ".txt";
        Map<String, List<String>> forms = new HashMap<>();
        for (String line : source.read(path).orElse("").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] words = l.toLowerCase(Locale.ROOT).split("\\s+");
            forms.put(words[0], List.of(words).subList(1, words.length));
        }
        return forms;
    }

    /** Lexicons loaded after this are an error: the lemmas of tokens must not change under running rules. */
    public synchronized Lexicons freeze() {
        frozen = true;
        return this;
    }

    /** Whether a word is a form of an entry of a verb lexicon ("considers", "besiege"). */
    public boolean isVerbForm(String lower) {
        return verbForms.contains(lower);
    }

    /** The base forms of a lower-cased word that the lemma lexicons know, else the word itself. */
    public Set<String> lemmas(String lower) {
        Set<String> l = lemmasOfForm.get(lower);
        return l == null ? Set.of(lower) : l;
    }
}
