package io.liveblog.alerts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules of the alerts app, read from a JSON file ({@code alerts --rules FILE}; the bundled
 * {@code default-rules.json} otherwise). Every section is optional; a missing one takes its defaults, an empty
 * metric list means every metric.
 *
 * <pre>
 * {
 *   "thresholds":  [{"place": "Gaza Strip", "metric": "killed", "window": "day", "atLeast": 100}],
 *   "spike":       {"metrics": ["killed", "injured"], "trailingDays": 7, "minimumDays": 3, "factor": 3.0,
 *                   "minimumRise": 10},
 *   "firstReport": {"enabled": true},
 *   "aidStopped":  {"metrics": ["aid_trucks", "fuel_trucks"], "days": 3},
 *   "revisedDown": {"enabled": true},
 *   "backfillDays": 2
 * }
 * </pre>
 *
 * @param thresholds a figure reaching a level at a place (by name or gazetteer id)
 * @param spike a day's figure far above the place's trailing days
 * @param firstReport the first figure from a place never reported before
 * @param aidStopped deliveries to a place stopping while its theatre keeps reporting
 * @param revisedDown a running total revised downward by its authority
 * @param backfillDays how far behind its theatre's newest report a day may be before its data counts as backfill
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record AlertRules(List<Threshold> thresholds, Spike spike, Toggle firstReport, AidStopped aidStopped,
                         Toggle revisedDown, Integer backfillDays) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public AlertRules {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        spike = spike == null ? new Spike(null, null, null, null, null) : spike;
        firstReport = firstReport == null ? new Toggle(true) : firstReport;
        aidStopped = aidStopped == null ? new AidStopped(null, null) : aidStopped;
        revisedDown = revisedDown == null ? new Toggle(true) : revisedDown;
        backfillDays = backfillDays == null ? 2 : backfillDays;
        if (backfillDays < 0) {
            throw new IllegalArgumentException("backfillDays must be 0 or more, got " + backfillDays);
        }
    }

    /** A figure reaching a level. */
    public record Threshold(String place, String metric, String window, Long atLeast) {
        public Threshold {
            Objects.requireNonNull(place, "thresholds[].place");
            Objects.requireNonNull(metric, "thresholds[].metric");
            Objects.requireNonNull(atLeast, "thresholds[].atLeast");
            window = window == null ? "total" : window.toLowerCase(Locale.ROOT);
            if (!window.equals("total") && !window.equals("day")) {
                throw new IllegalArgumentException("thresholds[].window must be total or day, got " + window);
            }
            if (atLeast < 1) {
                throw new IllegalArgumentException("thresholds[].atLeast must be at least 1, got " + atLeast);
            }
        }

        /** @return whether this threshold watches a place (name or id, case-insensitive) */
        boolean watches(String placeId, String placeName, String m) {
            return metric.equals(m) && (place.equalsIgnoreCase(placeId) || place.equalsIgnoreCase(placeName));
        }
    }

    /** A day's figure against the mean of the place's trailing days with figures. */
    public record Spike(List<String> metrics, Integer trailingDays, Integer minimumDays, Double factor,
                        Long minimumRise) {
        public Spike {
            metrics = metrics == null ? List.of("killed", "injured", "missing", "displaced", "arrested")
                    : List.copyOf(metrics);
            trailingDays = trailingDays == null ? 7 : trailingDays;
            minimumDays = minimumDays == null ? 3 : minimumDays;
            factor = factor == null ? 3.0 : factor;
            minimumRise = minimumRise == null ? 10L : minimumRise;
            if (trailingDays < 1 || minimumDays < 1 || minimumDays > trailingDays || factor <= 1.0
                    || minimumRise < 0) {
                throw new IllegalArgumentException("spike needs 1 <= minimumDays <= trailingDays, factor > 1 and "
                        + "minimumRise >= 0");
            }
        }

        boolean watches(String metric) {
            return metrics.isEmpty() || metrics.contains(metric);
        }
    }

    /** Deliveries stopping: no delivery for this many days while the theatre keeps reporting. */
    public record AidStopped(List<String> metrics, Integer days) {
        public AidStopped {
            metrics = metrics == null ? List.of("aid_trucks", "fuel_trucks") : List.copyOf(metrics);
            days = days == null ? 3 : days;
            if (days < 1) {
                throw new IllegalArgumentException("aidStopped.days must be at least 1, got " + days);
            }
        }

        boolean watches(String metric) {
            return metrics.contains(metric);
        }
    }

    /** A rule that is on or off. */
    public record Toggle(Boolean enabled) {
        public Toggle {
            enabled = enabled == null || enabled;
        }
    }

    /** @return the bundled default rules */
    public static AlertRules defaults() {
        try (InputStream in = AlertRules.class.getResourceAsStream("default-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("default-rules.json is missing from the build");
            }
            return MAPPER.readValue(in, AlertRules.class);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled default-rules.json does not parse", e);
        }
    }

    /**
     * @param file a rules file
     * @return its rules
     * @throws IllegalArgumentException naming what is wrong (unknown keys, bad values, not JSON)
     */
    public static AlertRules read(Path file) {
        try {
            return MAPPER.readValue(Files.readAllBytes(file), AlertRules.class);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof
                    NullPointerException ? e.getCause() : e;
            throw new IllegalArgumentException("alert rules " + file + ": " + cause.getMessage(), e);
        }
    }
}
