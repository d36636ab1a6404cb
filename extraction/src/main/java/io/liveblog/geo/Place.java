package io.liveblog.geo;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer entry.
 *
 * @param id stable id: {@code gn:<geonameid>} for GeoNames-backed entries, {@code lb:<slug>} for the team's own
 * @param name preferred English name
 * @param type feature type
 * @param countryCode ISO 3166-1 alpha-2 code (PS for the Palestinian territories)
 * @param parentId id of the parent entry, or null for a country
 * @param latitude WGS84 latitude
 * @param longitude WGS84 longitude
 * @param alternateNames other spellings matched in text (Jabalia, Jabaliya, ...)
 */
public record Place(String id, String name, FeatureType type, String countryCode, String parentId,
                    double latitude, double longitude, List<String> alternateNames) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        alternateNames = List.copyOf(alternateNames);
    }
}
