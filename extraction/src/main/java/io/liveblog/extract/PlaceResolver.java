package io.liveblog.extract;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import io.liveblog.geo.PlaceMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Attaches a figure to the most specific place that applies.
 *
 * <p>Order of evidence: (1) places named in the figure's own clause; (2) a definite reference in that clause ("at
 * the hospital", "in the camp") to the latest place of that kind named before ("in the country": the latest country
 * named, as an actor too: "Turkey's disaster agency says ... killed in the country"); (3) places named elsewhere in the
 * sentence, outside the clauses of the sentence's other figures, then those of the figure this one is appended to
 * ("..., and 21 people were injured"); (4) the latest place named earlier in the
 * paragraph; (5) the post's focus place (the most specific place covering most of the body's mentions, see
 * {@link #focus}); (6) the headline's first place.
 * Countries named without a preposition ("Spain, Britain and Qatar sent teams") are passed over in steps 1 to 5.
 * Within one step the anchor is the place nearest to the figure (one introduced by "from" counts as farther); a
 * place named in the same step that lies inside the anchor ("northern Gaza's Jabalya refugee camp") replaces it.
 * Places used as actors ("Israel said", "Egypt's foreign ministry") never locate a figure (see
 * {@link LocatingMentions}).
 */
final class PlaceResolver {

    /** Distance penalty, in characters, for a place introduced by "from" (an origin, not where it happened). */
    private static final int FROM_PENALTY = 60;

    private static final Map<String, Set<FeatureType>> DEFINITE_REFERENCES = Map.of(
            "hospital", Set.of(FeatureType.HOSPITAL), "camp", Set.of(FeatureType.CAMP),
            "crossing", Set.of(FeatureType.CROSSING), "city", Set.of(FeatureType.CITY),
            "town", Set.of(FeatureType.TOWN, FeatureType.CITY), "village", Set.of(FeatureType.VILLAGE),
            "neighborhood", Set.of(FeatureType.NEIGHBOURHOOD), "neighbourhood", Set.of(FeatureType.NEIGHBOURHOOD),
            "area", Set.of(FeatureType.NEIGHBOURHOOD, FeatureType.REGION));

    private final Gazetteer gazetteer;
    /** Finds the mentions of the texts of one post (headline and body), one list per text. */
    private final Function<List<String>, List<List<PlaceMention>>> finder;
    private final Map<String, List<Place>> paths = new java.util.concurrent.ConcurrentHashMap<>();

    /** The gazetteer's own finder, reading a post's headline and body as evidence for each other's places. */
    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = gazetteer::findMentionsInPost;
    }

    /** @param finder finds the mentions of one text (a stand-in for the gazetteer's, in tests) */
    PlaceResolver(Gazetteer gazetteer, Function<String, List<PlaceMention>> finder) {
        this.gazetteer = gazetteer;
        this.finder = texts -> texts.stream().map(finder).toList();
    }

    /**
     * The locating mentions of one field, in text order, with the field's focus place and the countries it names.
     *
     * @param mentions the mentions that locate figures
     * @param focus the place the field is about, or null
     * @param countries every country the field names, actor uses included: "Turkey's disaster agency says 18,342
     *     people have been killed in the country" names the country it means as an actor
     */
    record FieldPlaces(List<PlaceMention> mentions, Place focus, List<PlaceMention> countries) {
        static final FieldPlaces EMPTY = new FieldPlaces(List.of(), null, List.of());
    }

    /** The locating mentions of a post's two fields. */
    record PostPlaces(FieldPlaces headline, FieldPlaces body) {
    }

    /**
     * @return the mentions of a post's headline and body that locate figures; each field is evidence for the
     *     other's places (a headline naming "DR Congo" makes a bare "Goma" in the body the Congolese city)
     */
    PostPlaces index(String headline, String body) {
        List<List<PlaceMention>> found = finder.apply(List.of(headline, body));
        return new PostPlaces(index(headline, found.get(0)), index(body, found.get(1)));
    }

    private FieldPlaces index(String field, List<PlaceMention> all) {
        if (field.isEmpty()) {
            return FieldPlaces.EMPTY;
        }
        List<PlaceMention> locating = new ArrayList<>(all.size());
        List<PlaceMention> aboutTheField = new ArrayList<>(all.size());
        List<PlaceMention> countries = new ArrayList<>(2);
        int datelineEnd = LocatingMentions.datelineEnd(field);
        for (int i = 0; i < all.size(); i++) {
            PlaceMention m = all.get(i);
            if (m.place().type() == FeatureType.COUNTRY) {
                countries.add(m);
            }
            int nextStart = i + 1 < all.size() ? all.get(i + 1).start() : -1;
            if (m.actorUse() || LocatingMentions.looksLikeActor(field, m, nextStart)) {
                continue;
            }
            aboutTheField.add(m);
            if (m.end() > datelineEnd) {
                locating.add(m);
            }
        }
        // the dateline's place is what the post is about only when nothing else in it says
        return new FieldPlaces(List.copyOf(locating), focus(locating.isEmpty() ? aboutTheField : locating, field),
                List.copyOf(countries));
    }

    /**
     * The place a post is about: the most specific place that covers more than half of the support of the best
     * covered one, where a mention supports its place and every place containing it ("Khan Younis" supports the
     * Gaza Strip). A post about one camp gets the camp; a post about several towns gets the territory around them.
     */
    private Place focus(List<PlaceMention> locating, String field) {
        Map<String, Integer> support = new HashMap<>();
        Map<String, Place> byId = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (PlaceMention m : locating) {
            for (Place p : pathOf(m.place())) {
                if (support.merge(p.id(), 1, Integer::sum) == 1) {
                    byId.put(p.id(), p);
                    order.add(p.id());
                }
            }
        }
        int max = 0;
        for (int s : support.values()) {
            max = Math.max(max, s);
        }
        Place best = null;
        int bestSupport = 0;
        int bestDepth = 0;
        for (String id : order) {
            int s = support.get(id);
            if (2 * s <= max) {
                continue;
            }
            Place p = byId.get(id);
            int depth = pathOf(p).size();
            if (depth > bestDepth || depth == bestDepth && s > bestSupport) {
                best = p;
                bestSupport = s;
                bestDepth = depth;
            }
        }
        return best;
    }

    /**
     * @param places the field's locating mentions
     * @param clauseStart character offset where the figure's clause starts
     * @param clauseEnd character offset where it ends
     * @param sentenceStart character offset of the sentence
     * @param sentenceEnd character offset just past the sentence
     * @param paragraphStart character offset where the sentence's paragraph starts
     * @param anchor character offset of the figure's number
     * @param anchorEnd character offset just past the figure's words (a place after them is measured from here)
     * @param definite the kind of a definite reference in the clause ("hospital"), or null
     * @param bodyFocus the body's focus place, or null
     * @param headlineFirst the headline's first locating place, or null
     * @param field the field's text (to see "from" before a place)
     * @param otherClauses character ranges of the clauses of the sentence's other figures: a place there is theirs
     * @param appendedTo character range of the clause of the figure this one is appended to ("..., and 21 were
     *     injured"), whose place is this one's when the sentence gives it none of its own; or null
     * @return the place path, country first, or empty when no place applies
     */
    List<Place> resolve(FieldPlaces places, int clauseStart, int clauseEnd, int sentenceStart, int sentenceEnd,
                        int paragraphStart, int anchor, int anchorEnd, String definite, Place bodyFocus,
                        Place headlineFirst, String field, List<int[]> otherClauses, int[] appendedTo) {
        List<PlaceMention> clause = locative(within(places.mentions(), clauseStart, clauseEnd), field);
        Place chosen = choose(clause, anchor, anchorEnd, field);
        if (chosen == null && "country".equals(definite)) {
            chosen = latestOfKind(places.countries(), Set.of(FeatureType.COUNTRY), sentenceEnd);
        } else if (chosen == null && definite != null) {
            chosen = latestOfKind(places.mentions(), DEFINITE_REFERENCES.get(definite), sentenceEnd);
        }
        if (chosen == null) {
            List<PlaceMention> sentence = outside(locative(within(places.mentions(), sentenceStart, sentenceEnd), field),
                    otherClauses);
            chosen = choose(sentence, anchor, anchorEnd, field);
        }
        if (chosen == null && appendedTo != null) {
            chosen = choose(locative(within(places.mentions(), appendedTo[0], appendedTo[1]), field), anchor,
                    anchorEnd, field);
        }
        if (chosen == null) {
            List<PlaceMention> earlier = locative(within(places.mentions(), paragraphStart, sentenceStart), field);
            if (!earlier.isEmpty()) {
                chosen = choose(earlier, sentenceStart, sentenceStart, field);
            }
        }
        if (chosen == null) {
            chosen = refined(bodyFocus, headlineFirst);
        }
        return chosen == null ? List.of() : pathOf(chosen);
    }

    /**
     * The place a figure without a place of its own takes from the post: the body's focus, refined by the headline's
     * first place when that lies inside it. A body that names its country in passing ("the deadliest attack in
     * Russia", "flags flew across Russia") is about the country by count of mentions, while its headline names where
     * it happened ("Crocus City Hall attack: what we know"); the headline's place agrees with the focus and says more.
     */
    private Place refined(Place bodyFocus, Place headlineFirst) {
        if (bodyFocus == null) {
            return headlineFirst;
        }
        if (headlineFirst != null && !headlineFirst.equals(bodyFocus) && pathOf(headlineFirst).contains(bodyFocus)) {
            return headlineFirst;
        }
        return bodyFocus;
    }

    /** Aid that passes border crossings: "trucks entered via Rafah" went through the Rafah crossing, not the city. */
    private static final Set<Metric> THROUGH_CROSSINGS = java.util.EnumSet.of(Metric.AID_TRUCKS,
            Metric.FUEL_TRUCKS, Metric.FUEL, Metric.FOOD, Metric.WATER, Metric.MEDICAL_SUPPLIES,
            Metric.RELIEF_SUPPLIES, Metric.SHELTER_ITEMS);

    /** Words before a town's name that make it the way a delivery took rather than where it ended. */
    private static final WordSet ROUTE_WORDS = Lexicon.words("via", "through");

    /**
     * Reads a delivery's route: when a figure of aid that passes crossings was placed at a town the sentence names
     * after "via" or "through", and the town's own administrative unit has a crossing named after it ("Rafah"
     * and the Rafah crossing), the figure went through that crossing. Other outlets name the crossing itself, and
     * the two readings must meet at one place for one convoy to count once.
     *
     * @param path the place path {@link #resolve} gave
     * @param metric the figure's metric
     * @param places the field's locating mentions
     * @param sentenceStart character offset of the sentence
     * @param sentenceEnd character offset just past the sentence
     * @param field the field's text
     * @return the crossing's path, or {@code path} unchanged
     */
    List<Place> throughCrossing(List<Place> path, Metric metric, FieldPlaces places, int sentenceStart,
                                int sentenceEnd, String field) {
        if (path.isEmpty() || !THROUGH_CROSSINGS.contains(metric)) {
            return path;
        }
        Place town = path.get(path.size() - 1);
        if (town.type() != FeatureType.CITY && town.type() != FeatureType.TOWN
                && town.type() != FeatureType.VILLAGE) {
            return path;
        }
        for (PlaceMention m : within(places.mentions(), sentenceStart, sentenceEnd)) {
            if (m.place().id().equals(town.id())
                    && ROUTE_WORDS.contains(LocatingMentions.wordBefore(field, m.start()))) {
                for (Place crossing : gazetteer.lookup(town.name() + " crossing")) {
                    if (crossing.type() == FeatureType.CROSSING
                            && java.util.Objects.equals(crossing.parentId(), town.parentId())) {
                        return pathOf(crossing);
                    }
                }
            }
        }
        return path;
    }

    /** @return the first locating place of a field, or null */
    static Place first(FieldPlaces places) {
        return places.mentions().isEmpty() ? null : places.mentions().get(0).place();
    }

    List<Place> pathOf(Place place) {
        return paths.computeIfAbsent(place.id(), id -> gazetteer.pathOf(place));
    }

    private static List<PlaceMention> outside(List<PlaceMention> mentions, List<int[]> ranges) {
        if (ranges.isEmpty() || mentions.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            boolean inside = false;
            for (int[] r : ranges) {
                inside |= m.start() >= r[0] && m.end() <= r[1];
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<PlaceMention> locative(List<PlaceMention> mentions, String field) {
        List<PlaceMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            if (!LocatingMentions.locative(field, m)) {
                if (out == null) {
                    out = new ArrayList<>(mentions.subList(0, i));
                }
            } else if (out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    private static List<PlaceMention> within(List<PlaceMention> mentions, int from, int to) {
        List<PlaceMention> out = null;
        for (PlaceMention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(m);
            } else if (m.start() >= to) {
                break;
            }
        }
        return out == null ? List.of() : out;
    }

    private Place latestOfKind(List<PlaceMention> mentions, Set<FeatureType> kinds, int before) {
        Place found = null;
        for (PlaceMention m : mentions) {
            if (m.start() >= before) {
                break;
            }
            if (kinds.contains(m.place().type())) {
                found = m.place();
            }
        }
        return found;
    }

    private Place choose(List<PlaceMention> candidates, int anchor, int anchorEnd, String field) {
        if (candidates.isEmpty()) {
            return null;
        }
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : candidates) {
            // "twelve were killed in Rafah and five in Khan Younis": after the figure, count from its last word
            int d = m.start() >= anchorEnd ? m.start() - anchorEnd : m.end() <= anchor ? anchor - m.end() : 0;
            if (introducedByFrom(field, m.start())) {
                d += FROM_PENALTY;
            }
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        Place anchorPlace = best.place();
        Place refined = anchorPlace;
        int refinedDepth = pathOf(anchorPlace).size();
        for (PlaceMention m : candidates) {
            List<Place> path = pathOf(m.place());
            if (path.size() > refinedDepth && contains(path, anchorPlace)) {
                refined = m.place();
                refinedDepth = path.size();
            }
        }
        return refined;
    }

    private static boolean contains(List<Place> path, Place place) {
        for (Place p : path) {
            if (p.id().equals(place.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field's places without those aid comes from: "40 tonnes of tents ... from France", "a convoy from the WFP's
     * warehouse in Yerevan" name where the aid was sent from, never where it is delivered. (People who fled "from" a
     * place are located there, so displacement keeps them.)
     */
    FieldPlaces withoutOrigins(FieldPlaces places, String field) {
        List<PlaceMention> kept = new ArrayList<>(places.mentions().size());
        for (PlaceMention m : places.mentions()) {
            if (!introducedByFrom(field, m.start())) {
                kept.add(m);
            }
        }
        return kept.size() == places.mentions().size() ? places
                : new FieldPlaces(List.copyOf(kept), places.focus(), places.countries());
    }

    private static boolean introducedByFrom(String field, int start) {
        int i = start;
        while (i > 0 && field.charAt(i - 1) == ' ') {
            i--;
        }
        if (i >= 4 && field.regionMatches(true, i - 4, " the", 0, 4)) {
            i -= 4;
        }
        return i >= 4 && field.regionMatches(true, i - 4, "from", 0, 4);
    }
}
