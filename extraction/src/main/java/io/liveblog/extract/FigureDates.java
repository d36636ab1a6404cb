package io.liveblog.extract;

import java.time.LocalDate;

/**
 * What a figure's words say about time: the start of the running total it reports, and the day the event happened
 * when that is not the day of the post.
 *
 * @param baseline for a running total, what it counts from: a start date {@code YYYY-MM-DD} ("since October 7",
 *     "since Friday", "this year", "since the war began" where the war's start is known), {@code phase:<name>} for a
 *     named start without a date ("since fighting resumed"), or {@value #UNSTATED}; null for other scopes
 * @param baselineText the words that state the baseline ("since the truce ended on Friday"), null when unstated
 * @param eventDay the day the event happened when the words state one ("on Thursday", "yesterday", "on November
 *     30"), in the post's local calendar; null when not stated or not accepted (see {@code note})
 * @param eventDayText the words that state the event day, null when none
 * @param note why a stated day was not taken (after the post, or more than a year before it), else null
 */
public record FigureDates(String baseline, String baselineText, LocalDate eventDay, String eventDayText,
                          String note) {

    /** Baseline of a running total that does not say what it counts from. */
    public static final String UNSTATED = "unstated";

    /** Prefix of a baseline that is a named phase without a date. */
    public static final String PHASE_PREFIX = "phase:";

    /** No dates stated (for figures that are not running totals). */
    public static final FigureDates NONE = new FigureDates(null, null, null, null, null);

    /** @return these dates with the event day of {@code other} when these state none */
    public FigureDates withEventDayFrom(FigureDates other) {
        if (eventDay != null || eventDayText != null) {
            return this;
        }
        return new FigureDates(baseline, baselineText, other.eventDay, other.eventDayText, other.note);
    }
}
