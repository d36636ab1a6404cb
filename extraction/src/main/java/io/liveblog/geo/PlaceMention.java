package io.liveblog.geo;

/**
 * A place named in a text.
 *
 * @param start offset of the first character of the name
 * @param end offset just past the name
 * @param place the gazetteer entry it resolves to
 * @param actorUse true when the name stands for an actor rather than a location ("Israel said", "Egypt's
 *     foreign ministry"): such a mention locates no figure
 */
public record PlaceMention(int start, int end, Place place, boolean actorUse) {
}
