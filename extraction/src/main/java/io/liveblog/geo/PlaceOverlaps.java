package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places that lie within another place beside their parent ({@code overlaps.tsv} beside the gazetteer): a state of
 * a named region that spans several states (North Darfur in Darfur), a suburb that reports count with the city
 * beside it (Dahiyeh in Beirut). A place has one parent, so the gazetteer's hierarchy alone cannot say that a figure
 * told of Darfur and one told of El Fasher may be one event.
 *
 * <p>Only fact identity asks ({@link #nested}); aggregates roll up along the parent chain alone, so an overlap never
 * counts a figure twice.
 */
public final class PlaceOverlaps {

    static final String RESOURCE = "overlaps.tsv";

    /** Border crossings and the areas their deliveries lead into, for aid only ({@link #crossings}). */
    static final String CROSSINGS = "crossings.tsv";

    /** Place id to the ids it also lies within, each with its ancestors. */
    private final Map<String, Set<String>> alsoWithin;

    private PlaceOverlaps(Map<String, Set<String>> alsoWithin) {
        this.alsoWithin = alsoWithin;
    }

    /**
     * @return the overlaps shipped with the bundled gazetteer, loaded on first use
     * @throws IllegalStateException if the file is missing or names a place the bundled gazetteer lacks
     */
    public static PlaceOverlaps bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Border crossings (or the town at one) that lie, for a delivery, within the area across the border they lead
     * into ({@code crossings.tsv}): "17 WFP trucks crossed at Adré" in Chad and "17 trucks reached West Darfur" can be
     * one convoy, a strike at Adré and one in West Darfur never. Read by fact identity for aid figures only.
     *
     * @return the crossings shipped with the bundled gazetteer, loaded on first use
     * @throws IllegalStateException if the file is missing or names a place the bundled gazetteer lacks
     */
    public static PlaceOverlaps crossings() {
        return Bundled.CROSSING_INSTANCE;
    }

    private static final class Bundled {
        static final PlaceOverlaps INSTANCE = load(RESOURCE);
        static final PlaceOverlaps CROSSING_INSTANCE = load(CROSSINGS);

        private static PlaceOverlaps load(String resource) {
            try (BufferedReader reader = DataLines.bundledReader(PlaceOverlaps.class, resource)) {
                return read(reader, resource, Gazetteer.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    /**
     * Reads overlap lines: {@code placeId<TAB>alsoWithinId<TAB>why}.
     *
     * @param reader the lines
     * @param source the file's name, for messages
     * @param gazetteer the gazetteer both ids must name
     * @return the overlaps
     * @throws IOException if the lines cannot be read
     * @throws IllegalStateException for a malformed line, an unknown id, or a place said to lie within itself or its
     *     own descendant
     */
    static PlaceOverlaps read(BufferedReader reader, String source, Gazetteer gazetteer) throws IOException {
        Map<String, Set<String>> alsoWithin = new HashMap<>();
        for (DataLines.Line line : DataLines.readAll(reader)) {
            String[] c = line.columns();
            String where = source + ":" + line.number() + ": ";
            if (c.length != 3 || c[2].isBlank()) {
                throw new IllegalStateException(where + "expected placeId, alsoWithinId and why; found " + c.length
                        + " columns");
            }
            Place place = known(gazetteer, c[0].trim(), where);
            Place within = known(gazetteer, c[1].trim(), where);
            if (gazetteer.pathOf(within).contains(place)) {
                throw new IllegalStateException(where + place.id() + " cannot lie within " + within.id()
                        + ", which lies within it");
            }
            Set<String> ids = alsoWithin.computeIfAbsent(place.id(), k -> new HashSet<>());
            gazetteer.pathOf(within).forEach(p -> ids.add(p.id()));
        }
        alsoWithin.replaceAll((k, v) -> Set.copyOf(v));
        return new PlaceOverlaps(Map.copyOf(alsoWithin));
    }

    private static Place known(Gazetteer gazetteer, String id, String where) {
        return gazetteer.byId(id).orElseThrow(() -> new IllegalStateException(where + "unknown place id " + id));
    }

    /**
     * @param a a location path, country first ({@code Claim.locationIds})
     * @param b another
     * @return whether one path's place lies within the other's: one path starts with the other, or a place on one
     *     path also lies within the other's deepest place; two empty paths are nested, one empty path is not
     */
    public boolean nested(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        if (longer.subList(0, shorter.size()).equals(shorter)) {
            return true;
        }
        return alsoWithin(a, b.get(b.size() - 1)) || alsoWithin(b, a.get(a.size() - 1));
    }

    private boolean alsoWithin(List<String> path, String area) {
        for (String id : path) {
            Set<String> also = alsoWithin.get(id);
            if (also != null && also.contains(area)) {
                return true;
            }
        }
        return false;
    }
}
