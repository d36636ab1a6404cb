package io.liveblog.producer.publish;

import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.topics.Topics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Kafka producer configuration of the live-blog producer: what it requires, its defaults, and the user's
 * pass-through properties (SASL, TLS, timeouts...).
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>value</th><th>why</th></tr>
 * <tr><td>enable.idempotence</td><td>true (required)</td><td>a retried send never writes a post twice</td></tr>
 * <tr><td>acks</td><td>all (required)</td><td>idempotence needs it; a post is safe once acknowledged</td></tr>
 * <tr><td>max.in.flight.requests.per.connection</td><td>5 (required)</td><td>the most idempotence keeps in
 *     order, so versions of a post stay ordered</td></tr>
 * <tr><td>compression.type</td><td>lz4 (default)</td><td>cheap on CPU; lz4-java falls back to pure Java where no
 *     native library exists</td></tr>
 * <tr><td>linger.ms</td><td>20 (default)</td><td>batches a file's posts without a noticeable delay</td></tr>
 * <tr><td>client.id</td><td>{@code <clientId>-updates} / {@code <clientId>-dlq}</td><td>tells the two producers
 *     apart in broker logs and metrics</td></tr>
 * </table>
 * Pass-through properties may override defaults, but not required properties (unless with the same value), nor
 * {@code bootstrap.servers}, {@code client.id}, serializers or {@code transactional.id} — those are refused with an
 * {@link IllegalArgumentException} naming the property, instead of being silently ignored.
 */
public final class ProducerSettings {

    /** Properties the producer must run with. */
    public static final Map<String, String> REQUIRED = Map.of(
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");

    /** Defaults a user may override. */
    public static final Map<String, String> DEFAULTS = Map.of(
            ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
            ProducerConfig.LINGER_MS_CONFIG, "20");

    private static final Set<String> MANAGED = Set.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            ProducerConfig.CLIENT_ID_CONFIG, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ProducerConfig.TRANSACTIONAL_ID_CONFIG);

    private final String bootstrapServers;
    private final String clientId;
    private final Map<String, String> passThrough;
    private final Serializer<LiveBlogUpdate> updateSerializer;
    private final Serializer<DeadLetter> deadLetterSerializer;

    /**
     * @param bootstrapServers {@code host:port[,host:port]}
     * @param clientId client id prefix, e.g. {@code liveblog-producer}
     * @param passThrough further producer properties (may be empty)
     * @throws IllegalArgumentException when a pass-through property conflicts with a required or managed one
     */
    public ProducerSettings(String bootstrapServers, String clientId, Map<String, String> passThrough) {
        this.bootstrapServers = requireText(bootstrapServers, "bootstrapServers");
        this.clientId = requireText(clientId, "clientId");
        this.passThrough = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(passThrough)));
        this.updateSerializer = Topics.UPDATES.valueSerde().serializer();
        this.deadLetterSerializer = Topics.DEAD_LETTERS.valueSerde().serializer();
        for (Map.Entry<String, String> e : this.passThrough.entrySet()) {
            String key = e.getKey();
            if (MANAGED.contains(key)) {
                throw new IllegalArgumentException("producer property '" + key + "' is set by the producer itself"
                        + " and cannot be passed through");
            }
            String required = REQUIRED.get(key);
            if (required != null && !required.equalsIgnoreCase(String.valueOf(e.getValue()).strip())) {
                throw new IllegalArgumentException("producer property '" + key + "' must be " + required
                        + " (idempotent, ordered delivery), not '" + e.getValue() + "'");
            }
        }
    }

    /**
     * Writes values in another format (the Confluent wire format of a schema registry) instead of single-object
     * encoding.
     *
     * @return a copy with those serializers
     */
    public ProducerSettings withValueSerializers(Serializer<LiveBlogUpdate> updates, Serializer<DeadLetter> letters) {
        return new ProducerSettings(this, Objects.requireNonNull(updates, "updates"),
                Objects.requireNonNull(letters, "letters"));
    }

    private ProducerSettings(ProducerSettings base, Serializer<LiveBlogUpdate> updates,
                             Serializer<DeadLetter> letters) {
        this.bootstrapServers = base.bootstrapServers;
        this.clientId = base.clientId;
        this.passThrough = base.passThrough;
        this.updateSerializer = updates;
        this.deadLetterSerializer = letters;
    }

    /** @return the bootstrap servers */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * @param role {@code updates} or {@code dlq}; suffix of the client id
     * @return the complete producer properties (without serializers, which are passed as objects)
     */
    public Map<String, Object> properties(String role) {
        Map<String, Object> props = new LinkedHashMap<>(DEFAULTS);
        props.putAll(passThrough);
        props.putAll(REQUIRED);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId + "-" + role.toLowerCase(Locale.ROOT));
        return props;
    }

    /**
     * @param role suffix of the client id
     * @return properties of a consumer that reads back what this producer wrote, on the same cluster and security
     *     settings (the pass-through properties a consumer knows), read-committed, without a group
     */
    public Map<String, Object> readBackProperties(String role) {
        Map<String, Object> props = new LinkedHashMap<>();
        Set<String> known = ConsumerConfig.configNames();
        passThrough.forEach((k, v) -> {
            if (known.contains(k)) {
                props.put(k, v);
            }
        });
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId + "-" + role.toLowerCase(Locale.ROOT));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return props;
    }

    /** @return a new producer for the updates topic (single-object encoding unless told otherwise) */
    public Producer<String, LiveBlogUpdate> newUpdateProducer() {
        return new KafkaProducer<>(properties("updates"), Topics.UPDATES.keySerde().serializer(),
                updateSerializer);
    }

    /** @return a new producer for the dead-letter topic (single-object encoding unless told otherwise) */
    public Producer<String, DeadLetter> newDeadLetterProducer() {
        return new KafkaProducer<>(properties("dlq"), Topics.DEAD_LETTERS.keySerde().serializer(),
                deadLetterSerializer);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        // pass-through values may hold secrets (sasl.jaas.config): print the keys only
        return "ProducerSettings[bootstrap=" + bootstrapServers + ", clientId=" + clientId + ", passThrough keys="
                + passThrough.keySet() + "]";
    }
}
