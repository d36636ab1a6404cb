package io.liveblog.producer.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time line that opens every post of a CNN-style live blog, e.g. {@code 12:28 p.m. ET, December 2, 2023}.
 *
 * <p>Accepted shapes: {@code H:MM a.m.|am|AM|p.m.|pm|PM}, {@code H a.m.}, {@code noon}, {@code midnight}, or a 24-hour
 * {@code HH:MM}; then a zone label (see {@link ZoneAbbreviations}); an optional comma; a month name (full, three
 * letters or "Sept", optionally with a dot); the day; an optional comma; a four-digit year.
 *
 * <p>{@code 12:00 p.m.} and {@code noon} are 12:00; {@code 12:00 a.m.} and {@code midnight} are 00:00 <em>of the date
 * printed on the line</em>. (AP style files "midnight" under the day that ends; a time line, however, stamps an
 * instant with its calendar date, and CNN's system prints midnight as 12:00 a.m. of the new day, so the start of the
 * printed date is the consistent reading.)
 */
public final class TimeLineParser {

    /** A line longer than this is prose, never a time line. */
    static final int MAX_TIME_LINE_LENGTH = 80;

    private static final Pattern LOOKS_LIKE_TIME = Pattern.compile(
            "^(?:\\d{1,2}(?::\\d{2})?\\s*[aApP]\\.?\\s?[mM]\\.?|\\d{1,2}:\\d{2}|(?i:noon|midnight))(?![\\w:]).*");

    private static final Pattern TIME_LINE = Pattern.compile(
            "^(?:(?<h>\\d{1,2})(?::(?<m>\\d{2}))?\\s*(?<ap>[aApP])\\.?\\s?[mM]\\.?"
                    + "|(?<h24>\\d{1,2}):(?<m24>\\d{2})"
                    + "|(?<word>(?i:noon|midnight)))"
                    + "\\s+(?<zone>[A-Z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)"
                    + "\\s*,?\\s*(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?<year>\\d{4})$");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private final ZoneAbbreviations zones;

    /** @param zones zone table used to resolve labels */
    public TimeLineParser(ZoneAbbreviations zones) {
        this.zones = Objects.requireNonNull(zones, "zones");
    }

    /**
     * Whether a line is meant as a time line: it starts with a clock time, is short, and does not end like a sentence.
     * Such a line opens a new post even when it then fails {@link #parse}, so that a malformed time line is rejected
     * with its post instead of being merged into the post before it.
     *
     * @param line one cleaned line
     * @return true when the line should be read as a post's time line
     */
    public static boolean looksLikeTimeLine(String line) {
        if (line.length() > MAX_TIME_LINE_LENGTH || !LOOKS_LIKE_TIME.matcher(line).matches()) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.endsWith("a.m.") || lower.endsWith("p.m.")) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return ".!?;,\"”’'".indexOf(last) < 0;
    }

    /**
     * @param line a time line
     * @return the instant it denotes
     * @throws TimeLineException with a reason a user can act on
     */
    public Instant parse(String line) throws TimeLineException {
        Matcher m = TIME_LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new TimeLineException("time line '" + line + "' is not 'H:MM a.m./p.m. ZONE, Month D, YYYY'");
        }
        LocalTime time = time(m, line);
        LocalDate date = date(m, line);
        String label = m.group("zone");
        ZoneAbbreviations.Entry entry = zones.lookup(label).orElseThrow(() -> new TimeLineException(
                unknownZone(label, line)));
        return resolve(LocalDateTime.of(date, time), entry, label, line);
    }

    /**
     * @param line a time line that {@link #parse} accepted
     * @param at the instant it gave
     * @return the UTC offset of the line's zone at that instant (the post's local calendar)
     */
    public java.time.ZoneOffset offset(String line, Instant at) throws TimeLineException {
        Matcher m = TIME_LINE.matcher(line.strip());
        if (!m.matches()) {
            throw new TimeLineException("time line '" + line + "' is not 'H:MM a.m./p.m. ZONE, Month D, YYYY'");
        }
        String label = m.group("zone");
        ZoneAbbreviations.Entry entry = zones.lookup(label).orElseThrow(() -> new TimeLineException(
                unknownZone(label, line)));
        return entry.zone().getRules().getOffset(at);
    }

    private static String unknownZone(String label, String line) {
        String ambiguous = ZoneAbbreviations.AMBIGUOUS.get(label);
        if (ambiguous != null) {
            return "time zone '" + label + "' in '" + line + "' is ambiguous (" + ambiguous
                    + "); configure which one this blog means";
        }
        return "unknown time zone '" + label + "' in '" + line + "'";
    }

    private static LocalTime time(Matcher m, String line) throws TimeLineException {
        if (m.group("word") != null) {
            return m.group("word").equalsIgnoreCase("noon") ? LocalTime.NOON : LocalTime.MIDNIGHT;
        }
        if (m.group("h24") != null) {
            int h = Integer.parseInt(m.group("h24"));
            int min = Integer.parseInt(m.group("m24"));
            if (h > 23 || min > 59) {
                throw new TimeLineException("no such time of day in '" + line + "'");
            }
            return LocalTime.of(h, min);
        }
        int h = Integer.parseInt(m.group("h"));
        int min = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        if (h < 1 || h > 12 || min > 59) {
            throw new TimeLineException("no such 12-hour time in '" + line + "'");
        }
        boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
        int hour24 = h % 12 + (pm ? 12 : 0);
        return LocalTime.of(hour24, min);
    }

    private static LocalDate date(Matcher m, String line) throws TimeLineException {
        Integer month = MONTHS.get(m.group("month").toLowerCase(Locale.ROOT));
        if (month == null) {
            throw new TimeLineException("unknown month '" + m.group("month") + "' in '" + line + "'");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        } catch (DateTimeException e) {
            throw new TimeLineException("no such date in '" + line + "'");
        }
    }

    private static Instant resolve(LocalDateTime local, ZoneAbbreviations.Entry entry, String label, String line)
            throws TimeLineException {
        ZoneRules rules = entry.zone().getRules();
        var valid = rules.getValidOffsets(local);
        if (valid.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            throw new TimeLineException("'" + line + "' does not exist in " + entry.zone() + " (clocks jumped from "
                    + gap.getDateTimeBefore().toLocalTime() + " to " + gap.getDateTimeAfter().toLocalTime()
                    + " that night)");
        }
        ZoneOffset offset;
        if (valid.size() == 1) {
            offset = valid.get(0);
        } else {
            // local time repeated when clocks went back: valid.get(0) is the earlier (summer) offset
            offset = entry.season() == ZoneAbbreviations.Season.STANDARD ? valid.get(1) : valid.get(0);
        }
        return ZonedDateTime.ofStrict(local, offset, entry.zone()).toInstant();
    }

    /** A time line that cannot be turned into an instant. */
    public static final class TimeLineException extends Exception {
        /** @param message reason in words a user can act on */
        public TimeLineException(String message) {
            super(message);
        }
    }
}
