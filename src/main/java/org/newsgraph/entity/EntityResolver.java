package org.newsgraph.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.NameDiscovery;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Decides which entity each mention names, within one document:
 * <ul>
 *   <li>a capital city stands for its government where it acts ("Moscow warned", "Ankara-backed",
 *       "anti-Damascus") and is a place where something happens in it ("in Moscow");</li>
 *   <li>a nationality adjective before troops, forces, warplanes ... names that state's military;
 *       alone it names the state;</li>
 *   <li>an office phrase ("Russia's foreign minister") names whoever held the office in the
 *       article's year, unless a name follows it;</li>
 *   <li>a description right after an actor's name is that actor's ("Iraqi government forces");</li>
 *   <li>a lone surname or acronym names the person or body named in full in the same article.</li>
 * </ul>
 * Names the catalogue lacks become entities keyed by type and normalised name, so the same name in
 * two articles is one entity.
 */
public final class EntityResolver {

    public static final String RULE_METONYMY = "capital-for-government";
    public static final String RULE_CAPITAL_PLACE = "capital-as-place";
    public static final String RULE_MILITARY = "nationality-with-forces";
    public static final String RULE_DEMONYM = "nationality-adjective";
    public static final String RULE_OFFICE = "office-holder";
    public static final String RULE_MODIFIED_DESCRIPTION = "description-of-named-actor";
    public static final String RULE_SURNAME = "surname-of-named-person";
    public static final String RULE_LEADER_FOR_GOVERNMENT = "leader-for-government";
    private static final Set<String> LEADER_ROLES = Set.of("president", "prime minister", "king", "supreme leader",
            "chancellor", "emir");
    public static final String RULE_ACRONYM = "acronym-of-named-body";

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "into", "near", "outside", "around",
            "toward", "towards", "across", "via", "of", "inside", "through", "on", "over", "under", "beyond", "within",
            "visit", "visited", "visiting");
    /** "an opponent of Tehran", "the position of Ankara": nouns whose "of" names a government. */
    private static final Set<String> RELATION_NOUNS = Set.of("opponent", "opponents", "enemy", "enemies", "foe", "foes",
            "ally", "allies", "backer", "backers", "supporter", "supporters", "critic", "critics", "rival", "rivals",
            "sponsor", "sponsors", "proxy", "proxies", "position", "stance", "policy", "policies", "decision", "support",
            "backing", "forces", "troops", "envoy", "ambassador", "representative", "demands", "approval", "request");
    private static final Set<String> ACTING_COMPOUNDS = Set.of("backed", "led", "supported", "sponsored", "allied",
            "aligned", "funded", "armed", "controlled", "held", "friendly", "loyal", "installed", "run");
    private static final Set<String> PLACE_NOUNS = Set.of("streets", "street", "outskirts", "suburbs", "suburb",
            "countryside", "old", "city", "airport", "centre", "center", "districts", "district", "neighbourhoods",
            "neighborhoods", "residents", "people", "population", "skies", "southern", "northern", "eastern", "western",
            "south", "north", "east", "west", "hospitals", "hospital", "university", "mosques", "embassy", "metro");
    static final Set<String> MILITARY_NOUNS = Set.of("troops", "forces", "force", "army", "armies", "military", "soldiers",
            "warplanes", "jets", "aircraft", "planes", "helicopters", "drones", "artillery", "tanks", "servicemen",
            "navy", "marines", "commandos", "bombers", "warships", "militaries", "gunships", "paratroopers", "units",
            "battalions", "brigades", "sappers", "personnel", "fighter", "air", "special", "armed", "ground", "naval",
            "military's");
    private static final Set<String> STATEMENT_VERBS = Set.of("says", "said", "warns", "warned", "insists", "insisted",
            "accuses", "accused", "denies", "denied", "rejects", "rejected", "claims", "claimed", "urges", "urged",
            "announces", "announced", "vows", "vowed", "demands", "demanded", "threatens", "threatened", "welcomes",
            "welcomed", "condemns", "condemned", "blames", "blamed", "calls", "called", "backs", "backed", "supports",
            "supported", "slams", "slammed", "hails", "hailed", "agrees", "agreed", "refuses", "refused");
    private static final Set<String> SPEECH_BEFORE = Set.of("says", "said", "say", "told", "added", "according");

    private final EntityCatalogue catalogue;

    public EntityResolver(EntityCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Resolution resolve(AnnotatedText text, List<Mention> mentions) {
        Integer year = text.document().metadata().published().map(d -> d.getYear()).orElse(null);
        Context ctx = new Context(text, mentions);
        List<ResolvedMention> resolved = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Found> found = new LinkedHashMap<>();

        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.catalogued()) {
                continue;
            }
            Optional<ResolvedMention> r = resolveCatalogued(ctx, m, i, year);
            r.ifPresent(resolved::add);
        }
        // Names the catalogue lacks. A lone word that is the surname of a person named in full, or the
        // acronym of a body defined in this text, names that person or body.
        Map<String, String> fullNames = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.catalogued() || m.rule().equals(NameDiscovery.RULE_SURNAME)) {
                continue;
            }
            String key = foundKey(m.type(), m.surface());
            if (m.type() == EntityType.PERSON && m.surface().contains(" ")) {
                fullNames.putIfAbsent(lastWord(m.surface()), key);
            }
            if (m.rule().equals(NameDiscovery.RULE_ACRONYM)) {
                ctx.acronymAfter(m).ifPresent(a -> acronyms.putIfAbsent(a, key));
            }
        }
        for (Mention m : mentions) {
            if (m.catalogued()) {
                continue;
            }
            String word = m.surface();
            if (!word.contains(" ") && fullNames.containsKey(word) && !fullNames.get(word).equals(foundKey(m.type(), word))) {
                resolved.add(new ResolvedMention(m, fullNames.get(word), RULE_SURNAME));
            } else if (acronyms.containsKey(word)) {
                resolved.add(new ResolvedMention(m, acronyms.get(word), RULE_ACRONYM));
            } else if (!m.rule().equals(NameDiscovery.RULE_SURNAME)) {
                String key = foundKey(m.type(), m.surface());
                Found f = found.computeIfAbsent(key, k -> new Found(k, m.type()));
                f.surfaces.add(m.surface());
                ctx.acronymAfter(m).filter(a -> m.rule().equals(NameDiscovery.RULE_ACRONYM)).ifPresent(f.acronyms::add);
                resolved.add(new ResolvedMention(m, key, m.rule()));
            }
        }
        for (Found f : found.values()) {
            entities.put(f.key, f.entity());
        }
        for (ResolvedMention r : resolved) {
            if (!entities.containsKey(r.entity())) {
                entities.put(r.entity(), catalogue.get(r.entity()).orElseThrow(() ->
                        new IllegalStateException("resolved to unknown catalogue key " + r.entity())));
            }
        }
        resolved.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        entities.keySet().retainAll(resolved.stream().map(ResolvedMention::entity).toList());
        return new Resolution(resolved, entities);
    }

    private static String lastWord(String s) {
        String[] words = s.strip().split("\\s+");
        return words[words.length - 1];
    }

    private Optional<ResolvedMention> resolveCatalogued(Context ctx, Mention m, int index, Integer year) {
        String key = m.keys().get(0);
        switch (m.form()) {
            case ROLE -> {
                if (ctx.nameFollows(index)) {
                    return Optional.empty();
                }
                List<String> holders = m.keys().stream().filter(k -> year == null
                        ? m.keys().size() == 1
                        : catalogue.positions(k).stream().anyMatch(p -> p.heldIn(year))).toList();
                return holders.size() == 1 ? Optional.of(new ResolvedMention(m, holders.get(0), RULE_OFFICE)) : Optional.empty();
            }
            case CAPITAL -> {
                Optional<String> state = catalogue.stateOfCapital(key);
                if (state.isPresent() && ctx.actsAsGovernment(m)) {
                    return Optional.of(new ResolvedMention(m, catalogue.actingBody(state.get()), RULE_METONYMY));
                }
                return Optional.of(new ResolvedMention(m, key, RULE_CAPITAL_PLACE));
            }
            case DEMONYM -> {
                if (ctx.militaryNounFollows(m)) {
                    return Optional.of(new ResolvedMention(m, catalogue.military(key), RULE_MILITARY));
                }
                return Optional.of(new ResolvedMention(m, key, RULE_DEMONYM));
            }
            case DESCRIPTION -> {
                Optional<Mention> modifier = ctx.actorRightBefore(index);
                if (modifier.isPresent()) {
                    Mention mod = modifier.get();
                    String actor = mod.keys().get(0);
                    if (mod.form() == Mention.Form.DEMONYM || mod.form() == Mention.Form.CAPITAL) {
                        String state = mod.form() == Mention.Form.CAPITAL
                                ? catalogue.stateOfCapital(actor).orElse(actor) : actor;
                        if (isPartOf(key, state)) {
                            return Optional.of(new ResolvedMention(m, key, m.rule()));
                        }
                        return Optional.of(new ResolvedMention(m, catalogue.military(state), RULE_MODIFIED_DESCRIPTION));
                    }
                    return Optional.empty();
                }
                return Optional.of(new ResolvedMention(m, key, m.rule()));
            }
            default -> {
                Optional<String> government = ctx.insideOppositeCompound(m) ? leaderOf(key) : Optional.empty();
                return Optional.of(government.map(g -> new ResolvedMention(m, g, RULE_LEADER_FOR_GOVERNMENT))
                        .orElse(new ResolvedMention(m, key, m.rule())));
            }
        }
    }

    /** "anti-Assad", "pro-Putin": a head of state or government named for the government he leads. */
    private Optional<String> leaderOf(String personKey) {
        return catalogue.positions(personKey).stream()
                .filter(p -> LEADER_ROLES.contains(p.role().toLowerCase(Locale.ROOT)))
                .map(p -> catalogue.actingBody(p.of()))
                .findFirst();
    }

    private boolean isPartOf(String key, String state) {
        String k = key;
        for (int depth = 0; depth < 5; depth++) {
            if (k.equals(state)) {
                return true;
            }
            Optional<String> parent = catalogue.parent(k);
            if (parent.isEmpty()) {
                return false;
            }
            k = parent.get();
        }
        return false;
    }

    /** A name the catalogue lacks, keyed by type and its name with accents, case and a leading "al-" folded. */
    static String foundKey(EntityType type, String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .replace('’', '\'').toLowerCase(Locale.ROOT).strip();
        if (type == EntityType.PLACE) {
            n = n.replaceFirst("^(?:the|al|el|as|ad|ash)[\\s-]+", "");
        }
        return "found/" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + n;
    }

    /** The surfaces of one name the catalogue lacks, gathered over the document. */
    private static final class Found {
        final String key;
        final EntityType type;
        final List<String> surfaces = new ArrayList<>();
        final List<String> acronyms = new ArrayList<>();

        Found(String key, EntityType type) {
            this.key = key;
            this.type = type;
        }

        Entity entity() {
            String label = surfaces.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
            List<String> alt = new ArrayList<>();
            for (String s : surfaces) {
                if (!s.equals(label) && !alt.contains(s)) {
                    alt.add(s);
                }
            }
            for (String a : acronyms) {
                if (!alt.contains(a)) {
                    alt.add(a);
                }
            }
            return new Entity(key, label, type, alt, Optional.empty(), Optional.empty(), false);
        }
    }

    /** Token positions of mentions, for looking at their neighbours. */
    private static final class Context {
        private final AnnotatedText text;
        private final List<Mention> mentions;
        private final Map<Integer, Integer> tokenAtStart = new HashMap<>();
        private final Map<Integer, Integer> tokenAtEnd = new HashMap<>();

        Context(AnnotatedText text, List<Mention> mentions) {
            this.text = text;
            this.mentions = mentions;
            for (Sentence s : text.sentences()) {
                for (int i = 0; i < s.tokens().size(); i++) {
                    tokenAtStart.put(s.tokens().get(i).start(), i);
                    tokenAtEnd.put(s.tokens().get(i).end(), i);
                }
            }
        }

        private List<Token> tokens(Mention m) {
            return text.sentences().get(m.sentence()).tokens();
        }

        private int first(Mention m) {
            return tokenAtStart.getOrDefault(m.start(), -1);
        }

        private int last(Mention m) {
            Integer t = tokenAtEnd.get(m.end());
            if (t != null) {
                return t;
            }
            List<Token> tokens = tokens(m);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() >= m.end()) {
                    return i;
                }
            }
            return tokens.size() - 1;
        }

        private static String lower(List<Token> tokens, int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
        }

        private static String pos(List<Token> tokens, int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).pos() : "";
        }

        /** Whether a capital acts: subject of a verb, part of "X-backed"/"anti-X", a possessor, or a speaker. */
        boolean actsAsGovernment(Mention m) {
            List<Token> t = tokens(m);
            int a = first(m);
            int b = last(m) + 1;
            int p = a - 1;
            while (p > 0 && pos(t, p).equals("ADJ")) {
                // "east of central Damascus", "in northern Ankara": the preposition is further back
                p--;
            }
            String prev = lower(t, p);
            if (lower(t, a - 1).equals("-") && (lower(t, a - 2).equals("anti") || lower(t, a - 2).equals("pro"))) {
                return true;
            }
            if (SPEECH_BEFORE.contains(prev) || prev.equals("by") || prev.equals("with") || prev.equals("against")) {
                return !prev.equals("by") || !pos(t, p - 1).equals("NOUN");
            }
            if (prev.equals("of") && RELATION_NOUNS.contains(lower(t, p - 1))) {
                return true;
            }
            if (LOCATIVE.contains(prev)) {
                return false;
            }
            String next = lower(t, b);
            if (next.equals("-")) {
                return ACTING_COMPOUNDS.contains(lower(t, b + 1));
            }
            if (MILITARY_NOUNS.contains(next) && !next.equals("air")) {
                return true;
            }
            if (next.equals("'s") || next.equals("’s")) {
                return !PLACE_NOUNS.contains(lower(t, b + 1));
            }
            if (next.equals(",") && (a == 0 || pos(t, a - 1).equals("CCONJ") || lower(t, a - 1).equals(","))) {
                String after = lower(t, b + 1);
                return after.equals("a") || after.equals("an") || after.equals("the") || after.equals("which")
                        || after.equals("who");
            }
            if (STATEMENT_VERBS.contains(next)) {
                // "Moscow warns ...": the tagger reads some of these as nouns, but after a capital they act
                return true;
            }
            int k = b;
            if (next.equals("and") || next.equals(",")) {
                k = skipCoordinatedName(t, b + 1);
            }
            while (pos(t, k).equals("ADV") || pos(t, k).equals("PART")) {
                k++;
            }
            return pos(t, k).equals("VERB") || pos(t, k).equals("AUX");
        }

        private static int skipCoordinatedName(List<Token> t, int k) {
            while (k < t.size() && (t.get(k).pos().equals("PROPN") || t.get(k).pos().equals("DET"))) {
                k++;
            }
            return k;
        }

        boolean militaryNounFollows(Mention m) {
            List<Token> t = tokens(m);
            int b = last(m) + 1;
            if (MILITARY_NOUNS.contains(lower(t, b))) {
                return !lower(t, b).equals("air") || lower(t, b + 1).startsWith("force");
            }
            // "Russian and Syrian air forces": the head noun after the last adjective applies to each
            if (lower(t, b).equals("and") || lower(t, b).equals(",")) {
                int k = b + 1;
                if (pos(t, k).equals("ADJ") || pos(t, k).equals("PROPN")) {
                    return MILITARY_NOUNS.contains(lower(t, k + 1)) && !lower(t, k + 1).equals("special");
                }
            }
            return false;
        }

        boolean nameFollows(int index) {
            Mention m = mentions.get(index);
            for (int j = index + 1; j < mentions.size(); j++) {
                Mention n = mentions.get(j);
                if (n.start() < m.end()) {
                    continue;
                }
                String between = text.document().text().substring(m.end(), n.start());
                return between.isBlank() && n.type() == EntityType.PERSON && n.form() == Mention.Form.NAME;
            }
            return false;
        }

        /** The actor mention right before this one ("Iraqi" in "Iraqi government forces"). */
        Optional<Mention> actorRightBefore(int index) {
            Mention m = mentions.get(index);
            for (int j = index - 1; j >= 0; j--) {
                Mention p = mentions.get(j);
                if (p.end() > m.start()) {
                    continue;
                }
                String between = text.document().text().substring(p.end(), m.start());
                boolean adjacent = between.isBlank() || between.strip().equals("'s") || between.strip().equals("’s");
                boolean actor = p.catalogued() && (p.type().isActor() || p.form() == Mention.Form.CAPITAL);
                return adjacent && actor && !insideOppositeCompound(p) ? Optional.of(p) : Optional.empty();
            }
            return Optional.empty();
        }

        /** Whether the mention is X in "anti-X" or "pro-X". */
        boolean insideOppositeCompound(Mention m) {
            String before = text.document().text().substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(Locale.ROOT);
            return before.endsWith("anti-") || before.endsWith("pro-");
        }

        /** The acronym in "Long Name (LN)". */
        Optional<String> acronymAfter(Mention m) {
            List<Token> t = tokens(m);
            int b = last(m) + 1;
            if (lower(t, b).equals("(") && lower(t, b + 2).equals(")")) {
                return Optional.of(t.get(b + 1).text());
            }
            return Optional.empty();
        }
    }
}
