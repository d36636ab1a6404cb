package io.liveblog.extract;

import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the figures a live-blog post reports. Deterministic, thread-safe, no I/O.
 *
 * <p>API contract (the streams app relies on it): construct with a {@link Gazetteer}; {@link #extract(PostText)}
 * returns claims in text order (headline first, then body).
 *
 * <p>Per sentence ({@link SentenceSplitter}, {@link Tokenizer}): numbers and their qualifiers
 * ({@link QuantityReader}), what each counts ({@link MetricReader}), who said it ({@link SourceFinder} with the alias
 * table {@link SourceAliases}), running total or new incident or context ({@link ScopeReader}), reported or planned
 * or projected ({@link ModalityReader}), and where ({@link PlaceResolver}). The conventions are documented in
 * {@code extraction/EXTRACTION.md}.
 */
public final class ClaimExtractor {

    /** Bumped whenever extraction output may change for the same input. */
    public static final String VERSION = "extractor/1";

    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);

    private static final String HEADLINE = "headline";
    private static final String BODY = "body";

    private final Gazetteer gazetteer;
    private final PlaceResolver places;
    private final SourceFinder sources;
    private final StateAuthorities states;
    private final SourceAliases aliases;
    private final NamedAuthorities named;
    private final ConflictStarts starts = ConflictStarts.bundled();

    /** @param gazetteer places to attach figures to */
    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.places = new PlaceResolver(gazetteer);
        this.aliases = SourceAliases.bundled();
        this.named = new NamedAuthorities(aliases);
        this.sources = new SourceFinder(aliases);
        this.states = StateAuthorities.bundled();
    }

    /** @return the gazetteer figures are attached with */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** @return the figures reported in the post, in text order */
    public List<ExtractedClaim> extract(PostText post) {
        Objects.requireNonNull(post, "post");
        LocalDate published = post.published().atOffset(ZoneOffset.UTC).toLocalDate();
        PlaceResolver.PostPlaces postPlaces = places.index(post.headline(), post.body());
        PlaceResolver.FieldPlaces headlinePlaces = postPlaces.headline();
        PlaceResolver.FieldPlaces bodyPlaces = postPlaces.body();
        Place headlineFirst = PlaceResolver.first(headlinePlaces);

        SourceMemory bodyMemory = new SourceMemory();
        // a headline that credits someone ("..., health ministry says") names the post's source for "the ministry"
        if (!post.headline().isEmpty()) {
            Place where = headlineFirst != null ? headlineFirst : bodyPlaces.focus();
            List<Place> path = where == null ? List.of() : places.pathOf(where);
            for (Attribution a : sources.find(Tokenizer.tokenize(post.headline(), 0, post.headline().length()))) {
                if (!a.generic()) {
                    bodyMemory.seed(authority(a.source(), path));
                }
            }
        }
        LocalDateTime local = post.localTime();
        List<ExtractedClaim> body = readField(post.body(), BODY, published, local, bodyPlaces, bodyPlaces.focus(),
                headlineFirst, bodyMemory);
        List<ExtractedClaim> headline = readField(post.headline(), HEADLINE, published, local, headlinePlaces,
                bodyPlaces.focus(), null, new SourceMemory());
        List<ExtractedClaim> out = new ArrayList<>(headline.size() + body.size());
        for (ExtractedClaim h : headline) {
            out.add(refineFromBody(h, body));
        }
        out.addAll(body);
        LOG.debug("post {}: {} headline and {} body figures", post.postId(), headline.size(), body.size());
        return List.copyOf(out);
    }

    /**
     * The last explicit source named in a field, for "it said" and "the ministry said". Sentences without figures
     * are read for attributions only when a later figure needs them ({@link #catchUp}).
     */
    private static final class SourceMemory {
        String lastExplicit;
        String lastHealthMinistry;
        /** index of the first sentence not yet read for attributions */
        int readUpTo;
        /** explicit sources in the order they were named */
        final List<String> history = new ArrayList<>(4);

        /**
         * @param head the last word of a generic attribution ("ministry", "military", "it")
         * @return the latest explicit source of that kind, or the latest of any kind for a word that names no kind
         */
        String lastOfKind(String head) {
            String[] kinds = head.startsWith("ministry") ? new String[] {"Ministry"}
                    : head.equals("military") || head.equals("army") || head.equals("forces")
                    ? new String[] {"Defense Forces", "Military", "Army", "Forces", "military"}
                    : head.equals("agency") || head.equals("agency's")
                    ? new String[] {"Agency", "UNRWA", "OCHA", "UNHCR", "UNICEF", "Organization", "Programme"}
                    : null;
            if (kinds == null) {
                return lastExplicit;
            }
            for (int k = history.size() - 1; k >= 0; k--) {
                for (String kind : kinds) {
                    if (history.get(k).contains(kind)) {
                        return history.get(k);
                    }
                }
            }
            return null;
        }

        /** Reads the attributions of the sentences before {@code sentence} that were skipped. */
        void catchUp(List<List<Token>> tokens, int sentence, SourceFinder finder) {
            for (int k = readUpTo; k < sentence; k++) {
                remember(finder.find(tokens.get(k)), k);
            }
        }

        /** Takes a headline's explicit credit. */
        void seed(String source) {
            lastExplicit = source;
            history.add(source);
            if (isHealthMinistry(source)) {
                lastHealthMinistry = source;
            }
        }

        private static boolean isHealthMinistry(String source) {
            return source.contains("Ministry of Health") || source.contains("Ministry of Public Health");
        }

        void remember(List<Attribution> attributions, int sentence) {
            for (Attribution a : attributions) {
                if (!a.generic() && !a.source().startsWith(SourceAliases.CONTEXTUAL_PREFIX)) {
                    seed(a.source());
                }
            }
            readUpTo = sentence + 1;
        }
    }

    private List<ExtractedClaim> readField(String field, String fieldName, LocalDate published, LocalDateTime local,
                                           PlaceResolver.FieldPlaces fieldPlaces, Place focus, Place headlineFirst,
                                           SourceMemory memory) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(field);
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        int paragraph = -1;
        int paragraphStart = 0;
        boolean backgroundParagraph = false;
        for (int si = 0; si < sentences.size(); si++) {
            SentenceSplitter.Sentence s = sentences.get(si);
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphStart = s.start();
                backgroundParagraph = ScopeReader.isBackgroundParagraph(field, s.start());
            }
            List<Token> t = Tokenizer.tokenize(field, s.start(), s.end());
            tokens.add(t);
            List<NumberPhrase> phrases = QuantityReader.read(t);
            List<Reading> readings = hasCandidate(phrases) ? MetricReader.readAll(t, phrases) : List.of();
            if (readings.isEmpty()) {
                continue;
            }
            // attributions are read only where there are figures; "it said" looks back through earlier sentences
            List<Attribution> attributions = sources.find(t);
            memory.catchUp(tokens, si, sources);
            List<ScopeReader.Cue> cues = ScopeReader.cues(t, published);
            Scope previousScope = null;
            int previousEnd = -1;
            List<int[]> clauses = new ArrayList<>(readings.size());
            for (Reading r : readings) {
                clauses.add(clauseChars(t, phrases.get(r.phrase()), r));
            }
            List<Place> lastPath = null;
            for (int ri = 0; ri < readings.size(); ri++) {
                Reading r = readings.get(ri);
                if (MetricReader.HOUSEHOLDS.equals(r.unit())) {
                    // "500 families were displaced": the metrics count people and a household is not one; summed
                    // with counts of people the figure would be read as 500 people (gold/README.md)
                    continue;
                }
                NumberPhrase p = phrases.get(r.phrase());
                int spanStart = t.get(r.spanFirst()).start();
                int spanEnd = t.get(r.spanEnd() - 1).end();
                int[] clause = MetricReader.clause(t, p.first());
                int[] own = clauses.get(ri);
                List<int[]> others = new ArrayList<>(clauses.size());
                for (int[] c : clauses) {
                    if (c != own && !(c[0] <= own[0] && c[1] >= own[1])) {
                        others.add(c);
                    }
                }
                // "the toll from a strike in Kharkiv rose to seven, and 21 people were injured": the appended figure
                // is of the place the figure before it names
                int[] appendedTo = ri > 0 && ScopeReader.appends(t, clause[0]) ? clauses.get(ri - 1) : null;
                PlaceResolver.FieldPlaces where = r.metric().kind() == Metric.Kind.AID
                        ? places.withoutOrigins(fieldPlaces, field) : fieldPlaces;
                List<Place> path = places.resolve(where, own[0], own[1], s.start(), s.end(),
                        paragraphStart, t.get(p.numFirst()).start(), spanEnd, definiteReference(t, clause), focus,
                        headlineFirst, field, others, appendedTo);
                path = places.throughCrossing(path, r.metric(), fieldPlaces, s.start(), s.end(), field);
                if (lastPath != null && MetricReader.isPartOfTheOneBefore(t, p)) {
                    path = lastPath; // "Eleven flights have landed at Yangon, four of them on Friday": at Yangon too
                }
                lastPath = path;
                Scope scope = ScopeReader.scope(cues, p.numFirst(), backgroundParagraph, r.metric(), t,
                        r.spanFirst(), r.spanEnd(), phrases, previousScope, previousEnd);
                previousScope = scope;
                previousEnd = r.spanEnd();
                Modality modality = ModalityReader.modality(t, r.spanFirst(), r.spanEnd(), r.metric());
                String source = authority(source(t, attributions, p, path, memory, r.metric()), path);
                String country = path.isEmpty() ? null : path.get(path.size() - 1).countryCode();
                FigureDates dates = DateReader.read(t, field, p.numFirst(), phrases, scope, local, country, starts,
                        si > 0 ? tokens.get(si - 1) : List.of());
                claims.add(new ExtractedClaim(r.metric(), p.quantity(), r.unit(), path, source, scope, modality,
                        fieldName, field.substring(spanStart, spanEnd), s.textIn(field), spanStart, spanEnd, dates));
            }
            memory.remember(attributions, si);
        }
        claims.sort(Comparator.comparingInt(ExtractedClaim::spanStart).thenComparingInt(ExtractedClaim::spanEnd));
        return claims;
    }

    /** @return {start, end} characters of the clause around a figure, widened to cover its words */
    private static int[] clauseChars(List<Token> t, NumberPhrase p, Reading r) {
        int spanStart = t.get(r.spanFirst()).start();
        int spanEnd = t.get(r.spanEnd() - 1).end();
        int[] clause = MetricReader.clause(t, p.first());
        int clauseStart = t.get(clause[0]).start();
        int clauseEnd = clause[1] > clause[0] ? t.get(clause[1] - 1).end() : spanEnd;
        return new int[] {Math.min(clauseStart, spanStart), Math.max(clauseEnd, spanEnd)};
    }

    private static boolean hasCandidate(List<NumberPhrase> phrases) {
        for (NumberPhrase p : phrases) {
            if (p.candidate()) {
                return true;
            }
        }
        return false;
    }

    /** "at the hospital", "in the camp", "in the country": a definite reference to a place of a kind named earlier. */
    private static String definiteReference(List<Token> t, int[] clause) {
        for (int k = clause[0] + 1; k < clause[1]; k++) {
            String w = t.get(k).lower();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if ((w.equals("hospital") || w.equals("camp") || w.equals("crossing") || w.equals("city")
                    || w.equals("town") || w.equals("village") || w.equals("neighborhood")
                    || w.equals("neighbourhood") || w.equals("country"))
                    && (t.get(k - 1).is("the") || t.get(k - 1).is("that"))) {
                return w;
            }
        }
        return null;
    }

    /**
     * The nearest attribution that can govern the figure; generic ones ("the ministry said") fall back to the last
     * explicit source of that kind in the field.
     */
    private String source(List<Token> t, List<Attribution> attributions, NumberPhrase p, List<Place> path,
                          SourceMemory memory, Metric metric) {
        int anchor = p.numFirst();
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Attribution a : attributions) {
            if (!governs(t, a, p)) {
                continue;
            }
            int d = Math.abs(a.cue() - anchor);
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        if (best == null) {
            // "The European Union released €1 million": a giver named before its aid reports its own act
            return metric.kind() == Metric.Kind.AID
                    ? named.doerBefore(t, MetricReader.clause(t, p.first())[0], p.first()).orElse(null) : null;
        }
        String source = best.source();
        if (best.generic()) {
            String head = source.isEmpty() ? "" : source.substring(source.lastIndexOf(' ') + 1)
                    .toLowerCase(java.util.Locale.ROOT);
            String earlier = memory.lastOfKind(head);
            if (earlier != null) {
                return earlier;
            }
            if (head.startsWith("agency")) {
                // "Fifteen World Food Programme trucks crossed ..., the agency said": the agency the sentence named
                Optional<String> agency = named.agencyBefore(t, best.first());
                if (agency.isPresent()) {
                    return agency.get();
                }
            }
            if (head.startsWith("ministry") && metric.kind() == Metric.Kind.CASUALTY) {
                // "the ministry said 12 were killed" with no ministry named before: the health ministry there
                return resolveContextual(SourceAliases.CONTEXTUAL_PREFIX + "health-ministry", path);
            }
            return best.pronoun() || source.isEmpty() ? null : source;
        }
        if (source.startsWith(SourceAliases.CONTEXTUAL_PREFIX) && memory.lastHealthMinistry != null) {
            return memory.lastHealthMinistry;
        }
        return resolveContextual(source, path);
    }

    /**
     * An attribution after the figure governs it only across a clause boundary ("12 were killed, the ministry
     * said"), not in another clause of its own ("US pledges $100m as UN warns of famine"); "according to", "per"
     * and "citing" govern either way.
     */
    private static boolean governs(List<Token> t, Attribution a, NumberPhrase p) {
        if (a.first() < p.first() || t.get(a.cue()).is("according") || t.get(a.cue()).is("per")
                || t.get(a.cue()).is("citing")) {
            return true;
        }
        for (int k = p.end(); k < a.first() && k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals(",") || w.equals(";") || w.equals("\u2014") || w.equals("\u2013") || w.equals("\u201d")
                    || w.equals("\"") || w.equals("(")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "@health-ministry" becomes the ministry of the place the figure is in: by the alias table's rules for the place
     * or its country, else the health ministry of its country ({@link StateAuthorities}); other names pass through.
     */
    private String resolveContextual(String source, List<Place> path) {
        if (!source.startsWith(SourceAliases.CONTEXTUAL_PREFIX)) {
            return source;
        }
        List<String> names = new ArrayList<>(path.size());
        for (Place p : path) {
            names.add(p.name());
        }
        String cc = path.isEmpty() ? null : path.get(path.size() - 1).countryCode();
        Optional<String> here = aliases.byPlace(source, names, cc);
        if (here.isPresent()) {
            return here.get();
        }
        String country = source.equals(SourceAliases.CONTEXTUAL_PREFIX + "health-ministry")
                ? states.healthMinistry(path) : null;
        return country != null ? country : aliases.resolveContextual(source, names, cc);
    }

    /** A figure's source under the naming convention: state offices named one way, then contextual names resolved. */
    private String authority(String source, List<Place> path) {
        return source == null ? null : resolveContextual(states.name(source, path), path);
    }

    /**
     * A headline figure restated in the body takes the body's more specific place when it lies inside the
     * headline's ("Gaza" in the headline, "Jabalya refugee camp" in the body), the body's source when the
     * headline names none, and the body's scope.
     */
    private static ExtractedClaim refineFromBody(ExtractedClaim h, List<ExtractedClaim> body) {
        for (ExtractedClaim b : body) {
            if (b.metric() != h.metric() || !Objects.equals(b.quantity().value(), h.quantity().value())
                    || b.quantity().qualifier() != h.quantity().qualifier()) {
                continue;
            }
            List<Place> path = h.locationPath();
            Place hp = h.place();
            if (hp == null || b.locationPath().size() > path.size() && containsId(b.locationPath(), hp)) {
                path = b.locationPath();
            }
            String source = h.source() != null ? h.source() : b.source();
            // the body states the figure in a full sentence, so its scope (a toll to date, an incident) is the
            // better reading of a terse headline's
            FigureDates dates = b.scope() == Scope.CUMULATIVE
                    ? new FigureDates(b.dates().baseline(), b.dates().baselineText(), null, null, null)
                    : new FigureDates(null, null, h.dates().eventDay(), h.dates().eventDayText(), h.dates().note())
                            .withEventDayFrom(b.dates());
            return new ExtractedClaim(h.metric(), h.quantity(), h.unit(), path, source, b.scope(), h.modality(),
                    h.field(), h.text(), h.sentence(), h.spanStart(), h.spanEnd(), dates);
        }
        return h;
    }

    private static boolean containsId(List<Place> path, Place place) {
        for (Place p : path) {
            if (p.id().equals(place.id())) {
                return true;
            }
        }
        return false;
    }
}
