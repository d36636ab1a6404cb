package io.liveblog.extract;

import java.util.Locale;
import java.util.Optional;

/** How precisely the text states a figure. */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, NEARLY, UP_TO, RANGE, SEVERAL, DOZENS, HUNDREDS, THOUSANDS;

    /** @return the wire name, e.g. {@code at_least} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the qualifier with that wire name, if any */
    public static Optional<Qualifier> fromWireName(String name) {
        for (Qualifier q : values()) {
            if (q.wireName().equals(name)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
