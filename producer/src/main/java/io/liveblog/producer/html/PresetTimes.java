package io.liveblog.producer.html;

import io.liveblog.producer.feed.FeedDates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a time found on a page with a preset's zone and text patterns, after the standard formats. */
final class PresetTimes {

    private static final Pattern AM = Pattern.compile("(?i)\\ba\\.\\s?m\\.?(?=\\W|$)");
    private static final Pattern PM = Pattern.compile("(?i)\\bp\\.\\s?m\\.?(?=\\W|$)");

    private PresetTimes() {
    }

    /**
     * @param at the instant {@link #parse} read the text as
     * @return the offset the text was written in, else the preset's zone's offset at that instant, else empty
     */
    static Optional<java.time.ZoneOffset> offset(String text, SitePreset preset, Instant at) {
        Optional<java.time.ZoneOffset> written = FeedDates.offsetOf(text,
                preset.timeZone(), at);
        if (written.isPresent() || preset.timeZone() == null) {
            return written;
        }
        return Optional.of(preset.timeZone().getRules().getOffset(at));
    }

    static Optional<Instant> parse(String text, SitePreset preset) {
        Optional<Instant> standard = FeedDates.parse(text, preset.timeZone());
        if (standard.isPresent() || preset.timePatterns().isEmpty()) {
            return standard;
        }
        String normalised = PM.matcher(AM.matcher(text.strip()).replaceAll("AM")).replaceAll("PM")
                .replaceAll("\\s+", " ");
        for (String pattern : preset.timePatterns()) {
            try {
                DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern(pattern).toFormatter(Locale.ENGLISH);
                TemporalAccessor parsed = formatter.parseBest(normalised, ZonedDateTime::from, LocalDateTime::from);
                if (parsed instanceof ZonedDateTime zoned) {
                    return Optional.of(zoned.toInstant());
                }
                if (preset.timeZone() != null) {
                    return Optional.of(((LocalDateTime) parsed).atZone(preset.timeZone()).toInstant());
                }
            } catch (DateTimeException notThisPattern) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }
}
