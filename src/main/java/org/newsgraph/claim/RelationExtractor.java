package org.newsgraph.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.claim.SentenceView.Span;
import org.newsgraph.entity.Resolution;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Reads {@code backs} and {@code opposes} between actors from the ways English news says them:
 * "X-backed Y", "Y, backed by X", "X supports/arms/trains Y", "with X's support", "Y, allied to X";
 * "anti-X Y", "X, an opponent of Y", "X attacked/shelled Y", "X retook ... from Y", "X's offensive on
 * Y-held ...", "strikes on Y", "clashes between X and Y", "... against Y". Coordinated subjects and
 * objects distribute. Hypothetical or negated statements ("could lead to a confrontation") are not
 * relations.
 */
public final class RelationExtractor implements ClaimExtractor {

    static final Set<String> BACK_VERBS = Lexicon.forms("support", "back", "arm", "train", "fund", "finance", "aid",
            "assist", "sponsor", "equip", "supply", "bankroll", "help", "abet", "provide");
    static final Set<String> OPPOSE_VERBS = Lexicon.forms("attack", "shell", "strike", "bomb", "raid", "target", "fight",
            "battle", "combat", "clash", "ambush", "besiege", "kill", "oppose", "confront", "destroy", "hit", "pound",
            "shoot", "storm", "overrun", "repel", "repulse", "expel", "rout", "defeat", "encircle", "assault", "bombard",
            "invade", "oust", "topple", "overthrow", "blockade", "surround", "counterattack");
    static final Set<String> FROM_VERBS = Lexicon.forms("retake", "capture", "seize", "take", "recapture", "liberate",
            "regain", "wrest", "grab", "snatch", "win", "free", "reclaim", "control");
    static final Set<String> OUT_VERBS = Lexicon.forms("drive", "push", "flush", "chase", "kick", "force");
    static final Set<String> OPPOSE_NOUNS = Set.of("offensive", "offensives", "attack", "attacks", "assault", "assaults",
            "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombardment", "bombing", "bombings",
            "shelling", "operation", "operations", "campaign", "war", "fight", "fighting", "push", "advance", "advances",
            "counteroffensive", "counter-offensive", "siege", "onslaught", "battle", "battles", "crackdown", "incursion",
            "gains", "control", "air", "shells");
    static final Set<String> BACK_NOUNS = Set.of("support", "backing", "help", "aid", "assistance", "cover", "arms",
            "weapons", "funding", "training", "protection");
    static final Set<String> COMPOUND_BACKED = Set.of("backed", "supported", "sponsored", "funded", "armed", "trained",
            "allied", "financed", "equipped");
    static final Set<String> HELD = Set.of("held", "controlled", "occupied", "besieged", "dominated", "run");
    static final Set<String> HOSTILE_NOUNS = Set.of("opponent", "opponents", "enemy", "enemies", "foe", "foes", "rival",
            "rivals", "adversary", "adversaries", "critic", "nemesis");
    static final Set<String> ALLY_NOUNS = Set.of("ally", "allies", "backer", "backers", "sponsor", "sponsors", "patron",
            "supporter", "supporters", "partner", "partners", "proxy", "proxies");
    static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "would", "should", "will", "threatened",
            "threatens", "threaten", "plans", "planned", "plan", "vowed", "vows", "ready", "likely", "possible", "if",
            "unless", "not", "never", "n't", "no", "refused", "denied", "denies", "deny", "wants", "want", "seeks",
            "intends", "prepared", "preparing", "considering");
    static final Set<String> HALTED = Lexicon.forms("halt", "suspend", "stop", "end", "pause", "cease", "freeze");
    static final Set<String> PARTICIPLES_IN_OBJECT = Set.of("belonging", "held", "controlled", "affiliated", "linked",
            "loyal", "allied", "positioned", "stationed", "based", "remaining", "fighting", "operating", "known", "called",
            "so-called");
    static final Set<String> AGAINST_HEADS = Set.of("fight", "fighting", "fought", "battle", "battling", "battled", "war",
            "campaign", "offensive", "operation", "operations", "strikes", "attacks", "struggle", "support", "supporting",
            "supported", "backing", "backed", "aid", "arming", "armed", "training", "trained", "coalition", "alliance",
            "gains", "advance", "advances", "push", "assault", "counteroffensive", "clashes", "uprising",
            "rebellion", "insurgency", "revolt", "sanctions");

    /** What attacks are aimed at when the target is an actor: "bombed IS positions", "shelled rebel areas". */
    static final Set<String> TARGET_NOUNS = Set.of("positions", "position", "targets", "target", "bases", "base",
            "fighters", "members", "convoy", "convoys", "depots", "depot", "headquarters", "sites", "site", "hideouts",
            "strongholds", "stronghold", "areas", "area", "districts", "territory", "lines", "posts", "outposts",
            "checkpoints", "units", "troops", "forces", "militants", "gunmen", "vehicles", "tanks", "military",
            "command", "leaders", "commanders", "weapons", "arms", "support", "supplies", "control", "ground", "parts",
            "part", "neighborhoods", "neighbourhoods", "towns", "villages", "town", "village", "city", "percent");
    static final Set<String> LOCATIVE = Set.of("in", "near", "at", "inside", "outside", "around", "across");

    /** Prepositions whose object is not the subject of what follows ("opponent of X", "backed by X"). */
    static final Set<String> PREPOSITIONS = Set.of("of", "by", "with", "from", "in", "to", "for", "against", "on",
            "at", "near", "between", "including", "into", "over", "under", "among", "like", "than", "through", "toward",
            "towards", "via", "within", "without", "about", "across", "around", "per", "despite", "amid", "inside");

    static final Set<String> HOSTILITIES = Set.of("clashes", "fighting", "battles", "battle", "war", "fight",
            "confrontation", "confrontations", "hostilities", "attacks", "tensions", "tension", "conflict", "rivalry",
            "feud", "skirmishes", "infighting");

    public static final String RULE_COMPOUND_BACKED = "x-backed-y";
    public static final String RULE_COMPOUND_ANTI = "anti-x-y";
    public static final String RULE_BACKED_BY = "y-backed-by-x";
    public static final String RULE_ALLIED = "y-allied-to-x";
    public static final String RULE_VERB_BACKS = "x-supports-y";
    public static final String RULE_VERB_OPPOSES = "x-attacks-y";
    public static final String RULE_TAKES_FROM = "x-takes-from-y";
    public static final String RULE_NOUN_OPPOSES = "x-offensive-on-y";
    public static final String RULE_WITH_SUPPORT = "with-x-support";
    public static final String RULE_OPPONENT_OF = "x-an-opponent-of-y";
    public static final String RULE_ALLY_OF = "x-ally-of-y";
    public static final String RULE_AGAINST = "y-against-x";
    public static final String RULE_BETWEEN = "clashes-between-x-and-y";

    @Override
    public List<Claim> extract(AnnotatedText text, Resolution resolution) {
        List<Claim> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            SentenceView v = new SentenceView(sentence, resolution);
            if (v.spans.stream().filter(Span::actor).count() < 2) {
                continue;
            }
            Map<String, Claim> found = new LinkedHashMap<>();
            new Reader(v, found).read();
            out.addAll(found.values());
        }
        return out;
    }

    /** The rules applied to one sentence; statements are keyed by (subject, type, object) to drop repeats. */
    private static final class Reader {
        private final SentenceView v;
        private final Map<String, Claim> found;

        Reader(SentenceView v, Map<String, Claim> found) {
            this.v = v;
            this.found = found;
        }

        void read() {
            for (Span s : v.spans) {
                if (s.actor()) {
                    compounds(s);
                    backedBy(s);
                    allied(s);
                    appositions(s);
                }
            }
            if (v.sentence.titleCase()) {
                return;
            }
            for (int i = 0; i < v.size(); i++) {
                String w = v.lower(i);
                boolean infinitive = v.lower(i - 1).equals("to") && !v.pos(i).equals("PROPN");
                boolean verbal = (v.pos(i).equals("VERB") || pastTense(w) || infinitive) && !determined(i)
                        && !v.lower(i - 1).equals("-");
                if (v.lower(i - 1).equals("-")) {
                    continue;
                }
                if (verbal && BACK_VERBS.contains(w)) {
                    verb(i, ClaimType.BACKS, RULE_VERB_BACKS, Need.ANY);
                } else if (verbal && OPPOSE_VERBS.contains(w)) {
                    verb(i, ClaimType.OPPOSES, RULE_VERB_OPPOSES, Need.ANY);
                } else if (verbal && FROM_VERBS.contains(w)) {
                    verb(i, ClaimType.OPPOSES, RULE_TAKES_FROM, Need.FROM);
                } else if (verbal && OUT_VERBS.contains(w)) {
                    verb(i, ClaimType.OPPOSES, RULE_VERB_OPPOSES, Need.OUT);
                } else if (OPPOSE_NOUNS.contains(w) || (!verbal && OPPOSE_VERBS.contains(w))) {
                    noun(i);
                } else if (BACK_NOUNS.contains(w)) {
                    withSupport(i);
                } else if (w.equals("between")) {
                    between(i);
                } else if (w.equals("against")) {
                    against(i);
                }
            }
        }

        /** "struck", "bombed": past forms the tagger sometimes reads as nouns are verbs all the same. */
        private static boolean pastTense(String w) {
            boolean trigger = BACK_VERBS.contains(w) || OPPOSE_VERBS.contains(w) || FROM_VERBS.contains(w);
            return trigger && (w.endsWith("ed") || w.equals("struck") || w.equals("fought") || w.equals("took")
                    || w.equals("retook") || w.equals("shot") || w.equals("drove") || w.equals("overran"));
        }

        private boolean determined(int i) {
            String prev = v.lower(i - 1);
            return prev.equals("the") || prev.equals("a") || prev.equals("an") || prev.equals("its") || prev.equals("their")
                    || prev.equals("'s");
        }

        private void add(Span subject, ClaimType type, Span object, int from, int to, String rule, String cue) {
            if (subject == null || object == null || !subject.actor() || !object.actor() || subject.key().equals(object.key())) {
                return;
            }
            int a = Math.max(0, Math.min(from, Math.min(subject.from(), object.from())));
            int b = Math.min(v.size(), Math.max(to, Math.max(subject.to(), object.to())));
            String id = subject.key() + " " + type + " " + object.key();
            found.putIfAbsent(id, new Claim(subject.key(), type, Optional.of(object.key()), v.evidence(a, b), rule, cue,
                    subject.mention().mention().surface()));
        }

        private void addAll(List<Span> subjects, ClaimType type, List<Span> objects, int from, int to, String rule, String cue) {
            for (Span s : subjects) {
                for (Span o : objects) {
                    add(s, type, o, from, to, rule, cue);
                }
            }
        }

        /** Negation, modality or a plan within the few words before a trigger. */
        private boolean hypothetical(int trigger) {
            for (int i = trigger - 1; i >= Math.max(0, trigger - 4); i--) {
                String w = v.lower(i);
                if (w.equals(",") || w.equals(";") || SentenceView.CLAUSE_WORDS.contains(w)) {
                    return false;
                }
                if (HYPOTHETICAL.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** "X-backed Y", "anti-X Y". */
        private void compounds(Span s) {
            if (v.lower(s.to()).equals("-") && COMPOUND_BACKED.contains(v.lower(s.to() + 1))) {
                Span y = nextActor(s.to() + 2, 5);
                if (y != null) {
                    add(s, ClaimType.BACKS, y, s.from(), y.to(), RULE_COMPOUND_BACKED, v.word(s.to() + 1));
                }
            }
            if (v.lower(s.from() - 1).equals("-") && v.lower(s.from() - 2).equals("anti")) {
                Span y = nextActor(s.to(), 4);
                if (y != null) {
                    add(y, ClaimType.OPPOSES, s, s.from() - 2, y.to(), RULE_COMPOUND_ANTI, "anti-");
                }
            }
        }

        /** The first participant actor starting within {@code window} tokens of {@code from}, over modifiers only. */
        private Span nextActor(int from, int window) {
            for (int i = from; i < Math.min(v.size(), from + window); i++) {
                Span s = v.at(i);
                if (s != null && s.from() == i) {
                    if (s.actor() && !v.inCompound(s)) {
                        return s;
                    }
                    i = s.to() - 1;
                    continue;
                }
                String pos = v.pos(i);
                String w = v.lower(i);
                if (!(pos.equals("ADJ") || pos.equals("DET") || pos.equals("NUM") || w.equals("anti") || w.equals("pro") || w.equals("so")
                        || w.equals("-") || w.equals("called") || w.equals("\"") || w.equals("“") || w.equals("”")
                        || w.equals("'"))) {
                    return null;
                }
            }
            return null;
        }

        /** "Y, backed by X", "Y supported by X". */
        private void backedBy(Span y) {
            int i = y.to();
            if (v.lower(i).equals(",")) {
                i++;
            }
            if (COMPOUND_BACKED.contains(v.lower(i)) && v.lower(i + 1).equals("by")) {
                Span x = nextActor(i + 2, 4);
                if (x != null) {
                    for (Span xs : v.coordinated(x)) {
                        add(xs, ClaimType.BACKS, y, y.from(), xs.to(), RULE_BACKED_BY, v.word(i));
                    }
                }
            }
        }

        /** "Y, allied to X", "forces aligned with X", "loyal to X": Y backs X. */
        private void allied(Span y) {
            int i = y.to();
            if (v.lower(i).equals(",")) {
                i++;
            }
            String w = v.lower(i);
            String p = v.lower(i + 1);
            if ((w.equals("allied") || w.equals("aligned") || w.equals("loyal")) && (p.equals("to") || p.equals("with"))) {
                Span x = nextActor(i + 2, 4);
                if (x != null) {
                    add(y, ClaimType.BACKS, x, y.from(), x.to(), RULE_ALLIED, w);
                }
            }
        }

        /** "X, a staunch opponent of Y", "Y, an ally of X", "X's ally Y". */
        private void appositions(Span x) {
            int i = x.to();
            if (v.lower(i).equals(",")) {
                int j = i + 1;
                String det = v.lower(j);
                if (det.equals("a") || det.equals("an") || det.equals("the") || det.equals("its") || det.equals("their")) {
                    j++;
                    int limit = j + 3;
                    while (j < limit && !v.lower(j + 1).equals("of") && v.at(j) == null) {
                        j++;
                    }
                    String head = v.lower(j);
                    if (v.lower(j + 1).equals("of")) {
                        Span y = nextActor(j + 2, 4);
                        if (y != null && HOSTILE_NOUNS.contains(head)) {
                            add(x, ClaimType.OPPOSES, y, x.from(), y.to(), RULE_OPPONENT_OF, head);
                        } else if (y != null && ALLY_NOUNS.contains(head)) {
                            add(x, ClaimType.BACKS, y, x.from(), y.to(), RULE_ALLY_OF, head);
                        }
                    }
                }
            }
            if (ALLY_NOUNS.contains(v.lower(x.from() - 1))) {
                alliesOfReferent(x);
            }
            if (v.lower(i).equals("'s") && ALLY_NOUNS.contains(v.lower(i + 1))) {
                Span y = nextActor(i + 2, 3);
                if (y != null) {
                    add(y, ClaimType.BACKS, x, x.from(), y.to(), RULE_ALLY_OF, v.word(i + 1));
                }
            }
        }

        /** "the regime and its close allies Russia and Iran": each named ally backs the actor "its" points back to. */
        private void alliesOfReferent(Span firstNamed) {
            int k = firstNamed.from() - 1;
            int det = k;
            while (det > 0 && !(v.lower(det).equals("its") || v.lower(det).equals("their") || v.lower(det).equals("his"))) {
                det--;
            }
            boolean allyNoun = false;
            for (int j = det + 1; j < firstNamed.from(); j++) {
                allyNoun |= ALLY_NOUNS.contains(v.lower(j));
            }
            if (!allyNoun || k - det > 3) {
                return;
            }
            Span owner = null;
            for (Span s : v.spans) {
                if (s.to() <= det && s.actor() && det - s.to() <= 4) {
                    owner = s;
                }
            }
            if (owner != null) {
                for (Span ally : participants(firstNamed)) {
                    add(ally, ClaimType.BACKS, owner, owner.from(), ally.to(), RULE_ALLY_OF, "allies");
                }
            }
        }

        private enum Need { ANY, FROM, OUT }

        private void verb(int i, ClaimType type, String rule, Need need) {
            if (hypothetical(i) || halted(i)) {
                return;
            }
            boolean participle = !v.lower(i).endsWith("ing");
            boolean passive = participle && (isBe(v.lower(i - 1)) || isBe(v.lower(i - 2)) && v.pos(i - 1).equals("ADV")
                    || v.lower(i + 1).equals("by"));
            if (passive && v.lower(i + 1).equals("by")) {
                Span agent = nextActor(i + 2, 4);
                Span patient = subjectBefore(i);
                if (agent != null && patient != null && adjacentPatient(patient, i)) {
                    addAll(v.coordinated(agent), type, v.coordinated(patient), patient.from(), agent.to(), rule, v.word(i));
                }
                return;
            }
            if (passive) {
                return;
            }
            Span subject = modifiedNoun(i);
            if (subject == null) {
                subject = subjectBefore(sharedSubjectVerb(i));
            }
            if (subject == null) {
                return;
            }
            Span object = objectAfter(i, need);
            if (object != null) {
                List<Span> subjects = participants(subject);
                addAll(subjects, type, participants(object), subject.from(), object.to(), rule, v.word(i));
            }
        }

        /**
         * The verb whose subject this one shares: "X killed A and destroyed B", "X raided A killing B"
         * — the first verb of the coordination, or the finite verb a participle hangs from.
         */
        private int sharedSubjectVerb(int trigger) {
            int k = trigger - 1;
            while (k >= 0 && v.pos(k).equals("ADV")) {
                k--;
            }
            boolean coordinated = v.lower(k).equals("and") && v.at(k - 1) == null;
            boolean participle = v.lower(trigger).endsWith("ing") && !isBe(v.lower(k)) && !v.pos(k).equals("AUX")
                    && (v.at(k) == null || !v.at(k).actor());
            if (!coordinated && !participle) {
                return trigger;
            }
            for (int j = k - 1; j >= 0; j--) {
                String w = v.lower(j);
                if (w.equals(";") || SentenceView.CLAUSE_WORDS.contains(w)) {
                    return trigger;
                }
                if (v.pos(j).equals("VERB") && !v.lower(j - 1).equals("-") && !PARTICIPLES_IN_OBJECT.contains(w)) {
                    return j;
                }
            }
            return trigger;
        }

        /** "militants supporting US forces": a participle right after an actor makes that actor its subject. */
        private Span modifiedNoun(int trigger) {
            int k = trigger - 1;
            while (k >= 0 && (v.lower(k).equals("\"") || v.lower(k).equals("“") || v.lower(k).equals("'"))) {
                k--;
            }
            Span s = v.at(k);
            boolean participle = v.lower(trigger).endsWith("ing") || v.lower(trigger).endsWith("ed");
            return participle && s != null && s.to() == k + 1 && s.actor() && !v.inCompound(s) ? s : null;
        }

        /** "Y was attacked by X", "Y, supported by X": the patient is right before the verb, not anywhere. */
        private boolean adjacentPatient(Span patient, int verb) {
            for (int k = patient.to(); k < verb; k++) {
                String w = v.lower(k);
                if (!(w.equals(",") || isBe(w) || v.pos(k).equals("AUX") || v.pos(k).equals("ADV"))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBe(String w) {
            return w.equals("is") || w.equals("are") || w.equals("was") || w.equals("were") || w.equals("been")
                    || w.equals("being") || w.equals("be");
        }

        /** "X's offensive on Y", "Russian airstrikes on Y", "X carried out strikes on Y", "advances in Y-held areas". */
        private void noun(int n) {
            if (hypothetical(n) || halted(n)) {
                return;
            }
            if (v.lower(n + 1).equals("by")) {
                Span agent = nextActor(n + 2, 4);
                String after = agent == null ? "" : v.lower(agent.to());
                if (agent != null && (after.equals("on") || after.equals("against") || after.equals("in") || after.equals("targeting"))) {
                    Span object = objectAfter(agent.to(), after.equals("in") ? Need.FROM : Need.ANY);
                    if (object != null) {
                        addAll(participants(agent), ClaimType.OPPOSES, participants(object), n, object.to(),
                                RULE_NOUN_OPPOSES, v.word(n));
                    }
                }
                return;
            }
            String prep = v.lower(n + 1);
            boolean held = prep.equals("in") || prep.equals("into") || prep.equals("of");
            if (!(prep.equals("on") || prep.equals("against") || prep.equals("targeting") || held)) {
                return;
            }
            Span object = objectAfter(n + 1, held ? Need.FROM : Need.ANY);
            if (object == null || object.entity().type() == EntityType.STATE && object.from() == n + 2
                    && object.mention().mention().form() == Mention.Form.NAME) {
                // "airstrikes on Syria": the state's territory, not the state as a party
                return;
            }
            Span agent = v.at(n - 1);
            if (agent == null && v.lower(n - 1).equals("'s")) {
                agent = v.at(n - 2);
            }
            if (agent == null || !agent.actor()) {
                agent = subjectBefore(n);
            }
            if (agent != null) {
                addAll(participants(agent), ClaimType.OPPOSES, participants(object), agent.from(), object.to(),
                        RULE_NOUN_OPPOSES, v.word(n));
            }
        }

        private boolean halted(int n) {
            for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
                if (HALTED.contains(v.lower(i))) {
                    return true;
                }
            }
            return false;
        }

        /** "with X's support", "using Turkish support", "with the backing of X": X backs the clause's subject. */
        private void withSupport(int n) {
            Span backer = null;
            for (int k = n - 1; k >= Math.max(0, n - 3) && backer == null; k--) {
                backer = v.at(k);
                if (!(v.lower(k).equals("'s") || v.pos(k).equals("ADJ") || v.pos(k).equals("NOUN") || backer != null)) {
                    break;
                }
            }
            if (backer != null && !backer.actor()) {
                backer = null;
            }
            int phraseStart = backer == null ? n : backer.from();
            if (backer == null && (v.lower(n + 1).equals("of") || v.lower(n + 1).equals("from"))) {
                backer = nextActor(n + 2, 4);
            }
            String intro = v.lower(phraseStart - 1).equals("the") ? v.lower(phraseStart - 2) : v.lower(phraseStart - 1);
            if (backer == null || !(intro.equals("with") || intro.equals("using") || intro.equals("to"))) {
                return;
            }
            Span supported = subjectBefore(phraseStart - 1);
            if (supported == null) {
                int after = Math.max(n, backer.to()) + 1;
                while (after < v.size() && !v.lower(after).equals(",")) {
                    after++;
                }
                supported = nextActorLoosely(after + 1, 6);
            }
            if (supported != null) {
                add(backer, ClaimType.BACKS, supported, phraseStart, supported.to(), RULE_WITH_SUPPORT, v.word(n));
            }
        }

        /** "clashes between X and Y": each opposes the other. */
        private void between(int b) {
            String head = v.lower(b - 1);
            if (!HOSTILITIES.contains(head) || hypothetical(b - 1)) {
                return;
            }
            Span x = nextActor(b + 1, 4);
            if (x == null) {
                return;
            }
            List<Span> group = v.coordinated(x);
            if (group.size() == 2) {
                add(group.get(0), ClaimType.OPPOSES, group.get(1), b - 1, group.get(1).to(), RULE_BETWEEN, head);
                add(group.get(1), ClaimType.OPPOSES, group.get(0), b - 1, group.get(1).to(), RULE_BETWEEN, head);
            }
        }

        /** "S supports O against Y", "the fight against Y": S (and O) oppose Y. */
        private void against(int a) {
            Span y = nextActor(a + 1, 4);
            if (y == null || hypothetical(a)) {
                return;
            }
            Span before = v.at(a - 1);
            boolean actorBefore = before != null && before.actor() && !v.inCompound(before);
            int h = actorBefore ? before.from() - 1 : a - 1;
            while (h >= 0 && (v.pos(h).equals("DET") || v.pos(h).equals("ADJ"))) {
                h--;
            }
            String head = v.lower(h);
            if (!actorBefore && !AGAINST_HEADS.contains(head)) {
                return;
            }
            if (head.equals("warned") || head.equals("warn") || head.equals("warns")) {
                return;
            }
            Span subject = v.at(h - 1) != null && v.at(h - 1).to() == h && v.at(h - 1).actor() && !actorBefore
                    ? v.at(h - 1) : subjectBefore(actorBefore ? before.from() : a);
            if (subject != null && !actorBefore || subject != null && AGAINST_HEADS.contains(head)) {
                addAll(participants(subject), ClaimType.OPPOSES, participants(y), subject.from(), y.to(), RULE_AGAINST, "against");
            }
            if (actorBefore) {
                addAll(participants(before), ClaimType.OPPOSES, participants(y), before.from(), y.to(), RULE_AGAINST, "against");
            }
        }

        private List<Span> participants(Span s) {
            return v.coordinated(s).stream().filter(p -> p.actor() && !v.inCompound(p)).toList();
        }

        /**
         * The actor acting at a trigger: the nearest actor before it that is not inside a prepositional
         * phrase or a compound, within the same clause.
         */
        private Span subjectBefore(int trigger) {
            int r = trigger - 1;
            while (r >= 0 && (v.pos(r).equals("AUX") || v.pos(r).equals("ADV"))) {
                r--;
            }
            String rel = v.lower(r);
            if (rel.equals("which") || rel.equals("who") || rel.equals("that")) {
                Span antecedent = v.at(r - 1);
                if (antecedent == null && v.lower(r - 1).equals(",")) {
                    antecedent = v.at(r - 2);
                }
                if (antecedent != null && antecedent.actor() && !v.inCompound(antecedent)) {
                    return antecedent;
                }
            }
            for (int k = v.spans.size() - 1; k >= 0; k--) {
                Span s = v.spans.get(k);
                if (s.to() > trigger) {
                    continue;
                }
                if (crossesClause(s.to(), trigger)) {
                    return null;
                }
                if (!s.actor() || v.inCompound(s) || v.at(s.from()) != s) {
                    continue;
                }
                Span first = v.coordinated(s).get(0);
                String before = v.lower(first.from() - 1);
                if (PREPOSITIONS.contains(before) || before.equals("the") && PREPOSITIONS.contains(v.lower(first.from() - 2))) {
                    continue;
                }
                return s;
            }
            return null;
        }

        private boolean crossesClause(int from, int to) {
            for (int i = from; i < to; i++) {
                String w = v.lower(i);
                if (w.equals(";") || w.equals(":") || w.equals("said") || w.equals("says") || w.equals("saying")
                        || SentenceView.CLAUSE_WORDS.contains(w) && !v.pos(i).equals("DET")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The actor a trigger acts on: the first one after it within the clause. "from" verbs need it
         * after "from", or as the holder of a "Y-held" place; "out" verbs need the particle.
         */
        private Span objectAfter(int trigger, Need need) {
            if (need == Need.OUT && !outFollows(trigger)) {
                return null;
            }
            boolean afterFrom = false;
            boolean thingTargeted = false;
            for (int j = trigger + 1; j < Math.min(v.size(), trigger + 13); j++) {
                String w = v.lower(j);
                if (v.pos(j).equals("NOUN") && v.at(j) == null && !TARGET_NOUNS.contains(w)) {
                    thingTargeted = true;
                }
                if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals(",") || w.equals("?")
                        || SentenceView.CLAUSE_WORDS.contains(w) || v.pos(j).equals("SCONJ")) {
                    return null;
                }
                if (v.pos(j).equals("VERB") && !v.lower(j - 1).equals("to") && !PARTICIPLES_IN_OBJECT.contains(w)
                        && !(v.lower(j - 1).equals("-") && HELD.contains(w))) {
                    return null;
                }
                if (w.equals("from")) {
                    afterFrom = true;
                }
                Span s = v.at(j);
                if (s == null || s.from() != j) {
                    continue;
                }
                boolean heldBy = v.lower(s.to()).equals("-") && HELD.contains(v.lower(s.to() + 1));
                if (AttributionExtractor.SPEECH_VERBS.contains(v.lower(s.to()))) {
                    // "... destroyed their vehicles SANA mentioned": the source, not the target
                    return null;
                }
                if (thingTargeted && LOCATIVE.contains(v.lower(s.from() - 1))) {
                    // "targeted a refugee camp in rebel-run Idlib": the camp was the target, not its surroundings
                    return null;
                }
                if (s.actor() && (heldBy || !v.inCompound(s)) && (need != Need.FROM || afterFrom || heldBy)) {
                    return s;
                }
                j = s.to() - 1;
            }
            return null;
        }

        private boolean outFollows(int trigger) {
            for (int j = trigger + 1; j < Math.min(v.size(), trigger + 6); j++) {
                if (v.lower(j).equals("out")) {
                    return true;
                }
            }
            return false;
        }

        /** The first actor within a window, skipping anything. */
        private Span nextActorLoosely(int from, int window) {
            for (int i = from; i < Math.min(v.size(), from + window); i++) {
                Span s = v.at(i);
                if (s != null && s.actor() && !v.inCompound(s)) {
                    return s;
                }
            }
            return null;
        }
    }
}
