package io.liveblog.extract;

/**
 * A number read as a figure: what it counts and which tokens state it.
 *
 * @param phrase index of the number in the sentence's number list
 * @param metric what is counted
 * @param unit unit when not a count of people or things ("litres", "USD", "households"), else null
 * @param spanFirst first token of the words stating the figure (qualifier, verb or toll noun included)
 * @param spanEnd token index just past those words (counted noun or predicate included)
 */
record Reading(int phrase, Metric metric, String unit, int spanFirst, int spanEnd) {
}
