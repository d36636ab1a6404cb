package io.liveblog.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places one GeoNames load adds, each nested under its parent: countries, territories and divisions from the
 * first pass, the ordinary places of the second under their admin2 division, admin1 division or country, and last
 * the admin1 divisions created from the codes file. Separate from the passes over the files so the parent rules
 * and the ids they resolve to stand in one place, whichever file a row comes from.
 */
final class GeoNamesHierarchy {

    private static final int GEONAMES_PRIORITY = -1;

    /** A name from the admin1 codes file; {@code key} is its geonameid, or its code when the file gives none. */
    private record Admin1Code(String name, String asciiName, String key) {
    }

    /** An admin1 division created from the codes file, positioned once its members are known. */
    private static final class PendingDivision {
        final String id;
        final String name;
        final String countryCode;
        final String parentId;
        final List<String> alternates;
        double latitudeSum;
        double longitudeSum;
        int members;

        PendingDivision(String id, String name, String countryCode, String parentId, List<String> alternates) {
            this.id = id;
            this.name = name;
            this.countryCode = countryCode;
            this.parentId = parentId;
            this.alternates = alternates;
        }
    }

    private final GeoNamesFilter filter;
    private final GeoNamesMatcher matcher;
    private final GeoNamesCounts counts;
    private final Map<String, String> countryIds = new HashMap<>();
    /** Each country's position, {latitude, longitude}: where a division with no listed place is put. */
    private final Map<String, double[]> countryPositions = new HashMap<>();
    private final Map<String, String> admin1Ids = new HashMap<>();
    private final Map<String, String> admin2Ids = new HashMap<>();
    private final Map<String, Admin1Code> admin1Codes = new LinkedHashMap<>();
    private final Map<String, PendingDivision> pendingDivisions = new LinkedHashMap<>();
    private final List<GazetteerFiles.PlaceLine> additions = new ArrayList<>();

    /** @param base the gazetteer being extended, whose countries are the first parents */
    GeoNamesHierarchy(Gazetteer base, GeoNamesFilter filter, GeoNamesMatcher matcher, GeoNamesCounts counts) {
        this.filter = filter;
        this.matcher = matcher;
        this.counts = counts;
        for (GazetteerEntry e : base.entries()) {
            Place p = e.place;
            if (p.type() == FeatureType.COUNTRY) {
                countryIds.putIfAbsent(p.countryCode(), p.id());
                countryPositions.putIfAbsent(p.countryCode(), new double[] {p.latitude(), p.longitude()});
            }
        }
    }

    /**
     * Keeps a line of the admin1 codes file, under its code "CC.XX".
     *
     * @param key the division's geonameid, or its code when the file gives none: its place id is {@code gn:<key>}
     */
    void addAdmin1Code(String code, String name, String asciiName, String key) {
        admin1Codes.put(code, new Admin1Code(name, asciiName, key));
    }

    /** Nests the divisions the first pass kept: countries, then territories, admin1 and admin2 divisions. */
    void addDivisions(List<GeoNamesRow> countries, List<GeoNamesRow> territories, List<GeoNamesRow> admin1,
                      List<GeoNamesRow> admin2) {
        countries.forEach(this::addCountry);
        territories.forEach(row -> addDivision(row, FeatureType.TERRITORY, countryIds.get(row.countryCode()), null));
        for (GeoNamesRow row : admin1) {
            String id = addDivision(row, FeatureType.ADMIN1, countryIds.get(row.countryCode()), admin1Codes.get(row.admin1Key()));
            if (id != null) {
                admin1Ids.put(row.admin1Key(), id);
            }
        }
        for (GeoNamesRow row : admin2) {
            String parent = admin1Id(row, row);
            String id = addDivision(row, FeatureType.ADMIN2, parent != null ? parent : countryIds.get(row.countryCode()), null);
            if (id != null) {
                admin2Ids.put(row.admin2Key(), id);
            }
        }
    }

    private void addCountry(GeoNamesRow row) {
        if (countryIds.containsKey(row.countryCode())) {
            counts.countMerged();
            return;
        }
        String id = "gn:" + row.geonameId();
        countryIds.put(row.countryCode(), id);
        countryPositions.put(row.countryCode(), new double[] {row.latitude(), row.longitude()});
        addPlace(row, FeatureType.COUNTRY, null);
    }

    /** @return the id the division is known by afterwards (existing or new), or null when unresolved */
    private String addDivision(GeoNamesRow row, FeatureType type, String parentId, Admin1Code codeName) {
        if (parentId == null) {
            counts.countUnresolved();
            return null;
        }
        List<String> names = new ArrayList<>(row.alternateNames());
        names.add(row.asciiName());
        if (codeName != null) {
            names.add(codeName.name());
            names.add(codeName.asciiName());
        }
        GazetteerEntry existing = matcher.matchDivision(row.countryCode(), row.name(), names, type);
        if (existing != null) {
            counts.countMerged();
            return existing.place.id();
        }
        addPlace(row, type, parentId);
        return "gn:" + row.geonameId();
    }

    void addOrdinaryPlace(GeoNamesRow row) {
        FeatureType type = GeoNamesFeatures.typeOf(row.featureClass(), row.featureCode(), row.population());
        if (type == null) {
            counts.countUnsupported();
            return;
        }
        if (filter.excludes(row)) {
            counts.countFiltered();
            return;
        }
        String parentId = parentOf(row);
        if (parentId == null) {
            counts.countUnresolved();
            return;
        }
        if (matcher.duplicatesBase(row, type)) {
            counts.countMerged();
            return;
        }
        addPlace(row, type, parentId);
    }

    private String parentOf(GeoNamesRow row) {
        if (row.countryCode().isEmpty()) {
            return null;
        }
        if (!row.admin2().isEmpty()) {
            String admin2 = admin2Ids.get(row.admin2Key());
            if (admin2 != null) {
                return admin2;
            }
        }
        String admin1 = admin1Id(row, row);
        return admin1 != null ? admin1 : countryIds.get(row.countryCode());
    }

    /** @param member the place asking, whose position places a division created from the codes file */
    private String admin1Id(GeoNamesRow row, GeoNamesRow member) {
        if (row.admin1().isEmpty() || row.admin1().equals("00")) {
            return null;
        }
        String key = row.admin1Key();
        String id = admin1Ids.get(key);
        if (id != null) {
            return id;
        }
        Admin1Code code = admin1Codes.get(key);
        String countryId = countryIds.get(row.countryCode());
        if (code == null || countryId == null) {
            return null;
        }
        GazetteerEntry existing = matcher.matchDivision(row.countryCode(), code.name(), List.of(code.asciiName()), FeatureType.ADMIN1);
        if (existing != null) {
            admin1Ids.put(key, existing.place.id());
            return existing.place.id();
        }
        PendingDivision pending = pendingDivisions.computeIfAbsent(key, k -> new PendingDivision(
                "gn:" + code.key(), code.name(), row.countryCode(), countryId,
                code.asciiName().equals(code.name()) ? List.of() : List.of(code.asciiName())));
        if (member != null) {
            pending.latitudeSum += member.latitude();
            pending.longitudeSum += member.longitude();
            pending.members++;
        }
        return pending.id;
    }

    /**
     * Every first-level division of the codes file is a place, also one no kept place lies in: a blog names the
     * county or province of a small town ("Tana River County", "Paktika", "Kidal") as often as the town. Such a
     * division is put at its country's position (it has no member to average), unless a curated division of the
     * same name already stands for it.
     */
    private void addDivisionsWithoutPlaces() {
        for (Map.Entry<String, Admin1Code> e : admin1Codes.entrySet()) {
            String key = e.getKey();
            String countryCode = key.substring(0, 2);
            String countryId = countryIds.get(countryCode);
            if (countryId == null || admin1Ids.containsKey(key) || pendingDivisions.containsKey(key)) {
                continue;
            }
            Admin1Code code = e.getValue();
            GazetteerEntry existing = matcher.matchDivision(countryCode, code.name(), List.of(code.asciiName()),
                    FeatureType.ADMIN1);
            if (existing != null) {
                admin1Ids.put(key, existing.place.id());
                continue;
            }
            pendingDivisions.put(key, new PendingDivision("gn:" + code.key(), code.name(), countryCode, countryId,
                    code.asciiName().equals(code.name()) ? List.of() : List.of(code.asciiName())));
        }
    }

    private void addPlace(GeoNamesRow row, FeatureType type, String parentId) {
        Place place = new Place("gn:" + row.geonameId(), row.name(), type, row.countryCode(), parentId,
                row.latitude(), row.longitude(), filter.usableAlternates(row));
        // a national capital may stand for its government ("Tokyo has called for pauses", "Beijing said"), as the
        // curated capitals flagged actor do
        Set<String> flags = "PPLC".equals(row.featureCode()) ? Set.of(PlaceDetails.ACTOR) : Set.of();
        additions.add(new GazetteerFiles.PlaceLine(place,
                new PlaceDetails(GEONAMES_PRIORITY, null, flags, row.population())));
        counts.countAdded();
    }

    List<GazetteerFiles.PlaceLine> finish() {
        addDivisionsWithoutPlaces();
        for (PendingDivision d : pendingDivisions.values()) {
            double[] country = countryPositions.getOrDefault(d.countryCode, new double[2]);
            double lat = d.members == 0 ? country[0] : d.latitudeSum / d.members;
            double lon = d.members == 0 ? country[1] : d.longitudeSum / d.members;
            Place place = new Place(d.id, d.name, FeatureType.ADMIN1, d.countryCode, d.parentId, lat, lon, d.alternates);
            additions.add(new GazetteerFiles.PlaceLine(place, new PlaceDetails(GEONAMES_PRIORITY, null, Set.of(), 0)));
            counts.countAdded();
        }
        return additions;
    }
}
