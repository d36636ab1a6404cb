package io.liveblog.extract;

/**
 * A figure as the text states it: best estimate with bounds and the qualifier that produced them.
 *
 * @param value best estimate, or null when the text gives none
 * @param low lowest value consistent with the text, or null
 * @param high highest value consistent with the text, or null when unbounded
 * @param qualifier how the text qualifies the figure
 */
public record Quantity(Long value, Long low, Long high, Qualifier qualifier) {
}
