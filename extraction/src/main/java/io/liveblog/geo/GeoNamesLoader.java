package io.liveblog.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extends a gazetteer with a user-supplied GeoNames dump (https://download.geonames.org/export/dump/, CC BY 4.0):
 * {@code allCountries.txt} or a country file such as {@code UA.txt}, optionally with {@code admin1CodesASCII.txt}.
 *
 * <p><b>Hierarchy.</b> A place's parent is its admin2 division if the dump has it, else its admin1 division, else
 * its country. Admin divisions come from the dump's ADM1/ADM2 lines; an admin1 division the dump lacks is created
 * from {@code admin1CodesASCII.txt} (placed at the mean position of its members). A place whose country is
 * neither in the gazetteer nor in the dump is left out and counted as unresolved: every path must end at a
 * country.
 *
 * <p><b>Merging.</b> The dump is matched against the gazetteer being extended, so a bundled entry is not
 * duplicated: a country by its code; a division by name within its country, ignoring designators ("Kharkiv
 * Oblast" = "Kharkiv"), after which the dump's places nest under the curated division; any other place by a
 * shared name, compatible type and a distance under {@value #MERGE_DISTANCE_KM} km. Merged lines are counted.
 *
 * <p><b>Names.</b> The name, ASCII name and the alternate names in Latin script (by default) become matchable;
 * codes (short all-capital strings), links and names that are everyday English words ("Police", "Of") are
 * dropped, because the matcher would fire on ordinary prose. Imported places get priority -1, so curated entries
 * win name clashes, and their population breaks ties among themselves.
 *
 * <p><b>Errors.</b> A malformed line (wrong column count, non-numeric id, bad coordinates, empty name) is counted,
 * logged (the first {@value #LOGGED_BAD_LINES} at WARN) and skipped; only an unreadable file fails the load.
 *
 * <p><b>Memory.</b> The file is streamed twice (divisions first, then places); only kept places are held.
 * {@code allCountries.txt} without a filter yields millions of places: restrict it with
 * {@link Options#withCountries(String...)} or {@link Options#withMinPopulation(long)}.
 */
public final class GeoNamesLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GeoNamesLoader.class);

    /** Places closer than this with a shared name are the same place. */
    static final double MERGE_DISTANCE_KM = 25;
    static final int LOGGED_BAD_LINES = 20;
    private static final int KEPT_BAD_LINES = 100;
    private static final int GEONAMES_PRIORITY = -1;

    /** Words that name divisions rather than distinguish them. */
    private static final Set<String> DIVISION_WORDS = Set.of("governorate", "province", "oblast", "region", "state",
            "district", "muhafazat", "mohafazat", "muhafazah", "wilayat", "wilayah", "vilayet", "ili", "il", "kraj",
            "krai", "raion", "rayon", "county", "municipality", "city", "of", "the", "al", "autonomous", "republic",
            "prefecture", "department", "territory", "federal", "ostan", "division", "governate");

    /** Everyday English words that also name places somewhere; never imported as names. */
    private static final Set<String> STOP_NAMES = Set.of("of", "the", "and", "or", "in", "on", "at", "by", "to", "for",
            "a", "an", "is", "it", "as", "be", "no", "not", "but", "so", "if", "we", "us", "he", "she", "they", "you",
            "all", "any", "some", "many", "most", "more", "much", "few", "one", "two", "three", "ten", "first", "last",
            "new", "old", "good", "best", "long", "little", "big", "great", "high", "low", "early", "late", "said",
            "says", "say", "will", "may", "can", "could", "would", "should", "must", "police", "army", "hospital",
            "school", "church", "mosque", "market", "centre", "center", "health", "home", "house", "hope", "peace",
            "war", "life", "love", "liberty", "union", "unity", "independence", "victory", "freedom", "friendship",
            "progress", "justice", "mercy", "aid", "relief", "camp", "border", "north", "south", "east", "west",
            "central", "middle", "upper", "lower", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "president", "minister", "general", "reading", "dover", "bath", "split", "nice",
            "mobile", "orange", "bar", "buffalo", "eagle", "hamas", "hezbollah", "israeli", "palestinian", "news",
            "report", "reports", "update", "live", "killed", "dead", "wounded", "missing", "strike", "strikes");

    /**
     * What to import.
     *
     * @param countries ISO codes to keep (empty keeps all)
     * @param minPopulation populated places smaller than this are skipped (0 keeps all)
     * @param latinNamesOnly keep only alternate names written in Latin script (texts are English)
     * @param maxAlternateNames at most this many alternate names per place
     */
    public record Options(Set<String> countries, long minPopulation, boolean latinNamesOnly, int maxAlternateNames) {
        public Options {
            countries = Set.copyOf(Objects.requireNonNull(countries, "countries"));
            if (minPopulation < 0 || maxAlternateNames < 0) {
                throw new IllegalArgumentException("minPopulation and maxAlternateNames must not be negative");
            }
        }

        /** @return all countries, all populations, Latin-script names, at most 40 alternates per place */
        public static Options defaults() {
            return new Options(Set.of(), 0, true, 40);
        }

        /** @return these options restricted to the given ISO 3166-1 alpha-2 codes */
        public Options withCountries(String... codes) {
            Set<String> set = new LinkedHashSet<>();
            for (String code : codes) {
                set.add(code.toUpperCase(Locale.ROOT));
            }
            return new Options(set, minPopulation, latinNamesOnly, maxAlternateNames);
        }

        /** @return these options skipping populated places below {@code population} */
        public Options withMinPopulation(long population) {
            return new Options(countries, population, latinNamesOnly, maxAlternateNames);
        }

        boolean keepsCountry(String countryCode) {
            return countries.isEmpty() || countries.contains(countryCode);
        }
    }

    /**
     * A line that could not be read.
     *
     * @param file file name
     * @param line 1-based line number
     * @param reason what is wrong with it
     */
    public record BadLine(String file, long line, String reason) {
    }

    /**
     * What a load did.
     *
     * @param linesRead data lines read from the dump (comments and blank lines excluded)
     * @param added places added
     * @param merged lines matched to a place already in the gazetteer
     * @param skippedUnsupported lines whose feature is not mapped (terrain, historical places, ...)
     * @param skippedFiltered lines excluded by the options or with an everyday-word name
     * @param unresolved lines whose country is known to neither the gazetteer nor the dump
     * @param badLines malformed lines, in the dump and the admin1 codes file
     * @param badLineSamples the first malformed lines, for the user to fix
     */
    public record Report(long linesRead, long added, long merged, long skippedUnsupported, long skippedFiltered,
                         long unresolved, long badLines, List<BadLine> badLineSamples) {
        public Report {
            badLineSamples = List.copyOf(badLineSamples);
        }
    }

    /**
     * @param gazetteer the extended gazetteer
     * @param report counts of what happened to every line
     */
    public record Result(Gazetteer gazetteer, Report report) {
    }

    private final Options options;

    /** @param options what to import */
    public GeoNamesLoader(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param base the gazetteer to extend (unchanged)
     * @param dump a GeoNames dump in the 19-column format, UTF-8
     * @param admin1Codes GeoNames' {@code admin1CodesASCII.txt}, or null
     * @return the extended gazetteer and a report
     * @throws IOException when a file cannot be read
     */
    public Result load(Gazetteer base, Path dump, Path admin1Codes) throws IOException {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(dump, "dump");
        Run run = new Run(base);
        if (admin1Codes != null) {
            run.readAdmin1Codes(admin1Codes);
        }
        try {
            run.readDivisions(dump);
            run.readPlaces(dump);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a read error while streaming the dump (DataLines)
        }
        Gazetteer extended = base.extendedWith(run.finish());
        Report report = run.report();
        LOG.info("GeoNames {}: {} lines, {} places added, {} merged with existing entries, {} unsupported, "
                        + "{} filtered, {} unresolved, {} malformed", dump.getFileName(), report.linesRead(),
                report.added(), report.merged(), report.skippedUnsupported(), report.skippedFiltered(),
                report.unresolved(), report.badLines());
        return new Result(extended, report);
    }

    /** A name from the admin1 codes file. */
    private record Admin1Code(String name, String asciiName, long geonameId) {
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

    /** State of one load. */
    private final class Run {
        private final Gazetteer base;
        private final Map<String, String> countryIds = new HashMap<>();
        private final Map<String, String> admin1Ids = new HashMap<>();
        private final Map<String, String> admin2Ids = new HashMap<>();
        private final Map<String, Admin1Code> admin1Codes = new HashMap<>();
        private final Map<String, PendingDivision> pendingDivisions = new LinkedHashMap<>();
        private final Map<String, List<GazetteerEntry>> baseByName = new HashMap<>();
        private final Map<String, List<GazetteerEntry>> baseDivisions = new HashMap<>();
        private final List<GazetteerFiles.PlaceLine> additions = new ArrayList<>();
        private final List<BadLine> badSamples = new ArrayList<>();
        private long linesRead;
        private long added;
        private long merged;
        private long unsupported;
        private long filtered;
        private long unresolved;
        private long bad;

        Run(Gazetteer base) {
            this.base = base;
            for (GazetteerEntry e : base.entries()) {
                Place p = e.place;
                if (p.type() == FeatureType.COUNTRY) {
                    countryIds.putIfAbsent(p.countryCode(), p.id());
                }
                if (GeoNamesFeatures.isAdministrative(p.type()) && p.type() != FeatureType.COUNTRY) {
                    baseDivisions.computeIfAbsent(p.countryCode(), k -> new ArrayList<>()).add(e);
                }
                for (String key : nameKeys(p.name(), p.alternateNames())) {
                    baseByName.computeIfAbsent(p.countryCode() + "|" + key, k -> new ArrayList<>()).add(e);
                }
            }
        }

        void readAdmin1Codes(Path file) throws IOException {
            String fileName = String.valueOf(file.getFileName());
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (DataLines.Line content : DataLines.readAll(reader)) {
                    long number = content.number();
                    String[] c = content.columns();
                    if (c.length != 4 || c[0].indexOf('.') != 2 || c[1].isBlank()) {
                        bad(fileName, number, "expected code CC.XX, name, ascii name, geonameid");
                        continue;
                    }
                    long id;
                    try {
                        id = Long.parseLong(c[3].trim());
                    } catch (NumberFormatException e) {
                        bad(fileName, number, "geonameid '" + c[3] + "' is not a number");
                        continue;
                    }
                    admin1Codes.put(c[0].trim(), new Admin1Code(c[1].trim(), c[2].trim(), id));
                }
            }
        }

        /** First pass: countries, territories and divisions, so places can find their parents in the second. */
        void readDivisions(Path dump) throws IOException {
            List<GeoNamesRow> countries = new ArrayList<>();
            List<GeoNamesRow> territories = new ArrayList<>();
            List<GeoNamesRow> admin1 = new ArrayList<>();
            List<GeoNamesRow> admin2 = new ArrayList<>();
            String fileName = String.valueOf(dump.getFileName());
            try (BufferedReader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
                for (DataLines.Line content : DataLines.of(reader)) {
                    String line = content.text();
                    long number = content.number();
                    linesRead++;
                    GeoNamesRow row;
                    try {
                        row = GeoNamesRow.parse(line);
                    } catch (IllegalArgumentException e) {
                        bad(fileName, number, e.getMessage());
                        continue;
                    }
                    if (!row.featureClass().equals("A")) {
                        continue;
                    }
                    FeatureType type = GeoNamesFeatures.typeOf(row.featureClass(), row.featureCode(), row.population());
                    if (type == null) {
                        unsupported++;
                    } else if (row.countryCode().isEmpty()) {
                        unresolved++;
                    } else if (!options.keepsCountry(row.countryCode())) {
                        filtered++;
                    } else {
                        switch (type) {
                            case COUNTRY -> countries.add(row);
                            case TERRITORY -> territories.add(row);
                            case ADMIN1 -> admin1.add(row);
                            default -> admin2.add(row);
                        }
                    }
                }
            }
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
                merged++;
                return;
            }
            String id = "gn:" + row.geonameId();
            countryIds.put(row.countryCode(), id);
            addPlace(row, FeatureType.COUNTRY, null);
        }

        /** @return the id the division is known by afterwards (existing or new), or null when unresolved */
        private String addDivision(GeoNamesRow row, FeatureType type, String parentId, Admin1Code codeName) {
            if (parentId == null) {
                unresolved++;
                return null;
            }
            List<String> names = new ArrayList<>(row.alternateNames());
            names.add(row.asciiName());
            if (codeName != null) {
                names.add(codeName.name());
                names.add(codeName.asciiName());
            }
            GazetteerEntry existing = matchDivision(row.countryCode(), row.name(), names, type);
            if (existing != null) {
                merged++;
                return existing.place.id();
            }
            addPlace(row, type, parentId);
            return "gn:" + row.geonameId();
        }

        /**
         * A division of the same country sharing a core name; the same type is preferred, then the level above
         * (GeoNames' ADM1 "Gaza Strip" is the bundled territory), never a broader unit for an ADM2.
         */
        private GazetteerEntry matchDivision(String countryCode, String name, List<String> alternates, FeatureType type) {
            Set<String> cores = coreKeys(name, alternates);
            List<FeatureType> acceptable = type == FeatureType.ADMIN2
                    ? List.of(FeatureType.ADMIN2, FeatureType.ADMIN1)
                    : List.of(type, type == FeatureType.ADMIN1 ? FeatureType.TERRITORY : FeatureType.ADMIN1);
            for (FeatureType wanted : acceptable) {
                for (GazetteerEntry e : baseDivisions.getOrDefault(countryCode, List.of())) {
                    if (e.place.type() == wanted
                            && !Collections.disjoint(cores, coreKeys(e.place.name(), e.place.alternateNames()))) {
                        return e;
                    }
                }
            }
            return null;
        }

        /** Second pass: every non-division line. */
        void readPlaces(Path dump) throws IOException {
            try (BufferedReader reader = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
                for (DataLines.Line content : DataLines.of(reader)) {
                    String line = content.text();
                    GeoNamesRow row;
                    try {
                        row = GeoNamesRow.parse(line);
                    } catch (IllegalArgumentException e) {
                        continue; // counted in the first pass
                    }
                    if (!row.featureClass().equals("A")) {
                        addOrdinaryPlace(row);
                    }
                }
            }
        }

        private void addOrdinaryPlace(GeoNamesRow row) {
            FeatureType type = GeoNamesFeatures.typeOf(row.featureClass(), row.featureCode(), row.population());
            if (type == null) {
                unsupported++;
                return;
            }
            if (!options.keepsCountry(row.countryCode())
                    || row.featureClass().equals("P") && row.population() < options.minPopulation()
                    || STOP_NAMES.contains(String.join(" ", keysOf(row.name())))) {
                filtered++;
                return;
            }
            String parentId = parentOf(row);
            if (parentId == null) {
                unresolved++;
                return;
            }
            if (duplicatesBase(row, type)) {
                merged++;
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
            GazetteerEntry existing = matchDivision(row.countryCode(), code.name(), List.of(code.asciiName()), FeatureType.ADMIN1);
            if (existing != null) {
                admin1Ids.put(key, existing.place.id());
                return existing.place.id();
            }
            PendingDivision pending = pendingDivisions.computeIfAbsent(key, k -> new PendingDivision(
                    "gn:" + code.geonameId(), code.name(), row.countryCode(), countryId,
                    code.asciiName().equals(code.name()) ? List.of() : List.of(code.asciiName())));
            if (member != null) {
                pending.latitudeSum += member.latitude();
                pending.longitudeSum += member.longitude();
                pending.members++;
            }
            return pending.id;
        }

        private boolean duplicatesBase(GeoNamesRow row, FeatureType type) {
            for (String key : nameKeys(row.name(), List.of(row.asciiName()))) {
                for (GazetteerEntry e : baseByName.getOrDefault(row.countryCode() + "|" + key, List.of())) {
                    boolean compatible = GeoNamesFeatures.isSettlement(type)
                            ? GeoNamesFeatures.isSettlement(e.place.type())
                            : e.place.type() == type;
                    if (compatible && distanceKm(row.latitude(), row.longitude(), e.place.latitude(),
                            e.place.longitude()) <= MERGE_DISTANCE_KM) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void addPlace(GeoNamesRow row, FeatureType type, String parentId) {
            Place place = new Place("gn:" + row.geonameId(), row.name(), type, row.countryCode(), parentId,
                    row.latitude(), row.longitude(), usableAlternates(row));
            additions.add(new GazetteerFiles.PlaceLine(place,
                    new PlaceDetails(GEONAMES_PRIORITY, null, Set.of(), row.population())));
            added++;
        }

        private List<String> usableAlternates(GeoNamesRow row) {
            Set<String> seenKeys = new LinkedHashSet<>();
            seenKeys.add(String.join(" ", keysOf(row.name())));
            List<String> out = new ArrayList<>();
            List<String> candidates = new ArrayList<>();
            candidates.add(row.asciiName());
            candidates.addAll(row.alternateNames());
            for (String alt : candidates) {
                if (out.size() >= options.maxAlternateNames()) {
                    break;
                }
                if (isUsableName(alt) && seenKeys.add(String.join(" ", keysOf(alt)))) {
                    out.add(alt);
                }
            }
            return out;
        }

        private boolean isUsableName(String name) {
            if (name.length() < 2 || name.startsWith("http") || name.contains("://")) {
                return false;
            }
            boolean letter = false;
            boolean lower = false;
            for (int i = 0; i < name.length(); i++) {
                char ch = name.charAt(i);
                if (Character.isLetter(ch)) {
                    letter = true;
                    lower |= Character.isLowerCase(ch);
                    if (options.latinNamesOnly() && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                        return false;
                    }
                }
            }
            if (!letter || !lower && name.length() <= 4) {
                return false; // airport and postal codes, abbreviations
            }
            return !STOP_NAMES.contains(String.join(" ", keysOf(name)));
        }

        List<GazetteerFiles.PlaceLine> finish() {
            for (PendingDivision d : pendingDivisions.values()) {
                double lat = d.members == 0 ? 0 : d.latitudeSum / d.members;
                double lon = d.members == 0 ? 0 : d.longitudeSum / d.members;
                Place place = new Place(d.id, d.name, FeatureType.ADMIN1, d.countryCode, d.parentId, lat, lon, d.alternates);
                additions.add(new GazetteerFiles.PlaceLine(place, new PlaceDetails(GEONAMES_PRIORITY, null, Set.of(), 0)));
                added++;
            }
            return additions;
        }

        Report report() {
            return new Report(linesRead, added, merged, unsupported, filtered, unresolved, bad, badSamples);
        }

        private void bad(String file, long number, String reason) {
            bad++;
            if (bad <= LOGGED_BAD_LINES) {
                LOG.warn("{}:{}: skipped malformed GeoNames line: {}", file, number, reason);
            } else {
                LOG.debug("{}:{}: skipped malformed GeoNames line: {}", file, number, reason);
            }
            if (badSamples.size() < KEPT_BAD_LINES) {
                badSamples.add(new BadLine(file, number, reason));
            }
        }
    }

    /** @return the folded keys of a name's words */
    static List<String> keysOf(String name) {
        Tokens t = Tokens.of(name);
        List<String> keys = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            keys.add(t.key(i));
        }
        return keys;
    }

    /** @return folded whole-name keys, with and without a leading article */
    private static Set<String> nameKeys(String name, List<String> alternates) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(alternates.size() + 1);
        all.add(name);
        all.addAll(alternates);
        for (String n : all) {
            List<String> k = keysOf(n);
            if (k.isEmpty()) {
                continue;
            }
            keys.add(String.join(" ", k));
            if (k.size() > 1 && k.get(0).equals("al")) {
                keys.add(String.join(" ", k.subList(1, k.size())));
            }
        }
        return keys;
    }

    /** @return folded names without division words: "Kharkiv Oblast" and "Kharkiv region" both give "kharkiv" */
    static Set<String> coreKeys(String name, List<String> alternates) {
        Set<String> cores = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(alternates.size() + 1);
        all.add(name);
        all.addAll(alternates);
        for (String n : all) {
            List<String> kept = new ArrayList<>();
            for (String k : keysOf(n)) {
                if (!DIVISION_WORDS.contains(k)) {
                    kept.add(k);
                }
            }
            if (!kept.isEmpty()) {
                cores.add(String.join(" ", kept));
            }
        }
        return cores;
    }

    /** Great-circle distance, haversine formula, mean Earth radius. */
    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
