package io.liveblog.eval;

import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares places at the first administrative level, the level dashboards aggregate by. Gold names are resolved
 * through the gazetteer (preferred or alternate name); predictions carry their place path already.
 */
final class Admin1Resolver {

    private final Gazetteer gazetteer;

    Admin1Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @return every place whose preferred or alternate name is {@code name}, ignoring case */
    List<Place> placesNamed(String name) {
        return gazetteer.lookup(name);
    }

    /** @return the first-level administrative area containing {@code place} (itself when it is one), or null */
    Place firstAdminLevel(Place place) {
        return gazetteer.firstAdminLevel(place).orElse(null);
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

    /**
     * @return the countries of the places named {@code location} (several when the name is ambiguous: Rafah is in
     *     the Gaza Strip and in Egypt); empty when the gazetteer knows no place of that name
     */
    Set<String> countriesNamed(String location) {
        Set<String> codes = new LinkedHashSet<>();
        for (Place p : gazetteer.lookup(location)) {
            codes.add(p.countryCode());
        }
        return codes;
    }

    /** @return the first-level area of the most specific place of a predicted path, or null */
    Place admin1Of(List<Place> predictedPath) {
        return predictedPath.isEmpty() ? null : firstAdminLevel(predictedPath.get(predictedPath.size() - 1));
    }
}
