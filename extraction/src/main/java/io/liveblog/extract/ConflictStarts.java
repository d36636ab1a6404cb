package io.liveblog.extract;

import io.liveblog.geo.DataLines;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Start dates of wars and disasters by country ({@code conflict-starts.tsv}), so that "since the war began" in a
 * Gaza post and "since October 7" are one series. Data, not code: the table says where each date comes from.
 */
final class ConflictStarts {

    static final String RESOURCE = "/io/liveblog/extract/conflict-starts.tsv";

    /** The phases a table line may name. */
    static final WordSet PHASES = Lexicon.words("war", "invasion", "earthquake", "flood");

    private static final ConflictStarts BUNDLED = load();

    private final Map<String, LocalDate> starts;

    private ConflictStarts(Map<String, LocalDate> starts) {
        this.starts = Map.copyOf(starts);
    }

    /** @return the table bundled with the extractor */
    static ConflictStarts bundled() {
        return BUNDLED;
    }

    /** @return the start of {@code phase} in country {@code countryCode}, or null when the table has none */
    LocalDate start(String countryCode, String phase) {
        return countryCode == null ? null : starts.get(countryCode + '|' + phase);
    }

    static ConflictStarts parse(List<String> lines) {
        Map<String, LocalDate> starts = new HashMap<>();
        for (DataLines.Line line : DataLines.of(lines)) {
            long lineNo = line.number();
            String[] cols = line.columns();
            if (cols.length < 3) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": expected country, phase, date");
            }
            if (!PHASES.contains(cols[1])) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": unknown phase '" + cols[1] + "'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cols[2]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": bad date '" + cols[2] + "'", e);
            }
            if (starts.put(cols[0] + '|' + cols[1], date) != null) {
                throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": second line for " + cols[0] + " "
                        + cols[1]);
            }
        }
        return new ConflictStarts(starts);
    }

    private static ConflictStarts load() {
        return parse(DataLines.bundled(ConflictStarts.class, RESOURCE));
    }
}
