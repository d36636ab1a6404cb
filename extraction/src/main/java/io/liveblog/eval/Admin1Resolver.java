package io.liveblog.eval;

import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares places at the first administrative level, the level dashboards aggregate by. Gold names are resolved
 * through the gazetteer (preferred or alternate name); predictions carry their place path already.
 */
final class Admin1Resolver {

    private final Gazetteer gazetteer;
    private final Map<String, List<Place>> byName = new HashMap<>();

    Admin1Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Place place : gazetteer.places()) {
            byName.computeIfAbsent(key(place.name()), k -> new ArrayList<>()).add(place);
            for (String alternate : place.alternateNames()) {
                List<Place> named = byName.computeIfAbsent(key(alternate), k -> new ArrayList<>());
                if (!named.contains(place)) {
                    named.add(place);
                }
            }
        }
    }

    /** @return every place whose preferred or alternate name is {@code name}, ignoring case */
    List<Place> placesNamed(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /**
     * @return the first-level administrative area that contains {@code place} (the place itself when it is one),
     *     or null for a country
     */
    Place firstAdminLevel(Place place) {
        // The gazetteer's own firstAdminLevel arrives with the geo branch; until then the entry right below the
        // country is that level for every country the corpus covers (the territories for Palestine).
        List<Place> path = gazetteer.pathOf(place);
        return path.size() >= 2 ? path.get(1) : null;
    }

    /**
     * @return ids of the first-level areas named {@code admin1}, read as a first-level name ("Khartoum" is Khartoum
     *     State here, not the city; see {@link Gazetteer#firstAdminLevelsNamed(String)}); empty when it names none
     */
    Set<String> admin1Ids(String admin1) {
        Set<String> ids = new LinkedHashSet<>();
        for (Place level : gazetteer.firstAdminLevelsNamed(admin1)) {
            ids.add(level.id());
        }
        return ids;
    }

    /** @return the first-level area of the most specific place of a predicted path, or null */
    Place admin1Of(List<Place> predictedPath) {
        return predictedPath.isEmpty() ? null : firstAdminLevel(predictedPath.get(predictedPath.size() - 1));
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
