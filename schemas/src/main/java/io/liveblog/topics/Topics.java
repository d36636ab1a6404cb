package io.liveblog.topics;

import io.liveblog.schema.Alert;
import io.liveblog.schema.Claim;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline, declared once.
 *
 * <table>
 * <caption>Topics</caption>
 * <tr><th>topic</th><th>key</th><th>value</th></tr>
 * <tr><td>liveblog.updates.v1</td><td>postId (UTF-8)</td><td>LiveBlogUpdate (Avro single-object); null = post deleted</td></tr>
 * <tr><td>liveblog.claims.v1</td><td>claimId (UTF-8)</td><td>Claim; null = claim retracted (post edited/deleted). Compacted.</td></tr>
 * <tr><td>liveblog.aggregates.v1</td><td>locationId|metric|window (UTF-8)</td><td>LocationAggregate; null = no longer supported. Compacted.</td></tr>
 * <tr><td>liveblog.updates.dlq.v1</td><td>source position (UTF-8)</td><td>DeadLetter</td></tr>
 * <tr><td>liveblog.alerts.v1</td><td>alertId (UTF-8)</td><td>Alert (raised once per id by the alerts app)</td></tr>
 * </table>
 */
public final class Topics {

    private Topics() {
    }

    /**
     * Header of an update record: when the producer read the post (ISO-8601, UTF-8), or {@code unknown}. A post cannot
     * have been published after it was read, so the streams app checks the post's times against it.
     */
    public static final String FETCH_TIME_HEADER = "fetch-time";

    /** Serde of {@link LiveBlogUpdate}. */
    public static final AvroSerde<LiveBlogUpdate> UPDATE_SERDE =
            new AvroSerde<>(LiveBlogUpdate.class, LiveBlogUpdate.getClassSchema(),
            ReleasedSchemas.of("LiveBlogUpdate"));
    /** Serde of {@link Claim}. */
    public static final AvroSerde<Claim> CLAIM_SERDE = new AvroSerde<>(Claim.class, Claim.getClassSchema(),
            ReleasedSchemas.of("Claim"));
    /** Serde of {@link LocationAggregate}. */
    public static final AvroSerde<LocationAggregate> AGGREGATE_SERDE =
            new AvroSerde<>(LocationAggregate.class, LocationAggregate.getClassSchema(),
            ReleasedSchemas.of("LocationAggregate"));
    /** Serde of {@link DeadLetter}. */
    public static final AvroSerde<DeadLetter> DEAD_LETTER_SERDE =
            new AvroSerde<>(DeadLetter.class, DeadLetter.getClassSchema(),
            ReleasedSchemas.of("DeadLetter"));

    /** Serde of {@link Alert}. */
    public static final AvroSerde<Alert> ALERT_SERDE = new AvroSerde<>(Alert.class, Alert.getClassSchema(),
            ReleasedSchemas.of("Alert"));

    private static final Serde<String> KEY = Serdes.String();

    /** Raw post versions; partitioned by post id so every version of a post is ordered. Retained forever (audits). */
    public static final Topic<String, LiveBlogUpdate> UPDATES = new Topic<>("liveblog.updates.v1", KEY, UPDATE_SERDE,
            false, "key: postId; value: LiveBlogUpdate (null = post deleted)");
    /** Current claims, one per claim id; a retracted claim becomes a tombstone. */
    public static final Topic<String, Claim> CLAIMS = new Topic<>("liveblog.claims.v1", KEY, CLAIM_SERDE, true,
            "key: claimId; value: Claim (null = retracted)");
    /** Current aggregates, one per (place, metric, window). */
    public static final Topic<String, LocationAggregate> AGGREGATES = new Topic<>("liveblog.aggregates.v1", KEY,
            AGGREGATE_SERDE, true, "key: locationId|metric|window; value: LocationAggregate (null = withdrawn)");
    /** Inputs that could not be used, with the reason. */
    public static final Topic<String, DeadLetter> DEAD_LETTERS = new Topic<>("liveblog.updates.dlq.v1", KEY,
            DEAD_LETTER_SERDE, false, "key: source position; value: DeadLetter");

    /** Alerts raised by the alerts app from the aggregates; compacted (one record per alert id). */
    public static final Topic<String, Alert> ALERTS = new Topic<>("liveblog.alerts.v1", KEY, ALERT_SERDE, true,
            "key: alertId; value: Alert");

    /**
     * @param topic a topic with Avro values (single-object encoding)
     * @param registry a schema registry, or null
     * @return the topic with values in the Confluent wire format of that registry (reading single-object encoding
     *     too); the topic itself when there is no registry
     */
    public static <V extends org.apache.avro.specific.SpecificRecord> Topic<String, V> inFormat(
            Topic<String, V> topic, RegistryClient registry) {
        if (registry == null) {
            return topic;
        }
        if (!(topic.valueSerde() instanceof AvroSerde<V> avro)) {
            throw new IllegalArgumentException(topic.name() + " has no Avro values to put in the registry format");
        }
        return topic.withValueSerde(new RegistryAvroSerde<>(registry, avro, avro.type()));
    }

    /** @return every topic, in data-flow order */
    public static List<Topic<?, ?>> all() {
        return List.of(UPDATES, CLAIMS, AGGREGATES, DEAD_LETTERS, ALERTS);
    }
}
