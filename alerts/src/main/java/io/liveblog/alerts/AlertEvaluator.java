package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import io.liveblog.schema.AlertEvidence;
import io.liveblog.schema.AuthorityFigure;
import io.liveblog.schema.DailyIncrement;
import io.liveblog.schema.LocationAggregate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alert rules ({@link AlertRules}) applied to one aggregate and the state of its place and metric
 * ({@link KeyState}): plain logic, no Kafka. The evidence of each alert names its claims; the processor adds their
 * sentences.
 *
 * <p>Artifacts, after ACLED's warning about "artificial spikes" when sources change: a rise is raised as a
 * {@code spike} only when nothing about the reporting explains it. When the day's figure is a running total's
 * increment over several silent days ({@code reporting_gap}), comes from an authority new to the place
 * ({@code new_authority}), is about a day long behind its theatre's newest report ({@code backfill}), or was read
 * while the app caught up on history ({@code replay}), it is a {@code jump} with those labels, at severity info.
 */
public final class AlertEvaluator {

    /** Claims named as evidence per alert. */
    static final int MAX_EVIDENCE = 5;

    private static final Pattern REVISION = Pattern.compile(" from (\\d+) to (\\d+) \\(claim ([^)]+)\\)");

    private final AlertRules rules;

    /** @param rules the rules to apply */
    public AlertEvaluator(AlertRules rules) {
        this.rules = rules;
    }

    /** What the processor knows beside the aggregate. */
    record Context(boolean firstForPlace, String theatreDay, boolean replay, Instant eventTime) {
    }

    /**
     * @param a the aggregate (total or a day)
     * @param state the state of its place and metric; updated
     * @param ctx whether the place is new, the theatre's newest day, whether this is history being caught up on
     * @return the alerts it raises (the caller drops ids raised before)
     */
    public List<Alert> onAggregate(LocationAggregate a, KeyState state, Context ctx) {
        List<Alert> out = new ArrayList<>();
        state.location = a.getLocation();
        state.locationPath = new ArrayList<>(a.getLocationPath());
        boolean total = "total".equals(a.getWindow());
        List<String> context = new ArrayList<>();
        if (!total && behind(a.getWindow(), ctx.theatreDay()) > rules.backfillDays()) {
            context.add("backfill");
        }
        if (ctx.replay()) {
            context.add("replay");
        }
        thresholds(a, total, context, ctx, out);
        if (total) {
            if (ctx.firstForPlace() && rules.firstReport().enabled()) {
                out.add(alert("first_report", "info", context, a, a.getWindow(), a.getValue(), null,
                        "First report from " + a.getLocation() + ": " + a.getMetric().replace('_', ' ') + " "
                                + number(a.getValue()) + " (" + String.join(" > ", a.getLocationPath()) + ")",
                        a.getClaimIds(), ctx, a.getLocationId()));
            }
            if (rules.revisedDown().enabled()) {
                revisions(a, state, context, ctx, out);
            }
        } else {
            spike(a, state, context, ctx).ifPresent(out::add);
            if (rules.aidStopped().watches(a.getMetric()) && a.getValue() != null && a.getValue() > 0
                    && (state.lastDelivery == null || a.getWindow().compareTo(state.lastDelivery) >= 0)) {
                state.lastDelivery = a.getWindow();
                state.lastDeliveryClaims = new ArrayList<>(a.getClaimIds().subList(0,
                        Math.min(MAX_EVIDENCE, a.getClaimIds().size())));
            }
        }
        for (AuthorityFigure f : a.getAuthorities()) {
            state.rememberAuthority(f.getAuthority());
        }
        return out;
    }

    /**
     * Deliveries to a place that stopped: its theatre kept reporting for {@link AlertRules.AidStopped#days()} days
     * after the place's last delivery.
     *
     * @param placeId the place
     * @param metric an aid metric
     * @param state its state (its last delivery day)
     * @param theatreDay the newest day its theatre reported
     * @param replay whether the app is catching up on history
     * @param eventTime the event time of the record that moved the theatre's clock
     * @return the alert, when due
     */
    public Optional<Alert> aidStopped(String placeId, String metric, KeyState state, String theatreDay,
                                      boolean replay, Instant eventTime) {
        if (!rules.aidStopped().watches(metric) || state.lastDelivery == null) {
            return Optional.empty();
        }
        long silent = behind(state.lastDelivery, theatreDay);
        if (silent < rules.aidStopped().days()) {
            return Optional.empty();
        }
        Where place = new Where(placeId, state.location, state.locationPath, metric);
        Context ctx = new Context(false, theatreDay, replay, eventTime);
        // one alert per stop: the trigger is the last delivery day, so deliveries resuming and stopping again raise
        // a new one
        return Optional.of(alert("aid_stopped", "warning", replay ? List.of("replay") : List.of(), place,
                state.lastDelivery, 0L, (double) silent,
                "No " + metric.replace('_', ' ') + " reported at " + state.location + " for " + silent
                        + " days (last on " + state.lastDelivery + ", newest report from the theatre "
                        + theatreDay + ")",
                state.lastDeliveryClaims, ctx, state.lastDelivery));
    }

    private void thresholds(LocationAggregate a, boolean total, List<String> context, Context ctx,
                            List<Alert> out) {
        List<AlertRules.Threshold> all = rules.thresholds();
        for (int i = 0; i < all.size(); i++) {
            AlertRules.Threshold t = all.get(i);
            if (!t.watches(a.getLocationId(), a.getLocation(), a.getMetric()) || total != t.window().equals("total")
                    || a.getValue() == null || a.getValue() < t.atLeast()) {
                continue;
            }
            out.add(alert("threshold", "warning", context, a, a.getWindow(), a.getValue(), t.atLeast().doubleValue(),
                    a.getMetric().replace('_', ' ') + " at " + a.getLocation() + " reached " + number(a.getValue())
                            + (total ? "" : " on " + a.getWindow()) + " (threshold " + number(t.atLeast()) + ")",
                    a.getClaimIds(), ctx, i + ":" + t.atLeast()));
        }
    }

    private void revisions(LocationAggregate a, KeyState state, List<String> context, Context ctx,
                           List<Alert> out) {
        for (String note : a.getRevisions()) {
            if (state.revisions.contains(note)) {
                continue;
            }
            state.rememberRevision(note);
            Matcher m = REVISION.matcher(note);
            Long to = m.find() ? Long.valueOf(m.group(2)) : null;
            Double from = to == null ? null : Double.valueOf(m.group(1));
            List<String> claims = to == null ? a.getClaimIds() : List.of(m.group(3));
            out.add(alert("revised_down", "warning", context, a, a.getWindow(), to, from,
                    "Revised down at " + a.getLocation() + ": " + note, claims, ctx, note));
        }
    }

    private Optional<Alert> spike(LocationAggregate a, KeyState state, List<String> context, Context ctx) {
        String day = a.getWindow();
        Long figure = dailyFigure(a);
        AlertRules.Spike rule = rules.spike();
        String from = LocalDate.parse(day).minusDays(rule.trailingDays()).toString();
        List<Long> before = new ArrayList<>(state.days.subMap(from, true, day, false).values());
        boolean newAuthority = !state.days.isEmpty() && a.getAuthorities().stream()
                .anyMatch(f -> !state.authorities.contains(f.getAuthority()));
        if (figure != null) {
            state.days.put(day, figure);
        }
        state.forgetDaysBefore(LocalDate.parse(state.days.isEmpty() ? day : state.days.lastKey())
                .minusDays(rule.trailingDays()).toString());
        if (figure == null || !rule.watches(a.getMetric()) || before.size() < rule.minimumDays()) {
            return Optional.empty();
        }
        double mean = before.stream().mapToLong(Long::longValue).average().orElse(0);
        if (figure < rule.factor() * mean || figure - mean < rule.minimumRise()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(context);
        Optional<DailyIncrement> gap = a.getDailyNew().stream()
                .filter(d -> behind(d.getFromDate(), day) > 1).findFirst();
        gap.ifPresent(d -> labels.add("reporting_gap"));
        if (newAuthority) {
            labels.add("new_authority");
        }
        boolean artifact = !labels.isEmpty();
        String what = a.getMetric().replace('_', ' ') + " at " + a.getLocation() + " on " + day + ": "
                + number(figure) + " against a mean of " + String.format(Locale.ROOT, "%.1f", mean) + " over the "
                + before.size() + " days before";
        String why = gap.map(d -> "; the running total was last reported on " + d.getFromDate()).orElse("")
                + (newAuthority ? "; an authority new to this place reported it" : "");
        return Optional.of(alert(artifact ? "jump" : "spike", artifact ? "info" : "warning", labels, a, day, figure,
                mean, (artifact ? "Jump, likely a reporting artifact: " : "Spike: ") + what + why, a.getClaimIds(),
                ctx, ""));
    }

    /**
     * @return the day's own figure: the increment of its running total over the last report (corrections aside),
     *     or the sum of its incidents; null when a running total has no earlier report to difference against
     */
    static Long dailyFigure(LocationAggregate a) {
        if (!a.getDailyNew().isEmpty()) {
            OptionalLong most = a.getDailyNew().stream().filter(d -> !d.getCorrection())
                    .mapToLong(DailyIncrement::getValue).max();
            return most.isPresent() ? most.getAsLong() : null;
        }
        return a.getBaseline() != null ? null : a.getValue();
    }

    /** The place and metric an alert is about. */
    private record Where(String placeId, String location, List<String> path, String metric) {
        static Where of(LocationAggregate a) {
            return new Where(a.getLocationId(), a.getLocation(), a.getLocationPath(), a.getMetric());
        }
    }

    private static Alert alert(String rule, String severity, List<String> labels, LocationAggregate a,
                               String window, Long value, Double reference, String message, List<String> claimIds,
                               Context ctx, String trigger) {
        return alert(rule, severity, labels, Where.of(a), window, value, reference, message, claimIds, ctx, trigger);
    }

    private static Alert alert(String rule, String severity, List<String> labels, Where a, String window,
                               Long value, Double reference, String message, List<String> claimIds, Context ctx,
                               String trigger) {
        List<AlertEvidence> evidence = new ArrayList<>();
        for (String id : claimIds.subList(0, Math.min(MAX_EVIDENCE, claimIds.size()))) {
            evidence.add(AlertEvidence.newBuilder().setClaimId(id).build());
        }
        return Alert.newBuilder()
                .setAlertId(id(rule, a.placeId(), a.metric(), window, trigger))
                .setRule(rule)
                .setSeverity(severity)
                .setLabels(List.copyOf(labels))
                .setMessage(message)
                .setLocationId(a.placeId())
                .setLocation(a.location())
                .setLocationPath(a.path())
                .setMetric(a.metric())
                .setWindow(window)
                .setValue(value)
                .setReference(reference)
                .setEvidence(evidence)
                .setEventTime(ctx.eventTime())
                .build();
    }

    /** @return whole days from {@code day} to {@code later} (negative when later is earlier) */
    static long behind(String day, String later) {
        return ChronoUnit.DAYS.between(LocalDate.parse(day), LocalDate.parse(later));
    }

    /** @return the UTC day of an instant */
    static String dayOf(Instant t) {
        return t.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String number(Long v) {
        return v == null ? "an unknown number" : String.format(Locale.ROOT, "%,d", v);
    }

    /** Deterministic alert id: the same rule firing on the same thing gives the same id on every run. */
    static String id(String rule, String placeId, String metric, String window, String trigger) {
        String material = String.join("\u0000", rule, placeId, metric, window, trigger);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
