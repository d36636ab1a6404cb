package io.liveblog.extract;

import java.util.Locale;
import java.util.Optional;

/** What a figure counts. The wire name (lower snake case) is what topics and snapshots carry. */
public enum Metric {
    KILLED(Kind.CASUALTY),
    INJURED(Kind.CASUALTY),
    MISSING(Kind.CASUALTY),
    HOSTAGES(Kind.CASUALTY),
    DISPLACED(Kind.CASUALTY),
    ARRESTED(Kind.CASUALTY),
    AID_TRUCKS(Kind.AID),
    FUEL_TRUCKS(Kind.AID),
    FUEL(Kind.AID),
    FOOD(Kind.AID),
    WATER(Kind.AID),
    MEDICAL_SUPPLIES(Kind.AID),
    RELIEF_SUPPLIES(Kind.AID),
    SHELTER_ITEMS(Kind.AID),
    FUNDING(Kind.AID),
    RELIEF_FLIGHTS(Kind.AID),
    PEOPLE_ASSISTED(Kind.AID);

    /** The two families of metrics. */
    public enum Kind {
        CASUALTY, AID;

        /** @return the wire name, e.g. {@code casualty} */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    Metric(Kind kind) {
        this.kind = kind;
    }

    /** @return casualty or aid */
    public Kind kind() {
        return kind;
    }

    /** @return the wire name, e.g. {@code aid_trucks} */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the metric with that wire name, if any */
    public static Optional<Metric> fromWireName(String name) {
        for (Metric m : values()) {
            if (m.wireName().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
