package io.liveblog.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * What one GeoNames load did to its lines: the counts of a {@link GeoNamesLoader.Report} and the first malformed
 * lines. Separate from the passes that count, so reading, nesting and filtering all report into one place and a
 * malformed line is logged the same way in whichever file it is found.
 */
final class GeoNamesCounts {

    static final int LOGGED_BAD_LINES = 20;
    private static final int KEPT_BAD_LINES = 100;

    private final List<GeoNamesLoader.BadLine> badSamples = new ArrayList<>();
    private long linesRead;
    private long added;
    private long merged;
    private long unsupported;
    private long filtered;
    private long unresolved;
    private long bad;

    /** Counts a data line read from the dump. */
    void countLineRead() {
        linesRead++;
    }

    /** Counts a place added. */
    void countAdded() {
        added++;
    }

    /** Counts a line matched to a place already in the gazetteer. */
    void countMerged() {
        merged++;
    }

    /** Counts a line whose feature is not mapped. */
    void countUnsupported() {
        unsupported++;
    }

    /** Counts a line excluded by the options or with an everyday-word name. */
    void countFiltered() {
        filtered++;
    }

    /** Counts a line whose country is known to neither the gazetteer nor the dump. */
    void countUnresolved() {
        unresolved++;
    }

    GeoNamesLoader.Report report() {
        return new GeoNamesLoader.Report(linesRead, added, merged, unsupported, filtered, unresolved, bad, badSamples);
    }

    void bad(String file, long number, String reason) {
        bad++;
        if (bad <= LOGGED_BAD_LINES) {
            GeoNamesLoader.LOG.warn("{}:{}: skipped malformed GeoNames line: {}", file, number, reason);
        } else {
            GeoNamesLoader.LOG.debug("{}:{}: skipped malformed GeoNames line: {}", file, number, reason);
        }
        if (badSamples.size() < KEPT_BAD_LINES) {
            badSamples.add(new GeoNamesLoader.BadLine(file, number, reason));
        }
    }
}
