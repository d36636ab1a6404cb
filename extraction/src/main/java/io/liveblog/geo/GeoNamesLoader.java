package io.liveblog.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * from {@code admin1CodesASCII.txt} (placed at the mean position of its members, or at its country's when it has
 * none: every division of the codes file is a place, since blogs name the province of a small town). A place whose
 * country is neither in the gazetteer nor in the dump is left out and counted as unresolved: every path must end at a
 * country.
 *
 * <p><b>Merging.</b> The dump is matched against the gazetteer being extended, so a bundled entry is not
 * duplicated: a country by its code; a division by name within its country, ignoring designators ("Kharkiv
 * Oblast" = "Kharkiv"), after which the dump's places nest under the curated division; any other place by a
 * shared name, compatible type and a distance under {@value GeoNamesMatcher#MERGE_DISTANCE_KM} km. Merged lines
 * are counted.
 *
 * <p><b>Names.</b> The name, ASCII name and the alternate names in Latin script (by default) become matchable;
 * codes (short all-capital strings), links and names that are everyday English words ("Police", "Of") are
 * dropped, because the matcher would fire on ordinary prose. Imported places get priority -1, so curated entries
 * win name clashes, and their population breaks ties among themselves.
 *
 * <p><b>Errors.</b> A malformed line (wrong column count, non-numeric id, bad coordinates, empty name) is counted,
 * logged (the first {@value GeoNamesCounts#LOGGED_BAD_LINES} at WARN) and skipped; only an unreadable file fails
 * the load.
 *
 * <p><b>Memory.</b> The file is streamed twice (divisions first, then places); only kept places are held.
 * {@code allCountries.txt} without a filter yields millions of places: restrict it with
 * {@link Options#withCountries(String...)} or {@link Options#withMinPopulation(long)}.
 */
public final class GeoNamesLoader {

    /** Also used by {@link GeoNamesCounts}: malformed lines are logged under this class's name. */
    static final Logger LOG = LoggerFactory.getLogger(GeoNamesLoader.class);

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
        Objects.requireNonNull(dump, "dump");
        return load(base, Source.of(dump), admin1Codes == null ? null : Source.of(admin1Codes));
    }

    /**
     * A file the loader reads, opened once per pass (the dump is read twice).
     *
     * @param name the file's name, for reports of malformed lines
     * @param opener opens it afresh, UTF-8
     */
    public record Source(String name, Opener opener) {
        /** Opens a source. */
        @FunctionalInterface
        public interface Opener {
            /** @return a new reader at the start of the file */
            java.io.BufferedReader open() throws IOException;
        }

        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(opener, "opener");
        }

        /** @return a file on disk */
        public static Source of(Path file) {
            return new Source(String.valueOf(file.getFileName()),
                    () -> java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * @param base the gazetteer to extend (unchanged)
     * @param dump a GeoNames dump in the 19-column format
     * @param admin1Codes GeoNames' {@code admin1CodesASCII.txt} (its geonameid column may be empty), or null
     * @return the extended gazetteer and a report
     * @throws IOException when a source cannot be read
     */
    public Result load(Gazetteer base, Source dump, Source admin1Codes) throws IOException {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(dump, "dump");
        // State of one load.
        GeoNamesCounts counts = new GeoNamesCounts();
        GeoNamesHierarchy hierarchy =
                new GeoNamesHierarchy(base, new GeoNamesFilter(options), new GeoNamesMatcher(base), counts);
        GeoNamesDumpReader reader = new GeoNamesDumpReader(options, hierarchy, counts);
        if (admin1Codes != null) {
            reader.readAdmin1Codes(admin1Codes);
        }
        try {
            reader.readDivisions(dump);
            reader.readPlaces(dump);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a read error while streaming the dump (DataLines)
        }
        Gazetteer extended = base.extendedWith(hierarchy.finish());
        Report report = counts.report();
        LOG.info("GeoNames {}: {} lines, {} places added, {} merged with existing entries, {} unsupported, "
                        + "{} filtered, {} unresolved, {} malformed", dump.name(), report.linesRead(),
                report.added(), report.merged(), report.skippedUnsupported(), report.skippedFiltered(),
                report.unresolved(), report.badLines());
        return new Result(extended, report);
    }
}
