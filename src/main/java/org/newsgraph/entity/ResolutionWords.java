package org.newsgraph.entity;

import java.util.Objects;
import java.util.Set;
import org.newsgraph.rules.Lexicons;

/**
 * The word classes that decide what a mention stands for from its neighbours, read from the
 * {@code resolve-*} lexicons (each file says what its class is for, with an example). Words are
 * compared lower-cased, as written.
 *
 * @param leaderRoles    {@code resolve-leader-roles}: "anti-Assad" names the government he leads
 * @param locatives      {@code resolve-locatives}: "in Moscow" is a place
 * @param relationNouns  {@code resolve-relation-nouns}: "an opponent of Tehran" acts
 * @param actingCompounds {@code resolve-acting-compounds}: "Ankara-backed" acts
 * @param placeNouns     {@code resolve-place-nouns}: "Damascus's streets" is a place
 * @param militaryNouns  {@code resolve-military-nouns}: "Russian warplanes" are the military
 * @param statementVerbs {@code resolve-statement-verbs}: "Moscow warns" acts
 * @param speechBefore   {@code resolve-speech-before}: "said Moscow" acts
 * @param leaderPossessions {@code resolve-leader-possessions}: "Assad's forces" are his government's
 * @param contextual     {@code resolve-contextual-descriptions}: "the army" is the army the article named last
 */
public record ResolutionWords(Set<String> leaderRoles, Set<String> locatives, Set<String> relationNouns,
                              Set<String> actingCompounds, Set<String> placeNouns, Set<String> militaryNouns,
                              Set<String> statementVerbs, Set<String> speechBefore, Set<String> leaderPossessions,
                              Set<String> contextual) {

    public ResolutionWords {
        leaderRoles = Set.copyOf(Objects.requireNonNull(leaderRoles, "leaderRoles"));
        locatives = Set.copyOf(Objects.requireNonNull(locatives, "locatives"));
        relationNouns = Set.copyOf(Objects.requireNonNull(relationNouns, "relationNouns"));
        actingCompounds = Set.copyOf(Objects.requireNonNull(actingCompounds, "actingCompounds"));
        placeNouns = Set.copyOf(Objects.requireNonNull(placeNouns, "placeNouns"));
        militaryNouns = Set.copyOf(Objects.requireNonNull(militaryNouns, "militaryNouns"));
        statementVerbs = Set.copyOf(Objects.requireNonNull(statementVerbs, "statementVerbs"));
        speechBefore = Set.copyOf(Objects.requireNonNull(speechBefore, "speechBefore"));
        leaderPossessions = Set.copyOf(Objects.requireNonNull(leaderPossessions, "leaderPossessions"));
        contextual = Set.copyOf(Objects.requireNonNull(contextual, "contextual"));
    }

    /** The classes of a grammar's lexicons; they must have been loaded with it (listed in master.yml). */
    public static ResolutionWords from(Lexicons lexicons) {
        return new ResolutionWords(lexicons.get("resolve-leader-roles"), lexicons.get("resolve-locatives"),
                lexicons.get("resolve-relation-nouns"), lexicons.get("resolve-acting-compounds"),
                lexicons.get("resolve-place-nouns"), lexicons.get("resolve-military-nouns"),
                lexicons.get("resolve-statement-verbs"), lexicons.get("resolve-speech-before"),
                lexicons.get("resolve-leader-possessions"), lexicons.get("resolve-contextual-descriptions"));
    }
}
