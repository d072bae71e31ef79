package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The extraction rules, read from {@code rules/master.yml}: the variable files and grammar files it
 * lists, in order, and the lexicons their patterns name. Every rule is checked when loaded (its
 * pattern, its roles, its lexicons, an example to test it by), and every problem is reported at once.
 * Immutable and thread-safe once loaded.
 */
public final class Grammar {
    /** What each label's rules must say: the roles they fill. */
    static final Map<String, List<String>> ROLES = Map.of(
            "backs", List.of("subject", "object"),
            "opposes", List.of("subject", "object"),
            "heldBy", List.of("place", "holder"),
            "claim", List.of("speaker", "cue"));
    private static final Set<String> OPTIONAL_ROLES = Set.of("via", "content", "cue");
    private static final Set<String> KEYS = Set.of("name", "label", "description", "priority", "pattern", "examples",
            "symmetric", "stance", "headlines", "blocks", "first", "subject", "object", "place", "holder", "speaker", "cue", "via",
            "content");

    /** Rules the engine applies itself rather than a grammar file: a quote that goes on in the next sentence. */
    public static final Set<String> ENGINE_RULES = Set.of("quote-continued");

    /** The confidence of a rule nobody has measured yet: a coin toss, not a promise. */
    public static final double UNMEASURED = 0.5;

    private final Lexicons lexicons;
    private final Map<String, String> variables;
    private final List<Rule> rules;
    private final Map<String, Double> confidence;

    private Grammar(Lexicons lexicons, Map<String, String> variables, List<Rule> rules, Map<String, Double> confidence) {
        this.lexicons = lexicons;
        this.variables = Map.copyOf(variables);
        this.rules = List.copyOf(rules);
        this.confidence = Map.copyOf(confidence);
    }

    /** The grammar shipped in the jar. */
    public static Grammar shipped() {
        return load(RuleSource.shipped());
    }

    public static Grammar load(RuleSource source) {
        return new Loader(source).load();
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public Map<String, String> variables() {
        return variables;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The precision a rule had on the development set ({@code rules/confidence.tsv}, written by the
     * rule measurement), or {@link #UNMEASURED}.
     */
    public double confidence(String rule) {
        return confidence.getOrDefault(rule, UNMEASURED);
    }

    /** The rules of one label, highest priority first, then in file order. */
    public List<Rule> rules(String label) {
        return rules.stream().filter(r -> r.label().equals(label)).toList();
    }

    /** Reads the files, collecting every problem before it fails. */
    private static final class Loader {
        private final RuleSource source;
        private final Lexicons lexicons;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, String> variables = new LinkedHashMap<>();
        /** Every rule name met, loaded or not, so that a rule that fails is not also reported as unknown. */
        private final Set<String> attempted = new HashSet<>();

        Loader(RuleSource source) {
            this.source = source;
            this.lexicons = new Lexicons(source);
        }

        Grammar load() {
            Map<String, Object> master = map(yaml("rules/master.yml"), "rules/master.yml");
            for (String file : strings(master.get("variables"), "rules/master.yml", "variables")) {
                Map<String, Object> vars = map(yaml("rules/" + file), "rules/" + file);
                vars.forEach((k, v) -> variables.put(k, String.valueOf(v)));
            }
            List<Rule> rules = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (String file : strings(master.get("grammars"), "rules/master.yml", "grammars")) {
                Object doc = yaml("rules/" + file);
                if (doc == null) {
                    continue;
                }
                if (!(doc instanceof List<?> list)) {
                    problems.add(source.describe("rules/" + file) + ": expected a list of rules");
                    continue;
                }
                for (Object item : list) {
                    Rule r = rule(item, "rules/" + file);
                    if (r != null && !names.add(r.name())) {
                        problems.add(source.describe(r.file()) + ", rule " + r.name() + ": the name is used twice");
                    } else if (r != null) {
                        rules.add(r);
                    }
                }
            }
            for (String name : strings(master.get("lexicons"), "rules/master.yml", "lexicons")) {
                try {
                    lexicons.get(name);
                } catch (RuleException e) {
                    problems.add(e.getMessage());
                }
            }
            Set<String> known = new HashSet<>(attempted);
            known.addAll(ENGINE_RULES);
            Map<String, Double> confidence = confidence(known);
            if (!problems.isEmpty()) {
                throw new RuleException(problems.size() + " problem(s) in the extraction rules:\n  "
                        + String.join("\n  ", problems));
            }
            rules.sort(Comparator.comparingInt(Rule::priority).reversed());
            return new Grammar(lexicons.freeze(), variables, rules, confidence);
        }

        /** {@code rule<TAB>precision<TAB>correct/extracted}; a rule no longer in the grammar is an error. */
        private Map<String, Double> confidence(Set<String> names) {
            String path = "rules/confidence.tsv";
            Map<String, Double> out = new LinkedHashMap<>();
            String[] lines = source.read(path).orElse("").split("\n");
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                try {
                    double p = Double.parseDouble(f[1]);
                    if (!names.contains(f[0]) || p < 0 || p > 1) {
                        problems.add(source.describe(path) + ", line " + (n + 1) + ": " + (names.contains(f[0])
                                ? "confidence " + p + " is outside 0–1" : "no rule named '" + f[0] + "'"));
                    }
                    out.put(f[0], p);
                } catch (RuntimeException e) {
                    problems.add(source.describe(path) + ", line " + (n + 1) + ": expected rule, precision, counts");
                }
            }
            return out;
        }

        private Object yaml(String path) {
            String text = source.read(path).orElse(null);
            if (text == null) {
                problems.add("no file " + source.describe(path));
                return null;
            }
            try {
                return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            } catch (YAMLException e) {
                problems.add(source.describe(path) + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
                return null;
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map(Object doc, String path) {
            if (doc instanceof Map<?, ?> m) {
                return (Map<String, Object>) m;
            }
            if (doc != null) {
                problems.add(source.describe(path) + ": expected a mapping");
            }
            return Map.of();
        }

        private List<String> strings(Object value, String path, String key) {
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            problems.add(source.describe(path) + ": '" + key + "' must list file names");
            return List.of();
        }

        private Rule rule(Object item, String file) {
            if (!(item instanceof Map<?, ?> raw)) {
                problems.add(source.describe(file) + ": each rule must be a mapping with name, label, pattern ...");
                return null;
            }
            String name = String.valueOf(raw.get("name"));
            String where = source.describe(file) + ", rule " + name;
            for (Object key : raw.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    problems.add(where + ": unknown key '" + key + "'; allowed: " + new java.util.TreeSet<>(KEYS));
                }
            }
            attempted.add(name);
            String label = String.valueOf(raw.get("label"));
            List<String> required = ROLES.get(label);
            if (raw.get("name") == null || required == null || raw.get("pattern") == null) {
                problems.add(where + ": needs a name, a label (one of " + ROLES.keySet() + ") and a pattern");
                return null;
            }
            TokenPattern pattern;
            try {
                pattern = TokenPattern.compile(String.valueOf(raw.get("pattern")), variables, lexicons);
            } catch (RuleException e) {
                problems.add(where + ": " + e.getMessage());
                return null;
            }
            Map<String, String> roles = new LinkedHashMap<>();
            for (String role : required) {
                roleOf(raw, role, pattern, where, roles, true);
            }
            for (String role : OPTIONAL_ROLES) {
                roleOf(raw, role, pattern, where, roles, false);
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (String key : List.of("symmetric", "stance", "headlines", "blocks", "first")) {
                if (raw.get(key) != null) {
                    options.put(key, String.valueOf(raw.get(key)));
                }
            }
            List<Rule.Example> examples = examples(raw.get("examples"), where);
            if (examples.isEmpty()) {
                problems.add(where + ": needs at least one example (text and expect) that the tests run");
            }
            int priority = raw.get("priority") instanceof Number n ? n.intValue() : 0;
            return new Rule(name, label, String.valueOf(raw.get("description")), priority, pattern, roles, options,
                    examples, file);
        }

        private void roleOf(Map<?, ?> raw, String role, TokenPattern pattern, String where, Map<String, String> roles,
                            boolean required) {
            Object v = raw.get(role);
            if (v == null) {
                if (required) {
                    problems.add(where + ": needs '" + role + "', the capture that fills it");
                }
                return;
            }
            String capture = String.valueOf(v);
            String bare = capture.endsWith(".holder") ? capture.substring(0, capture.length() - 7) : capture;
            if (!pattern.captureNames().contains(bare)) {
                problems.add(where + ": '" + role + ": " + capture + "' names no capture of the pattern; captures: "
                        + pattern.captureNames());
                return;
            }
            roles.put(role, capture);
        }

        private List<Rule.Example> examples(Object value, String where) {
            List<Rule.Example> out = new ArrayList<>();
            if (!(value instanceof List<?> list)) {
                return out;
            }
            for (Object item : list) {
                if (item instanceof Map<?, ?> m && m.get("text") != null) {
                    Object expect = m.get("expect");
                    List<String> facts = expect instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
                    out.add(new Rule.Example(String.valueOf(m.get("text")), facts,
                            m.get("date") == null ? null : String.valueOf(m.get("date")), !Boolean.FALSE.equals(m.get("fires"))));
                } else {
                    problems.add(where + ": an example needs 'text' and 'expect' (a list of facts)");
                }
            }
            return out;
        }
    }
}
