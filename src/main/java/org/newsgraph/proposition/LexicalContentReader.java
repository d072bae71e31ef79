package org.newsgraph.proposition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Resolution;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reads claim contents with the word lists of this package ({@code events.tsv}, {@code time.tsv},
 * {@code quantities.tsv}, {@code markers.tsv}) and the article's resolved mentions. A pure function
 * of the article: the same article gives the same contents. Thread-safe once loaded.
 */
public final class LexicalContentReader implements ContentReader {
    /** The days before a report (or a statement) its undated event is taken to lie in. */
    static final int REPORT_DAYS = 2;
    /** Words after a passive event within which "by" names its doer: "were killed on Monday by". */
    private static final int AGENT_AFTER = 4;

    private final MarkerLexicon markers;
    private final TimeLexicon time;
    private final QuantityLexicon quantityWords;
    private final EventFinder events;
    private final TimeFinder times;
    private final QuantityFinder quantities;
    private final MarkerFinder markerFinder;

    private LexicalContentReader(EventLexicon events, MarkerLexicon markers, TimeLexicon time, QuantityLexicon quantities) {
        this.markers = markers;
        this.time = time;
        this.quantityWords = quantities;
        this.events = new EventFinder(events, markers);
        this.times = new TimeFinder(time);
        this.quantities = new QuantityFinder(quantities);
        this.markerFinder = new MarkerFinder(markers);
    }

    /** Loads the word lists from the jar; a malformed list fails here, naming its file and line. */
    public static LexicalContentReader load() {
        return new LexicalContentReader(EventLexicon.load(), MarkerLexicon.load(), TimeLexicon.load(), QuantityLexicon.load());
    }

    @Override
    public List<ClaimContent> read(AnnotatedText text, Resolution resolution, List<ReportedClaim> claims) {
        Optional<LocalDate> published = text.document().metadata().published();
        List<ClaimContent> out = new ArrayList<>();
        for (ReportedClaim c : claims) {
            List<Token> tokens = new ArrayList<>();
            for (Sentence s : text.sentences()) {
                if (s.start() < c.end() && c.start() < s.end()) {
                    s.tokens().stream().filter(t -> t.start() >= c.start() && t.end() <= c.end()).forEach(tokens::add);
                }
            }
            out.add(tokens.isEmpty() ? empty(c) : read(c, tokens, resolution, published, text.document().text()));
        }
        return out;
    }

    private static ClaimContent empty(ReportedClaim c) {
        return new ClaimContent(c.start(), c.end(), "", Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                List.of(), Set.of(), List.of());
    }

    private ClaimContent read(ReportedClaim c, List<Token> tokens, Resolution resolution, Optional<LocalDate> published,
                              String documentText) {
        Words words = Words.of(tokens);
        List<MentionSpan> mentions = MentionSpan.within(resolution, tokens);
        List<int[]> speakers = mentions.stream().filter(m -> c.speakers().contains(m.entity())).map(MentionSpan::range).toList();
        ContentSpan span = ContentSpan.of(words, c.cue(), speakers, i -> timeAt(tokens, words, i), markers);
        if (span.from() >= span.to()) {
            return empty(c);
        }
        IntPredicate skip = markerFinder.relativeClauses(words, span.from(), span.to());
        Set<Marker> found = EnumSet.noneOf(Marker.class);
        int eventFrom = markerFinder.read(words, span, c.denies(), found);
        Optional<EventFinder.Found> event = events.find(tokens, words, eventFrom, span.to(), skip);
        List<String> participants = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (MentionSpan m : mentions) {
            Entity e = resolution.entities().get(m.entity());
            // A relative clause speaks of something else, but where it places that is where the event is too:
            // "the army, which has captured Aleppo's Old City, had halted" places the halt in Aleppo.
            boolean other = skip.test(m.from()) && e.type().isActor();
            if (m.from() < span.from() || m.to() > span.to() || other || bystanders(words, m, e)) {
                continue;
            }
            List<String> into = e.type().isActor() ? participants : places;
            addOnce(into, m.entity());
            if (e.type().isActor() && event.isPresent() && agentOf(words, m, event.get())) {
                addOnce(agents, m.entity());
            }
        }
        List<String> denied = found.contains(Marker.DENIAL) ? deniedSources(words, span, mentions, resolution) : List.of();
        String content = documentText.substring(tokens.get(span.from()).start(), tokens.get(span.to() - 1).end());
        return new ClaimContent(c.start(), c.end(), content, event.map(EventFinder.Found::event), participants, agents,
                places, timeSpan(tokens, words, span, skip, published), quantities.find(tokens, words, span.from(), span.to()),
                found, denied);
    }

    private static void addOnce(List<String> list, String key) {
        if (!list.contains(key)) {
            list.add(key);
        }
    }

    /** "8,000 Syrians", "Syrian citizens": a nationality word that names suffering people, not the state acting. */
    private boolean bystanders(Words words, MentionSpan m, Entity e) {
        return m.form() == Mention.Form.DEMONYM && e.type() == EntityType.STATE
                && (quantityWords.bystandersAt(words, m.to() - 1) || quantityWords.bystandersAt(words, m.to()));
    }

    /**
     * Who does the event: an actor named before it in its clause ("Russian air strikes", "Syrian forces
     * retook"), or after "by" just behind it ("abducted by the Assad regime").
     */
    private boolean agentOf(Words words, MentionSpan m, EventFinder.Found event) {
        if (m.to() <= event.at()) {
            return markers.get("boundary").find(words, m.to(), event.at()) < 0;
        }
        for (int k = event.end(); k < Math.min(words.size(), event.end() + AGENT_AFTER); k++) {
            if (words.word(k).equals("by")) {
                return m.from() > k && m.from() <= k + 2;
            }
        }
        return false;
    }

    /** Tokens of a time expression starting at {@code i}: a span phrase or a capitalised weekday. */
    private int timeAt(List<Token> tokens, Words words, int i) {
        int n = time.spanPhrases().matchAt(words, i);
        if (n > 0) {
            return n;
        }
        return Character.isUpperCase(tokens.get(i).text().charAt(0)) && time.weekday(words.word(i)) != null ? 1 : 0;
    }

    /**
     * The content's own time expression dates the event (STATED); else one in the attribution dates the
     * statement, and the event lies in the days before it; else the article's date does the same.
     */
    private Optional<TimeSpan> timeSpan(List<Token> tokens, Words words, ContentSpan span, IntPredicate skip,
                                        Optional<LocalDate> published) {
        Optional<TimeFinder.Found> stated = times.find(tokens, words, span.from(), span.to(), published, skip);
        if (stated.isPresent()) {
            return Optional.of(new TimeSpan(stated.get().from(), stated.get().until(), TimeSpan.Precision.STATED,
                    stated.get().text()));
        }
        int from = span.preposed() ? 0 : span.to();
        int to = span.preposed() ? span.from() : words.size();
        Optional<TimeFinder.Found> said = times.find(tokens, words, from, to, published, i -> false);
        if (said.isPresent()) {
            LocalDate d = said.get().until();
            return Optional.of(new TimeSpan(d.minusDays(REPORT_DAYS), d, TimeSpan.Precision.REPORTED, said.get().text()));
        }
        return published.map(d -> new TimeSpan(d.minusDays(REPORT_DAYS), d, TimeSpan.Precision.REPORTED, ""));
    }

    /** Whose claims a denial rejects: "the militants' claims", "claims made by militants", "reports by X". */
    private List<String> deniedSources(Words words, ContentSpan span, List<MentionSpan> mentions, Resolution resolution) {
        Set<String> out = new LinkedHashSet<>();
        Phrases source = markers.get("source");
        int from = span.preposed() ? span.cueEnd() : 0;
        for (int k = from; k < words.size(); k++) {
            int len = source.matchAt(words, k);
            if (len == 0) {
                continue;
            }
            int possessiveEnd = k > 0 && (words.word(k - 1).equals("'") || words.word(k - 1).equals("'s")) ? k - 1 : k;
            int byAt = words.word(k + len - 1).equals("by") ? k + len
                    : k + len < words.size() && words.word(k + len).equals("by") ? k + len + 1 : -1;
            for (MentionSpan m : mentions) {
                boolean owner = m.to() == possessiveEnd || m.to() == k;
                boolean agent = byAt >= 0 && (m.from() == byAt || m.from() == byAt + 1);
                if ((owner || agent) && resolution.entities().get(m.entity()).type().isActor()) {
                    out.add(m.entity());
                }
            }
        }
        return List.copyOf(out);
    }
}
