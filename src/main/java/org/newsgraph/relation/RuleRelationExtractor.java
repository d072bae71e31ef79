package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.entity.ActorSentences;
import org.newsgraph.entity.Resolution;
import org.newsgraph.nlp.Evidence;
import org.newsgraph.rules.Grammar;
import org.newsgraph.rules.Match;
import org.newsgraph.rules.Rule;
import org.newsgraph.rules.RuleSentence;
import org.newsgraph.rules.Span;

/**
 * Applies the grammar's {@code heldBy}, {@code backs} and {@code opposes} rules sentence by sentence.
 * Place control comes first: what a sentence says someone holds ("rebel-held villages") is marked
 * {@code held}, so that relation rules can aim at it and name its holder ({@code object: target.holder}).
 * Within a sentence a fact found by several rules keeps the evidence of the first, highest-priority one.
 * Title-case lines (headlines, lists of them) run only the rules marked for them, since their tags are
 * unreliable.
 */
public final class RuleRelationExtractor implements RelationExtractor {
    private final Grammar grammar;
    private final ActorSentences sentences;
    private final List<Rule> control;
    private final List<Rule> relations;

    public RuleRelationExtractor(Grammar grammar, ActorSentences sentences) {
        this.grammar = grammar;
        this.sentences = sentences;
        this.control = grammar.rules("heldBy");
        List<Rule> r = new ArrayList<>();
        for (Rule rule : grammar.rules()) {
            if (rule.label().equals("backs") || rule.label().equals("opposes")) {
                r.add(rule);
            }
        }
        this.relations = List.copyOf(r);
    }

    @Override
    public Relations extract(List<RuleSentence> all, Resolution resolution) {
        List<Relation> out = new ArrayList<>();
        List<Control> controls = new ArrayList<>();
        for (RuleSentence s : all) {
            long actors = s.layer("mention").stream().filter(m -> m.attribute("actor").equals("true")).count();
            if (actors == 0) {
                continue;
            }
            List<Held> held = held(s);
            if (actors < 2) {
                // a relation, even with a place held by one actor and attacked by another, needs two
                controls.addAll(held.stream().flatMap(h -> h.controls.stream()).toList());
                continue;
            }
            RuleSentence marked = s;
            if (!held.isEmpty()) {
                Set<Integer> tokens = new HashSet<>();
                for (Held h : held) {
                    for (int i = h.from; i < h.to; i++) {
                        tokens.add(i);
                    }
                    controls.addAll(h.controls);
                }
                marked = sentences.withHeld(s, resolution, tokens);
            }
            out.addAll(relations(marked, held));
        }
        return new Relations(out, dedupe(controls));
    }

    /** A stretch of a sentence said to be held, and by whom. */
    private record Held(int from, int to, List<String> holders, List<Control> controls) {
    }

    private List<Held> held(RuleSentence s) {
        List<Held> out = new ArrayList<>();
        for (Rule rule : control) {
            if (skip(rule, s)) {
                continue;
            }
            for (Match m : rule.pattern().findAll(s)) {
                int[] place = m.capture(rule.capture("place").orElseThrow()).orElse(null);
                int[] holder = m.capture(rule.capture("holder").orElseThrow()).orElse(null);
                if (place == null || holder == null) {
                    continue;
                }
                List<String> holders = keys(ActorSentences.actors(s, holder[0], holder[1]));
                if (holders.isEmpty()) {
                    continue;
                }
                List<Control> named = new ArrayList<>();
                for (Span p : s.layer("mention")) {
                    if (p.from() >= place[0] && p.to() <= place[1] && p.attribute("type").equals("place")) {
                        for (String h : holders) {
                            named.add(new Control(p.attribute("key"), h, evidence(s, m), rule.name(),
                                    grammar.confidence(rule.name())));
                        }
                    }
                }
                out.add(new Held(place[0], place[1], holders, named));
            }
        }
        return out;
    }

    private List<Relation> relations(RuleSentence s, List<Held> held) {
        Map<String, Relation> found = new LinkedHashMap<>();
        for (Rule rule : relations) {
            if (skip(rule, s)) {
                continue;
            }
            RelationType type = RelationType.valueOf(rule.label().toUpperCase(java.util.Locale.ROOT));
            for (Match m : rule.pattern().findAll(s)) {
                List<String> subjects = role(rule, "subject", m, s, held);
                List<String> objects = role(rule, "object", m, s, held);
                String cue = rule.capture("cue").flatMap(m::capture).map(c -> s.cover(c[0], c[1])).orElse("");
                for (String a : subjects) {
                    for (String b : objects) {
                        add(found, a, type, b, s, m, rule, cue);
                        if (rule.option("symmetric").equals("true")) {
                            add(found, b, type, a, s, m, rule, cue);
                        }
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private void add(Map<String, Relation> found, String a, RelationType type, String b, RuleSentence s, Match m, Rule rule,
                     String cue) {
        if (!a.equals(b)) {
            found.putIfAbsent(a + " " + type + " " + b,
                    new Relation(a, type, b, evidence(s, m), rule.name(), cue, grammar.confidence(rule.name())));
        }
    }

    private static List<String> role(Rule rule, String role, Match m, RuleSentence s, List<Held> held) {
        int[] range = m.capture(rule.capture(role).orElseThrow()).orElse(null);
        if (range == null) {
            return List.of();
        }
        if (!rule.holderOf(role)) {
            return keys(ActorSentences.actors(s, range[0], range[1]));
        }
        List<String> holders = new ArrayList<>();
        for (Held h : held) {
            if (h.from < range[1] && range[0] < h.to) {
                for (String k : h.holders) {
                    if (!holders.contains(k)) {
                        holders.add(k);
                    }
                }
            }
        }
        return holders;
    }

    private static boolean skip(Rule rule, RuleSentence s) {
        return s.titleCase() && !rule.option("headlines").equals("true");
    }

    private static List<String> keys(List<Span> mentions) {
        List<String> keys = new ArrayList<>();
        for (Span m : mentions) {
            if (!keys.contains(m.attribute("key"))) {
                keys.add(m.attribute("key"));
            }
        }
        return keys;
    }

    private static Evidence evidence(RuleSentence s, Match m) {
        int from = m.from();
        int to = m.to();
        for (int[] c : m.captures().values()) {
            from = Math.min(from, c[0]);
            to = Math.max(to, c[1]);
        }
        if (to <= from) {
            to = from + 1;
        }
        var tokens = s.sentence().tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(Math.min(to, tokens.size()) - 1).end();
        return new Evidence(s.sentence().index(), start, end, s.sentence().cover(start, end));
    }

    private static List<Control> dedupe(List<Control> controls) {
        Map<String, Control> out = new LinkedHashMap<>();
        for (Control c : controls) {
            out.putIfAbsent(c.place() + " " + c.holder() + " " + c.evidence().sentence(), c);
        }
        return List.copyOf(out.values());
    }
}
