package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the pattern language of {@link TokenPattern}:
 * <pre>
 * pattern := alt;  alt := seq ('|' seq)*;  seq := (atom quantifier?)*
 * quantifier := ('?' | '*' | '+' | '{m}' | '{m,n}' | '{,n}') '?'?         (a trailing '?' makes it lazy)
 * atom := '[' test? ']' | '&lt;' layer test? '&gt;' | '(?&lt;' name '&gt;' alt ')' | '(?=' alt ')' | '(?!' alt ')'
 *       | '(?&lt;=' alt ')' | '(?&lt;!' alt ')' | '(' alt ')' | '^' | '$'
 * test := or;  or := and ('|' and)*;  and := not ('&amp;' not)*;  not := '!' not | '(' test ')' | attr ('=' | '!=') value
 * value := '/' regex '/' | '@' lexicon | '"' text '"' | word
 * </pre>
 * {@code $NAME} is replaced by the variable's pattern before parsing.
 */
final class PatternParser {
    private static final int MAX_EXPANSION_DEPTH = 20;
    /** A regular expression that only lists words: "AUX|ADV|PART". */
    private static final java.util.regex.Pattern LITERALS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_' -]+(\\|[\\p{L}\\p{N}_' -]+)*");

    private final String text;
    private final Lexicons lexicons;
    private final List<String> captures = new ArrayList<>();
    private int pos;

    PatternParser(String pattern, Map<String, String> variables, Lexicons lexicons) {
        this.text = expand(pattern, variables, 0);
        this.lexicons = lexicons;
    }

    TokenPattern parse() {
        Node root = alternatives();
        skipSpace();
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        Requirement r = Requirement.of(root);
        return new TokenPattern(text, root, captures, r == null ? null : r.attribute(), r == null ? null : r.values());
    }

    private static String expand(String pattern, Map<String, String> variables, int depth) {
        if (depth > MAX_EXPANSION_DEPTH) {
            throw new RuleException("variables nest deeper than " + MAX_EXPANSION_DEPTH + " (a variable refers to itself?)"
                    + " in: " + pattern);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '$' && i + 1 < pattern.length() && Character.isUpperCase(pattern.charAt(i + 1))) {
                int j = i + 1;
                while (j < pattern.length() && (Character.isUpperCase(pattern.charAt(j)) || Character.isDigit(pattern.charAt(j))
                        || pattern.charAt(j) == '_')) {
                    j++;
                }
                String name = pattern.substring(i + 1, j);
                String value = variables.get(name);
                if (value == null) {
                    throw new RuleException("unknown variable $" + name + "; known: " + new java.util.TreeSet<>(variables.keySet()));
                }
                out.append("(").append(expand(value, variables, depth + 1)).append(")");
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private Node alternatives() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (peek('|')) {
            pos++;
            options.add(sequence());
        }
        return options.size() == 1 ? options.get(0) : new Node.Alternatives(options);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) == '|' || text.charAt(pos) == ')') {
                break;
            }
            items.add(quantified(atom()));
        }
        return items.size() == 1 ? items.get(0) : new Node.Sequence(items);
    }

    private Node atom() {
        skipSpace();
        char c = text.charAt(pos);
        switch (c) {
            case '[' -> {
                pos++;
                skipSpace();
                Test t = peek(']') ? new Test.Any() : test();
                expect(']');
                return new Node.Token(t);
            }
            case '<' -> {
                pos++;
                String layer = word();
                skipSpace();
                Test t = peek('>') ? new Test.Any() : test();
                expect('>');
                return new Node.Layer(layer, t);
            }
            case '(' -> {
                return group();
            }
            case '^', '$' -> {
                pos++;
                return new Node.Anchor(c == '^');
            }
            default -> throw error("expected '[', '<', '(', '^' or '$'");
        }
    }

    private Node group() {
        pos++;
        if (text.startsWith("?<=", pos) || text.startsWith("?<!", pos)) {
            boolean negative = text.charAt(pos + 2) == '!';
            pos += 3;
            Node body = alternatives();
            expect(')');
            return new Node.Look(body, false, negative);
        }
        if (text.startsWith("?=", pos) || text.startsWith("?!", pos)) {
            boolean negative = text.charAt(pos + 1) == '!';
            pos += 2;
            Node body = alternatives();
            expect(')');
            return new Node.Look(body, true, negative);
        }
        if (text.startsWith("?<", pos)) {
            pos += 2;
            String name = word();
            expect('>');
            // The same name may capture in different alternatives: "(?<x> A) B | C (?<x> D)".
            int index = captures.indexOf(name);
            if (index < 0) {
                captures.add(name);
                index = captures.size() - 1;
            }
            Node body = alternatives();
            expect(')');
            return new Node.Capture(index, name, body);
        }
        Node body = alternatives();
        expect(')');
        return body;
    }

    private Node quantified(Node atom) {
        if (pos >= text.length()) {
            return atom;
        }
        char c = text.charAt(pos);
        int min;
        int max;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{') {
            pos++;
            String lo = digits();
            if (peek(',')) {
                pos++;
                String hi = digits();
                min = lo.isEmpty() ? 0 : Integer.parseInt(lo);
                max = hi.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(hi);
            } else {
                if (lo.isEmpty()) {
                    throw error("expected a number in '{m,n}'");
                }
                min = Integer.parseInt(lo);
                max = min;
            }
            expect('}');
            if (max < min) {
                throw error("repeat {" + min + "," + max + "} has its maximum below its minimum");
            }
        } else {
            return atom;
        }
        boolean lazy = pos < text.length() && text.charAt(pos) == '?';
        if (lazy) {
            pos++;
        }
        return new Node.Repeat(atom, min, max, lazy);
    }

    private Test test() {
        Test left = and();
        while (peek('|')) {
            pos++;
            left = new Test.Or(left, and());
        }
        return left;
    }

    private Test and() {
        Test left = not();
        while (peek('&')) {
            pos++;
            left = new Test.And(left, not());
        }
        return left;
    }

    private Test not() {
        skipSpace();
        if (peek('!')) {
            pos++;
            return new Test.Not(not());
        }
        if (peek('(')) {
            pos++;
            Test inner = test();
            expect(')');
            return inner;
        }
        String attribute = word();
        skipSpace();
        boolean negated = false;
        if (text.startsWith("!=", pos)) {
            negated = true;
            pos += 2;
        } else {
            expect('=');
        }
        Test t = value(attribute);
        return negated ? new Test.Not(t) : t;
    }

    private Test value(String attribute) {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a value after '" + attribute + "='");
        }
        char c = text.charAt(pos);
        if (c == '/') {
            int end = text.indexOf('/', pos + 1);
            if (end < 0) {
                throw error("regular expression is not closed with '/'");
            }
            String regex = text.substring(pos + 1, end);
            if (LITERALS.matcher(regex).matches()) {
                // "/AUX|ADV|PART/": a set of words, tested by a lookup rather than a regular expression
                pos = end + 1;
                return new Test.InLexicon(attribute, regex, Set.copyOf(java.util.Arrays.asList(regex.split("\\|"))));
            }
            try {
                Test t = new Test.Matches(attribute, java.util.regex.Pattern.compile(regex));
                pos = end + 1;
                return t;
            } catch (PatternSyntaxException e) {
                throw error("bad regular expression /" + regex + "/: " + e.getDescription());
            }
        }
        if (c == '@') {
            pos++;
            String name = word();
            return new Test.InLexicon(attribute, name, lexicons.get(name));
        }
        if (c == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) {
                throw error("quoted value is not closed with '\"'");
            }
            String v = text.substring(pos + 1, end);
            pos = end + 1;
            return new Test.Equals(attribute, v);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "]>&|)(!".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a value after '" + attribute + "='");
        }
        return new Test.Equals(attribute, text.substring(start, pos));
    }

    private String word() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '-' || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos == start) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private String digits() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** What went wrong and where, shown in the words around it (the variables are expanded, so no column). */
    private RuleException error(String what) {
        int from = Math.max(0, pos - 30);
        int to = Math.min(text.length(), pos + 30);
        String near = (from > 0 ? "…" : "") + text.substring(from, pos) + " ⟨here⟩ " + text.substring(pos, to)
                + (to < text.length() ? "…" : "");
        return new RuleException(what + ", at: " + near.replaceAll("\\s+", " "));
    }
}
