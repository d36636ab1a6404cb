package io.liveblog.extract;

/**
 * Who a sentence says gave its figures.
 *
 * @param cue index of the speech verb or "according"/"per" token
 * @param source normalised source name, a contextual key ("@health-ministry"), or the cleaned phrase
 * @param generic true for a pronoun or a word that refers back ("it said", "the statement said", "the ministry
 *     added") to a source an earlier sentence of the post named
 * @param pronoun true for a bare pronoun ("he said"), which names nobody when nothing earlier resolves it
 * @param first first token of the source phrase
 * @param end token index just past the source phrase
 */
record Attribution(int cue, String source, boolean generic, boolean pronoun, int first, int end) {
}
