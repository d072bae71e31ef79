package org.newsgraph.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;

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
 * two articles is one entity. What the neighbouring words say is read by {@link MentionContext}, with
 * the word classes of the {@code resolve-*} lexicons ({@link ResolutionWords}).
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
    public static final String RULE_ACRONYM = "acronym-of-named-body";
    public static final String RULE_CONTEXT = "description-of-last-named-army";

    private final EntityCatalogue catalogue;
    private final ResolutionWords words;

    public EntityResolver(EntityCatalogue catalogue, ResolutionWords words) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.words = Objects.requireNonNull(words, "words");
    }

    public Resolution resolve(AnnotatedText text, List<Mention> mentions) {
        Integer year = text.document().metadata().published().map(d -> d.getYear()).orElse(null);
        MentionContext ctx = new MentionContext(text, mentions, words);
        List<ResolvedMention> resolved = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Found> found = new LinkedHashMap<>();

        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!m.catalogued()) {
                continue;
            }
            Optional<ResolvedMention> r = resolveCatalogued(ctx, m, i, year);
            r = r.map(x -> byContext(x, resolved, ctx));
            r.ifPresent(resolved::add);
        }
        // Names the catalogue lacks. A lone word that is the surname of a person named in full, or the
        // acronym of a body defined in this text, names that person or body.
        Map<String, String> fullNames = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Mention m : mentions) {
            if (m.catalogued() || m.form() == Mention.Form.SURNAME) {
                continue;
            }
            String key = foundKey(m.type(), m.surface());
            if (m.type() == EntityType.PERSON && m.surface().contains(" ")) {
                fullNames.putIfAbsent(lastWord(m.surface()), key);
            }
            ctx.acronymDefined(m).ifPresent(a -> acronyms.putIfAbsent(a, key));
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
            } else if (m.form() != Mention.Form.SURNAME) {
                String key = foundKey(m.type(), m.surface());
                Found f = found.computeIfAbsent(key, k -> new Found(k, m.type()));
                f.surfaces.add(m.surface());
                ctx.acronymDefined(m).ifPresent(f.acronyms::add);
                resolved.add(new ResolvedMention(m, key, m.rule()));
            }
        }
        for (Found f : found.values()) {
            entities.put(f.key, f.entity());
        }
        for (ResolvedMention r : resolved) {
            for (String k : List.of(r.entity(), r.actsFor())) {
                if (!entities.containsKey(k)) {
                    entities.put(k, catalogue.get(k).orElseThrow(() ->
                            new IllegalStateException("resolved to unknown catalogue key " + k)));
                }
            }
        }
        resolved.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        Set<String> used = new HashSet<>();
        resolved.forEach(r -> {
            used.add(r.entity());
            used.add(r.actsFor());
        });
        entities.keySet().retainAll(used);
        return new Resolution(resolved, entities);
    }

    private static String lastWord(String s) {
        String[] words = s.strip().split("\\s+");
        return words[words.length - 1];
    }

    private Optional<ResolvedMention> resolveCatalogued(MentionContext ctx, Mention m, int index, Integer year) {
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
                boolean forHisGovernment = ctx.insideOppositeCompound(m) || ctx.possessorOf(m, words.leaderPossessions());
                Optional<String> government = forHisGovernment ? leaderOf(key) : Optional.empty();
                return Optional.of(government.map(g -> new ResolvedMention(m, key, RULE_LEADER_FOR_GOVERNMENT, g))
                        .orElse(new ResolvedMention(m, key, m.rule())));
            }
        }
    }

    /**
     * "The army", "the government": the military or government of the state whose army or government the
     * article named last ("Turkish troops entered ... the army said"), else the catalogue's reading.
     */
    private ResolvedMention byContext(ResolvedMention r, List<ResolvedMention> before, MentionContext ctx) {
        Mention m = r.mention();
        String bare = m.surface().toLowerCase(Locale.ROOT);
        if (m.form() != Mention.Form.DESCRIPTION || !words.contextual().contains(bare)) {
            return r;
        }
        if (ctx.adjective(m)) {
            // "a military source", "military operations": an adjective names no army
            return null;
        }
        boolean government = bare.contains("government") || bare.contains("regime") || bare.contains("authorities");
        for (int j = before.size() - 1; j >= 0; j--) {
            String k = before.get(j).entity();
            Optional<String> state = stateOf(k);
            if (state.isPresent() && !k.equals(state.get())
                    && (k.equals(catalogue.military(state.get())) || k.equals(catalogue.actingBody(state.get())))) {
                String body = government ? catalogue.actingBody(state.get()) : catalogue.military(state.get());
                return body.equals(r.entity()) ? r : new ResolvedMention(m, body, RULE_CONTEXT);
            }
        }
        return r;
    }

    /** The state an entity is, or is part of. */
    private Optional<String> stateOf(String key) {
        String k = key;
        for (int depth = 0; depth < 5; depth++) {
            Optional<Entity> e = catalogue.get(k);
            if (e.isPresent() && e.get().type() == EntityType.STATE) {
                return Optional.of(k);
            }
            Optional<String> parent = catalogue.parent(k);
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            k = parent.get();
        }
        return Optional.empty();
    }

    /** "anti-Assad", "pro-Putin", "Assad's forces": a head of state or government named for the government he leads. */
    private Optional<String> leaderOf(String personKey) {
        return catalogue.positions(personKey).stream()
                .filter(p -> words.leaderRoles().contains(p.role().toLowerCase(Locale.ROOT)))
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
}
