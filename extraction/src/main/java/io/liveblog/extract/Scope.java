package io.liveblog.extract;

import java.util.Locale;
import java.util.Optional;

/** Whether a figure is a running total, a new incident, or context from an earlier event. */
public enum Scope {
    /** A running total or current stock ("death toll rises to", "since", "so far", "still held"). */
    CUMULATIVE,
    /** A new incident reported in the post. */
    INCREMENTAL,
    /** An earlier event given as context; never enters current aggregates. */
    BACKGROUND;

    /** @return the wire name, e.g. {@code cumulative} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the scope with that wire name, if any */
    public static Optional<Scope> fromWireName(String name) {
        for (Scope s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
