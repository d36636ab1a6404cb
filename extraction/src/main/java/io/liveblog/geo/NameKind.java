package io.liveblog.geo;

/**
 * How a surface form refers to its place; decides whether a mention can locate a figure.
 * Declared from the strongest claim on a span of text to the weakest, which breaks ties between overlapping
 * matches of equal length.
 */
enum NameKind {
    /** The place's name or an alternate spelling; may still be an actor use depending on context. */
    NAME,
    /** A descriptive phrase that always locates ("southern Lebanon", "Lebanese side of the border"). */
    LOCATION,
    /** A phrase that always stands for a government ("the Kremlin", "White House"). */
    ACTOR,
    /** A demonym or national adjective ("Israeli", "Lebanese"); names people or institutions, never a location. */
    DEMONYM;

    /** @return the kind for a use column value ({@code location}, {@code actor}, {@code demonym}) */
    static NameKind ofUse(String use) {
        switch (use) {
            case "location":
                return LOCATION;
            case "actor":
                return ACTOR;
            case "demonym":
                return DEMONYM;
            default:
                throw new IllegalArgumentException("unknown phrase use '" + use + "' (expected location, actor or demonym)");
        }
    }
}
