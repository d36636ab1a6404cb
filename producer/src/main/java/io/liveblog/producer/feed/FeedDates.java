package io.liveblog.producer.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamps found in feeds and pages: RFC 822 dates of RSS ({@code Sat, 02 Dec 2023 17:28:00 GMT}, with
 * the old US zone names), ISO 8601 / RFC 3339 of Atom, JSON and HTML ({@code 2023-12-02T17:28:00.000Z}, offsets with
 * or without colon, a space instead of {@code T}) and Unix epoch seconds or milliseconds.
 *
 * <p>A time without a zone is only accepted when the caller names the zone to assume: silently taking UTC would shift
 * a post by hours and reorder a blog.
 */
public final class FeedDates {

    private static final Pattern RFC_822 = Pattern.compile(
            "^(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{2}|\\d{4}),?\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS_ONLY = Pattern.compile("(T[\\d:.,]+)([+-]\\d{2})$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
    private static final Pattern DATE_TIME_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ ](\\d)");

    /** RFC 822 zone names (section 5.1) plus the ones feeds use in practice. */
    private static final Map<String, ZoneOffset> NAMED_ZONES = Map.ofEntries(
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private FeedDates() {
    }

    /**
     * Reads a timestamp that must carry its own zone.
     *
     * @param text the timestamp as written, may be null
     * @return the instant, or empty when the text is blank, not a timestamp, or has no zone
     */
    public static Optional<Instant> parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads a timestamp.
     *
     * @param text the timestamp as written, may be null
     * @param zoneForLocalTimes zone assumed for a time written without zone, or null to refuse such times
     * @return the instant, or empty when the text is blank or not a timestamp this class knows
     */
    public static Optional<Instant> parse(String text, ZoneId zoneForLocalTimes) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            return Optional.empty();
        }
        if (EPOCH.matcher(trimmed).matches()) {
            long value = Long.parseLong(trimmed);
            // 10 digits or fewer are seconds (until the year 2286); more are milliseconds
            return Optional.of(trimmed.length() <= 10 ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value));
        }
        if (Character.isDigit(trimmed.charAt(0)) && trimmed.length() >= 10 && trimmed.charAt(4) == '-') {
            return parseIso(trimmed, zoneForLocalTimes);
        }
        return parseRfc822(trimmed, zoneForLocalTimes);
    }

    /**
     * The UTC offset a timestamp was written in, so figures can be dated in the post's own day ("on Thursday",
     * "yesterday"): the offset or zone name it carries, or for a time written without one, the zone the caller
     * assumes for it at that instant.
     *
     * @param text the timestamp as written, may be null
     * @param zoneForLocalTimes zone assumed for a time written without zone, or null
     * @param at the instant the text was read as ({@link #parse(String, ZoneId)})
     * @return the offset, or empty for epoch numbers, unreadable text, or a local time with no zone to assume
     */
    public static Optional<ZoneOffset> offsetOf(String text, ZoneId zoneForLocalTimes, Instant at) {
        if (text == null || at == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 64 || EPOCH.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        Optional<ZoneOffset> written = Character.isDigit(trimmed.charAt(0)) && trimmed.length() >= 10
                && trimmed.charAt(4) == '-' ? isoOffset(trimmed) : rfc822Offset(trimmed);
        if (written.isPresent() || zoneForLocalTimes == null) {
            return written;
        }
        return parse(trimmed, zoneForLocalTimes).map(i -> zoneForLocalTimes.getRules().getOffset(at));
    }

    private static Optional<ZoneOffset> isoOffset(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(normaliseIso(text), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .getOffset());
        } catch (DateTimeParseException local) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> rfc822Offset(String text) {
        Matcher m = RFC_822.matcher(text);
        if (!m.matches() || m.group(7) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(zoneOffset(m.group(7)));
    }

    /** @return the offset of an RFC 822 zone ({@code +0200}, {@code GMT}, {@code EST}), or null when unknown */
    private static ZoneOffset zoneOffset(String zone) {
        try {
            return zone.charAt(0) == '+' || zone.charAt(0) == '-'
                    ? ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone)
                    : NAMED_ZONES.get(zone.toUpperCase(Locale.ROOT));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static String normaliseIso(String text) {
        String normalised = DATE_TIME_SPACE.matcher(text.toUpperCase(Locale.ROOT)).replaceFirst("$1T$2");
        normalised = normalised.replace(" ", "");
        normalised = OFFSET_HOURS_ONLY.matcher(normalised).replaceFirst("$1$2:00");
        if (!normalised.endsWith("Z")) {
            Matcher colonless = OFFSET_WITHOUT_COLON.matcher(normalised);
            if (colonless.find() && normalised.indexOf('T') >= 0
                    && colonless.start() > normalised.indexOf('T') + 2) {
                normalised = colonless.replaceFirst("$1:$2");
            }
        }
        return normalised;
    }

    private static Optional<Instant> parseIso(String text, ZoneId zoneForLocalTimes) {
        String normalised = normaliseIso(text);
        try {
            return Optional.of(OffsetDateTime.parse(normalised, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notOffset) {
            if (zoneForLocalTimes == null) {
                return Optional.empty();
            }
            try {
                LocalDateTime local = normalised.indexOf('T') < 0
                        ? LocalDate.parse(normalised).atTime(LocalTime.MIDNIGHT)
                        : LocalDateTime.parse(normalised, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                return Optional.of(local.atZone(zoneForLocalTimes).toInstant());
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> parseRfc822(String text, ZoneId zoneForLocalTimes) {
        Matcher m = RFC_822.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String zone = m.group(7);
            if (zone == null) {
                return zoneForLocalTimes == null ? Optional.empty()
                        : Optional.of(local.atZone(zoneForLocalTimes).toInstant());
            }
            ZoneOffset offset = zoneOffset(zone);
            if (offset == null) {
                return Optional.empty();
            }
            return Optional.of(local.toInstant(offset));
        } catch (DateTimeException invalidField) {
            return Optional.empty();
        }
    }
}
