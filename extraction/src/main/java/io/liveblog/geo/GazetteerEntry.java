package io.liveblog.geo;

import java.util.Objects;

/**
 * A place inside one gazetteer: the public {@link Place}, its curation details, its position in load order and a
 * direct link to its parent, so hierarchy checks in the hot path follow references instead of map lookups.
 */
final class GazetteerEntry {

    /** Who a name may stand for besides the place itself. */
    enum ActorCapability {
        /** Never an actor (towns, camps, hospitals, ...). */
        NONE,
        /** Only as the seat of an institution ("Gaza's health ministry"): territories. */
        INSTITUTIONAL,
        /** As a government in any role ("Israel said", "the US will"): countries and flagged capitals. */
        FULL
    }

    final Place place;
    final PlaceDetails details;
    final int order;
    final ActorCapability actorCapability;
    private GazetteerEntry parent;
    private int depth = -1;

    GazetteerEntry(Place place, PlaceDetails details, int order) {
        this.place = Objects.requireNonNull(place, "place");
        this.details = Objects.requireNonNull(details, "details");
        this.order = order;
        if (place.type() == FeatureType.COUNTRY || details.has(PlaceDetails.ACTOR)) {
            this.actorCapability = ActorCapability.FULL;
        } else if (place.type() == FeatureType.TERRITORY) {
            this.actorCapability = ActorCapability.INSTITUTIONAL;
        } else {
            this.actorCapability = ActorCapability.NONE;
        }
    }

    /** Called once while the owning gazetteer is built, never afterwards. */
    void linkParent(GazetteerEntry parentEntry) {
        this.parent = parentEntry;
    }

    /** @return true for a place imported from GeoNames rather than curated (imports rank below curated entries) */
    boolean imported() {
        return details.priority() < 0;
    }

    GazetteerEntry parent() {
        return parent;
    }

    /** @return 0 for a country, 1 for its children, ...; computed once (the hierarchy is fixed when built) */
    int depth() {
        int d = depth;
        if (d < 0) {
            d = parent == null ? 0 : parent.depth() + 1;
            depth = d;
        }
        return d;
    }

    /** @return true when {@code other} is this entry or one of its ancestors */
    boolean isWithin(GazetteerEntry other) {
        for (GazetteerEntry e = this; e != null; e = e.parent) {
            if (e == other) {
                return true;
            }
        }
        return false;
    }

    String countryCode() {
        return place.countryCode();
    }

    @Override
    public String toString() {
        return place.id();
    }
}
