package io.liveblog.producer.parse;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the time-zone abbreviations printed in live-blog time lines ({@code 12:28 p.m. ET}) to zone rules.
 *
 * <h2>Policy</h2>
 * <ul>
 *   <li><b>Region rules, not the letter.</b> An abbreviation names a region; its rules decide the offset on the
 *       post's date. "EST" written in July still gives New York's summer offset, "EET" written in summer gives
 *       {@code Europe/Athens}' summer offset: newsrooms often keep one label all year, and the region is what they
 *       mean. The standard/daylight letter is used only to choose between the two readings of a local time that
 *       occurs twice when clocks go back (e.g. 1:30 a.m. on the first Sunday of November in New York).</li>
 *   <li><b>Clocks-forward gaps are errors.</b> A local time that does not exist in the region (2:30 a.m. ET on the
 *       second Sunday of March) is rejected, not shifted.</li>
 *   <li><b>Ambiguous abbreviations are refused</b> unless configured with {@link #with}: {@code IST} (India +05:30,
 *       Israel +02/+03, Ireland +01 in summer) and {@code AST} (Arabia +03, Atlantic −04). A wrong guess would move
 *       every post of a blog by hours, which is worse than a clear rejection.</li>
 *   <li>Explicit offsets {@code GMT+2}, {@code UTC-05:00}, {@code UTC+5:30} are read as fixed offsets.</li>
 * </ul>
 *
 * <h2>Table</h2>
 * <table>
 * <caption>Abbreviation to zone</caption>
 * <tr><th>abbreviation</th><th>zone rules</th><th>note</th></tr>
 * <tr><td>ET, EST, EDT</td><td>America/New_York</td><td>US Eastern</td></tr>
 * <tr><td>CT, CST, CDT</td><td>America/Chicago</td><td>US Central (not China Standard Time)</td></tr>
 * <tr><td>MT, MST, MDT</td><td>America/Denver</td><td>US Mountain with DST (not Arizona)</td></tr>
 * <tr><td>PT, PST, PDT</td><td>America/Los_Angeles</td><td>US Pacific</td></tr>
 * <tr><td>AKST, AKDT</td><td>America/Anchorage</td><td></td></tr>
 * <tr><td>HST</td><td>Pacific/Honolulu</td><td></td></tr>
 * <tr><td>GMT, UTC, Z</td><td>UTC</td><td></td></tr>
 * <tr><td>BST</td><td>Europe/London</td><td>British Summer Time (not Bangladesh)</td></tr>
 * <tr><td>WET, WEST</td><td>Europe/Lisbon</td><td></td></tr>
 * <tr><td>CET, CEST</td><td>Europe/Paris</td><td>same rules as Berlin, Brussels, Rome, Warsaw</td></tr>
 * <tr><td>EET, EEST</td><td>Europe/Athens</td><td>same rules as Kyiv, Bucharest, Helsinki; NOT Cairo or Beirut,
 *     whose DST dates differ — configure those with {@link #with}</td></tr>
 * <tr><td>MSK</td><td>Europe/Moscow</td><td>+03</td></tr>
 * <tr><td>TRT</td><td>Europe/Istanbul</td><td>+03</td></tr>
 * <tr><td>IDT</td><td>Asia/Jerusalem</td><td>Israel Daylight Time (IST is ambiguous, see above)</td></tr>
 * <tr><td>GST</td><td>Asia/Dubai</td><td>Gulf Standard Time +04</td></tr>
 * <tr><td>IRST, IRDT</td><td>Asia/Tehran</td><td></td></tr>
 * <tr><td>AFT</td><td>Asia/Kabul</td><td>+04:30</td></tr>
 * <tr><td>PKT</td><td>Asia/Karachi</td><td>+05</td></tr>
 * <tr><td>ICT</td><td>Asia/Bangkok</td><td>+07</td></tr>
 * <tr><td>WIB</td><td>Asia/Jakarta</td><td>+07</td></tr>
 * <tr><td>HKT</td><td>Asia/Hong_Kong</td><td>+08</td></tr>
 * <tr><td>SGT</td><td>Asia/Singapore</td><td>+08</td></tr>
 * <tr><td>PHT</td><td>Asia/Manila</td><td>+08</td></tr>
 * <tr><td>JST</td><td>Asia/Tokyo</td><td>+09</td></tr>
 * <tr><td>KST</td><td>Asia/Seoul</td><td>+09</td></tr>
 * <tr><td>AWST</td><td>Australia/Perth</td><td></td></tr>
 * <tr><td>ACST, ACDT</td><td>Australia/Adelaide</td><td></td></tr>
 * <tr><td>AEST, AEDT</td><td>Australia/Sydney</td><td>Sydney, Melbourne, Canberra (not Brisbane)</td></tr>
 * <tr><td>NZST, NZDT</td><td>Pacific/Auckland</td><td></td></tr>
 * <tr><td>WAT</td><td>Africa/Lagos</td><td>+01</td></tr>
 * <tr><td>CAT</td><td>Africa/Maputo</td><td>+02</td></tr>
 * <tr><td>SAST</td><td>Africa/Johannesburg</td><td>+02</td></tr>
 * <tr><td>EAT</td><td>Africa/Nairobi</td><td>+03</td></tr>
 * </table>
 */
public final class ZoneAbbreviations {

    /** Which reading of a repeated local time an abbreviation asks for when clocks go back. */
    public enum Season {
        /** A standard-time label (EST, CET): the later of the two instants. */
        STANDARD,
        /** A summer-time label (EDT, CEST): the earlier of the two instants. */
        DAYLIGHT,
        /** A generic label (ET, PT): the earlier instant, as {@link java.time.ZonedDateTime#ofLocal} picks. */
        GENERIC
    }

    /**
     * What an abbreviation stands for.
     *
     * @param zone region rules or fixed offset
     * @param season which reading to take in an overlap
     */
    public record Entry(ZoneId zone, Season season) {
        public Entry {
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(season, "season");
        }
    }

    /** Abbreviations deliberately left out of {@link #standard()}, with what they could mean. */
    public static final Map<String, String> AMBIGUOUS = Map.of(
            "IST", "India +05:30, Israel +02:00/+03:00 or Ireland +01:00",
            "AST", "Arabia +03:00 or Atlantic -04:00");

    private static final Pattern EXPLICIT_OFFSET =
            Pattern.compile("(?:GMT|UTC)([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final ZoneAbbreviations STANDARD = buildStandard();

    private final Map<String, Entry> entries;

    private ZoneAbbreviations(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** @return the documented default table */
    public static ZoneAbbreviations standard() {
        return STANDARD;
    }

    /**
     * @param abbreviation upper-case label, e.g. {@code IST}
     * @param zone what it means for this input (e.g. {@code Asia/Kolkata} for an Indian newsroom)
     * @return a copy of this table with the label added or replaced (used as {@link Season#GENERIC})
     */
    public ZoneAbbreviations with(String abbreviation, ZoneId zone) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(abbreviation.toUpperCase(Locale.ROOT), new Entry(zone, Season.GENERIC));
        return new ZoneAbbreviations(copy);
    }

    /** @return every label of the table with its entry, in table order */
    public Map<String, Entry> entries() {
        return entries;
    }

    /**
     * @param label the label as printed, e.g. {@code ET}, {@code GMT+2}
     * @return its entry, or empty when the label is unknown or ambiguous
     */
    public Optional<Entry> lookup(String label) {
        Entry entry = entries.get(label);
        if (entry != null) {
            return Optional.of(entry);
        }
        Matcher m = EXPLICIT_OFFSET.matcher(label);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (hours > 14 || minutes > 59) {
                return Optional.empty();
            }
            int sign = m.group(1).equals("-") ? -1 : 1;
            return Optional.of(new Entry(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes), Season.GENERIC));
        }
        return Optional.empty();
    }

    private static ZoneAbbreviations buildStandard() {
        Map<String, Entry> m = new LinkedHashMap<>();
        region(m, "America/New_York", "ET", "EST", "EDT");
        region(m, "America/Chicago", "CT", "CST", "CDT");
        region(m, "America/Denver", "MT", "MST", "MDT");
        region(m, "America/Los_Angeles", "PT", "PST", "PDT");
        region(m, "America/Anchorage", null, "AKST", "AKDT");
        region(m, "Pacific/Honolulu", null, "HST", null);
        m.put("GMT", new Entry(ZoneOffset.UTC, Season.GENERIC));
        m.put("UTC", new Entry(ZoneOffset.UTC, Season.GENERIC));
        m.put("Z", new Entry(ZoneOffset.UTC, Season.GENERIC));
        region(m, "Europe/London", null, null, "BST");
        region(m, "Europe/Lisbon", null, "WET", "WEST");
        region(m, "Europe/Paris", null, "CET", "CEST");
        region(m, "Europe/Athens", null, "EET", "EEST");
        region(m, "Europe/Moscow", "MSK", null, null);
        region(m, "Europe/Istanbul", "TRT", null, null);
        region(m, "Asia/Jerusalem", null, null, "IDT");
        region(m, "Asia/Dubai", "GST", null, null);
        region(m, "Asia/Tehran", null, "IRST", "IRDT");
        region(m, "Asia/Kabul", "AFT", null, null);
        region(m, "Asia/Karachi", "PKT", null, null);
        region(m, "Asia/Bangkok", "ICT", null, null);
        region(m, "Asia/Jakarta", "WIB", null, null);
        region(m, "Asia/Hong_Kong", "HKT", null, null);
        region(m, "Asia/Singapore", "SGT", null, null);
        region(m, "Asia/Manila", "PHT", null, null);
        region(m, "Asia/Tokyo", "JST", null, null);
        region(m, "Asia/Seoul", "KST", null, null);
        region(m, "Australia/Perth", "AWST", null, null);
        region(m, "Australia/Adelaide", null, "ACST", "ACDT");
        region(m, "Australia/Sydney", null, "AEST", "AEDT");
        region(m, "Pacific/Auckland", null, "NZST", "NZDT");
        region(m, "Africa/Lagos", "WAT", null, null);
        region(m, "Africa/Maputo", "CAT", null, null);
        region(m, "Africa/Johannesburg", "SAST", null, null);
        region(m, "Africa/Nairobi", "EAT", null, null);
        return new ZoneAbbreviations(m);
    }

    private static void region(Map<String, Entry> m, String zone, String generic, String standard, String daylight) {
        ZoneId id = ZoneId.of(zone);
        if (generic != null) {
            m.put(generic, new Entry(id, Season.GENERIC));
        }
        if (standard != null) {
            m.put(standard, new Entry(id, Season.STANDARD));
        }
        if (daylight != null) {
            m.put(daylight, new Entry(id, Season.DAYLIGHT));
        }
    }
}
