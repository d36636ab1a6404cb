package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import io.liveblog.schema.AlertEvidence;
import io.liveblog.schema.Claim;
import io.liveblog.schema.LocationAggregate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Raises alerts from the aggregates of one theatre (input key: the theatre, i.e. the country at the head of the
 * place path; every aggregate of a theatre comes to one task): applies {@link AlertEvaluator}, remembers each place
 * and metric's state, advances the theatre's clock (its newest reported day) and, when the clock reaches a new day,
 * checks the theatre's aid deliveries for stops. An alert id raised before is never raised again, so restarts and
 * re-emitted aggregates raise nothing twice. Evidence gets its sentences from the claims table.
 */
final class AlertProcessor implements Processor<String, LocationAggregate, String, Alert> {

    private final AlertEvaluator evaluator;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, KeyState> states;
    private KeyValueStore<String, String> clocks;
    private KeyValueStore<String, String> places;
    private KeyValueStore<String, Long> raised;
    private TimestampedKeyValueStore<String, Claim> claims;

    AlertProcessor(AlertEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.states = context.getStateStore(AlertsTopology.Names.KEY_STATE_STORE);
        this.clocks = context.getStateStore(AlertsTopology.Names.THEATRE_CLOCKS_STORE);
        this.places = context.getStateStore(AlertsTopology.Names.PLACES_STORE);
        this.raised = context.getStateStore(AlertsTopology.Names.RAISED_STORE);
        this.claims = context.getStateStore(AlertsTopology.Names.CLAIMS_STORE);
    }

    @Override
    public void process(Record<String, LocationAggregate> record) {
        LocationAggregate a = record.value();
        String theatre = record.key();
        boolean replay = record.headers().lastHeader(ReplayStamp.HEADER) != null;
        String before = clocks.get(theatre);
        String reported = AlertEvaluator.dayOf(a.getAsOf());
        String clock = before == null || reported.compareTo(before) > 0 ? reported : before;
        if (!clock.equals(before)) {
            clocks.put(theatre, clock);
        }
        String stateKey = theatre + '|' + a.getLocationId() + '|' + a.getMetric();
        KeyState state = states.get(stateKey);
        state = state == null ? new KeyState() : state;
        boolean total = "total".equals(a.getWindow());
        boolean firstForPlace = total && places.get(a.getLocationId()) == null;
        List<Alert> alerts = new ArrayList<>(evaluator.onAggregate(a, state,
                new AlertEvaluator.Context(firstForPlace, clock, replay, a.getAsOf())));
        states.put(stateKey, state);
        if (firstForPlace) {
            places.put(a.getLocationId(), reported);
        }
        if (before != null && !clock.equals(before)) {
            alerts.addAll(aidStops(theatre, clock, replay, a));
        }
        for (Alert alert : alerts) {
            if (raised.get(alert.getAlertId()) == null) {
                raised.put(alert.getAlertId(), record.timestamp());
                context.forward(new Record<>(alert.getAlertId(), withSentences(alert), record.timestamp()));
            }
        }
    }

    /** The theatre's clock reached a new day: every aid key of the theatre whose deliveries stopped. */
    private List<Alert> aidStops(String theatre, String clock, boolean replay, LocationAggregate trigger) {
        List<Alert> out = new ArrayList<>();
        List<KeyValue<String, KeyState>> watched = new ArrayList<>();
        try (KeyValueIterator<String, KeyState> it = states.prefixScan(theatre + '|', new StringSerializer())) {
            it.forEachRemaining(kv -> {
                if (kv.value.lastDelivery != null) {
                    watched.add(kv);
                }
            });
        }
        for (KeyValue<String, KeyState> kv : watched) {
            // theatre|placeId|metric: neither a place id nor a metric holds '|'
            String[] parts = kv.key.substring(theatre.length() + 1).split("\\|");
            evaluator.aidStopped(parts[0], parts[1], kv.value, clock, replay, trigger.getAsOf()).ifPresent(out::add);
        }
        return out;
    }

    private Alert withSentences(Alert alert) {
        List<AlertEvidence> evidence = new ArrayList<>(alert.getEvidence().size());
        for (AlertEvidence e : alert.getEvidence()) {
            ValueAndTimestamp<Claim> found = claims.get(e.getClaimId());
            Claim c = found == null ? null : found.value();
            evidence.add(c == null ? e : AlertEvidence.newBuilder(e).setPostId(c.getPostId())
                    .setPostVersion(c.getPostVersion()).setSource(c.getSource()).setSentence(c.getSentence())
                    .build());
        }
        return Alert.newBuilder(alert).setEvidence(evidence).build();
    }
}
