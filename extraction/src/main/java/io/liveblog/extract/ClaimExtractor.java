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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the figures a live-blog post reports. Deterministic, thread-safe, no I/O.
 *
 * <p>API contract (the streams app relies on it): construct with a {@link Gazetteer}; {@link #extract(PostText)}
 * returns claims in text order (headline first, then body).
 *
 * <p>Per sentence ({@link SentenceSplitter}, {@link Tokenizer}): numbers and their qualifiers
 * ({@link QuantityReader}), what each counts ({@link MetricReader}), who said it ({@link FigureAuthorities}),
 * running total or new incident or context ({@link ScopeReader}), reported or planned or projected
 * ({@link ModalityReader}), and where ({@link PlaceResolver}). The conventions are documented in
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
    private final FigureAuthorities authorities;
    private final ConflictStarts starts = ConflictStarts.bundled();

    /** @param gazetteer places to attach figures to */
    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.places = new PlaceResolver(gazetteer);
        this.authorities = new FigureAuthorities(SourceAliases.bundled(), StateAuthorities.bundled());
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

        // a headline that credits someone ("..., health ministry says") names the post's source for "the ministry"
        Place where = headlineFirst != null ? headlineFirst : bodyPlaces.focus();
        FigureAuthorities.Memory bodyMemory = authorities.creditedBy(post.headline(),
                where == null ? List.of() : places.pathOf(where));
        LocalDateTime local = post.localTime();
        List<ExtractedClaim> body = readField(post.body(), BODY, published, local, bodyPlaces, bodyPlaces.focus(),
                headlineFirst, bodyMemory);
        List<ExtractedClaim> headline = readField(post.headline(), HEADLINE, published, local, headlinePlaces,
                bodyPlaces.focus(), null, new FigureAuthorities.Memory());
        List<ExtractedClaim> out = new ArrayList<>(headline.size() + body.size());
        for (ExtractedClaim h : headline) {
            out.add(refineFromBody(h, body));
        }
        out.addAll(body);
        LOG.debug("post {}: {} headline and {} body figures", post.postId(), headline.size(), body.size());
        return List.copyOf(out);
    }

    private List<ExtractedClaim> readField(String field, String fieldName, LocalDate published, LocalDateTime local,
                                           PlaceResolver.FieldPlaces fieldPlaces, Place focus, Place headlineFirst,
                                           FigureAuthorities.Memory memory) {
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
            List<NumberPhrase> read = QuantityReader.read(t);
            List<Reading> readings = hasCandidate(read) ? MetricReader.readAll(t, read) : List.of();
            if (readings.isEmpty()) {
                continue;
            }
            List<NumberPhrase> phrases = SharedQualifiers.distribute(t, read, readings);
            // attributions are read only where there are figures; "it said" looks back through earlier sentences
            List<Attribution> attributions = authorities.attributions(t);
            authorities.catchUp(memory, tokens, si);
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
                if (lastPath != null && FigureParts.isPartOfTheOneBefore(t, p)) {
                    path = lastPath; // "Eleven flights have landed at Yangon, four of them on Friday": at Yangon too
                }
                lastPath = path;
                Scope scope = ScopeReader.scope(cues, p.numFirst(), backgroundParagraph, r.metric(), t,
                        r.spanFirst(), r.spanEnd(), phrases, previousScope, previousEnd);
                previousScope = scope;
                previousEnd = r.spanEnd();
                Modality modality = ModalityReader.modality(t, r.spanFirst(), r.spanEnd(), r.metric());
                String source = authorities.of(t, attributions, p, path, memory, r.metric());
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
