package io.liveblog.extract;

import java.util.Locale;
import java.util.Optional;

/** Whether a figure reports something that happened, is planned, or is feared/projected. */
public enum Modality {
    REPORTED, PLANNED, PROJECTED;

    /** @return the wire name, e.g. {@code reported} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the modality with that wire name, if any */
    public static Optional<Modality> fromWireName(String name) {
        for (Modality m : values()) {
            if (m.wireName().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
