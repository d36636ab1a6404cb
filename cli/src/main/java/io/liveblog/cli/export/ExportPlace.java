package io.liveblog.cli.export;

import io.liveblog.geo.FeatureType;
import io.liveblog.geo.Gazetteer;
import io.liveblog.geo.Place;
import java.util.List;
import java.util.Optional;

/**
 * A place as exports name it: its path, its country, first and second administrative levels with their codes, and
 * its coordinates, from the gazetteer the pipeline resolved it with. A place the gazetteer does not know (an export
 * of a snapshot made with another gazetteer) keeps its name and path and has no codes or coordinates.
 *
 * @param id gazetteer id
 * @param name the place's name
 * @param path names from the country down to the place
 * @param countryName the country
 * @param countryCode ISO 3166-1 alpha-2 code of the country, or null
 * @param adm1Name first administrative level (governorate, state, oblast; a territory such as the Gaza Strip), or null
 * @param adm1Code its code (ISO 3166-2 for bundled units), or null
 * @param adm2Name second level below the first, or null
 * @param adm2Code its code, or null
 * @param latitude WGS 84 latitude, or null when unknown
 * @param longitude WGS 84 longitude, or null when unknown
 */
public record ExportPlace(String id, String name, List<String> path, String countryName, String countryCode,
                          String adm1Name, String adm1Code, String adm2Name, String adm2Code, Double latitude,
                          Double longitude) {

    /**
     * @param id the aggregate's place id
     * @param path the aggregate's path of names
     * @param gazetteer the gazetteer
     * @return the place as exports name it
     */
    public static ExportPlace of(String id, List<String> path, Gazetteer gazetteer) {
        Optional<Place> found = gazetteer.byId(id);
        String name = path.isEmpty() ? id : path.get(path.size() - 1);
        if (found.isEmpty()) {
            return new ExportPlace(id, name, List.copyOf(path), path.isEmpty() ? null : path.get(0), null, null,
                    null, null, null, null, null);
        }
        Place place = found.get();
        List<Place> chain = gazetteer.pathOf(place);
        Place adm1 = gazetteer.firstAdminLevel(place).orElse(null);
        Place adm2 = null;
        if (adm1 != null) {
            for (Place p : chain.subList(chain.indexOf(adm1) + 1, chain.size())) {
                if (p.type() == FeatureType.ADMIN1 || p.type() == FeatureType.ADMIN2) {
                    adm2 = p;
                    break;
                }
            }
        }
        // gazetteer entries without coordinates carry 0/0
        boolean located = place.latitude() != 0 || place.longitude() != 0;
        return new ExportPlace(id, name, List.copyOf(path), chain.get(0).name(), place.countryCode(),
                adm1 == null ? null : adm1.name(), adm1 == null ? null : gazetteer.codeOf(adm1).orElse(null),
                adm2 == null ? null : adm2.name(), adm2 == null ? null : gazetteer.codeOf(adm2).orElse(null),
                located ? place.latitude() : null, located ? place.longitude() : null);
    }
}
