package io.liveblog.streams;

import io.liveblog.schema.Claim;
import io.liveblog.schema.DeadLetter;
import io.liveblog.schema.LiveBlogUpdate;
import io.liveblog.schema.LocationAggregate;
import io.liveblog.topics.Topic;
import io.liveblog.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Typed, validated configuration of the pipeline, read from properties with environment overrides.
 *
 * <p>Keys (property / environment variable):
 * <ul>
 *   <li>{@code liveblog.bootstrap.servers} / {@code LIVEBLOG_BOOTSTRAP_SERVERS}: Kafka cluster; empty = start the
 *       embedded broker (CLI only)</li>
 *   <li>{@code liveblog.application.id} / {@code LIVEBLOG_APPLICATION_ID} (default {@value #DEFAULT_APPLICATION_ID})</li>
 *   <li>{@code liveblog.topic.updates|claims|aggregates|dlq} / {@code LIVEBLOG_TOPIC_UPDATES|...}</li>
 *   <li>{@code liveblog.state.dir} / {@code LIVEBLOG_STATE_DIR} (default {@code $XDG_STATE_HOME/liveblog} or
 *       {@code ~/.local/state/liveblog}; never the working directory)</li>
 *   <li>{@code liveblog.dedup.retention} (ISO-8601 duration or e.g. {@code 7d}, default 7 days): how long a re-delivered
 *       update is recognised</li>
 *   <li>{@code liveblog.grace.period} (default 2 days): how late a claim may arrive and still change its day window</li>
 *   <li>{@code liveblog.post.retention} (default 30 days): how long a post's claims are kept for retracting them on
 *       an edit; updates of posts older than this (in stream time) are dead-lettered, not applied</li>
 *   <li>{@code liveblog.processing.guarantee} ({@code exactly_once_v2} or {@code at_least_once})</li>
 *   <li>{@code liveblog.commit.interval} (default 100 ms): also how often changed aggregates are emitted</li>
 *   <li>{@code liveblog.topic.partitions} (default 1): partitions of the topics the CLI creates</li>
 *   <li>{@code liveblog.stream.threads} (default 1): stream threads of this instance</li>
 *   <li>{@code liveblog.cleanup.on.start} ({@code false}): wipe local state before starting</li>
 *   <li>{@code liveblog.aggregate.held.claims} (default 0: half of the heap, at 4 KiB a claim): claims the
 *       aggregation keeps decoded in memory across all its tasks in this instance; beyond it the least recently used
 *       keys are read back from their store when next touched</li>
 *   <li>{@code liveblog.schema.registry.url} / {@code LIVEBLOG_SCHEMA_REGISTRY_URL}: a Confluent-compatible schema
 *       registry; when set, the topics' values use the Confluent wire format (schema id from the registry) instead
 *       of Avro single-object encoding</li>
 *   <li>{@code kafka.*} / {@code LIVEBLOG_KAFKA_*}: passed to every Kafka client with the prefix removed
 *       ({@code kafka.security.protocol=SASL_SSL}, {@code LIVEBLOG_KAFKA_SASL_JAAS_CONFIG=...}), so SASL/TLS need
 *       no code changes</li>
 * </ul>
 *
 * @param bootstrapServers Kafka bootstrap servers, or null for the embedded broker
 * @param applicationId Kafka Streams application id (also the consumer group)
 * @param updatesTopic raw updates topic
 * @param claimsTopic claims topic
 * @param aggregatesTopic aggregates topic
 * @param deadLetterTopic dead-letter topic
 * @param stateDir Kafka Streams state directory
 * @param dedupRetention re-delivery memory
 * @param gracePeriod lateness allowed for day windows
 * @param postRetention how long posts stay editable
 * @param processingGuarantee exactly_once_v2 or at_least_once
 * @param commitInterval commit interval
 * @param partitions partitions of the topics the pipeline creates
 * @param streamThreads Kafka Streams threads of this instance
 * @param cleanUpOnStart whether to call {@code KafkaStreams.cleanUp()} before start
 * @param kafkaProperties pass-through client properties
 * @param schemaRegistryUrl Confluent-compatible schema registry, or null for Avro single-object encoding
 * @param heldClaims claims the aggregation's working copies may hold in this instance, 0 to size it from the heap
 */
public record PipelineConfig(String bootstrapServers, String applicationId, String updatesTopic, String claimsTopic,
                             String aggregatesTopic, String deadLetterTopic, Path stateDir, Duration dedupRetention,
                             Duration gracePeriod, Duration postRetention, String processingGuarantee, Duration commitInterval,
                             int partitions, int streamThreads, boolean cleanUpOnStart,
                             Map<String, String> kafkaProperties, String schemaRegistryUrl, long heldClaims) {

    /** Default application id. */
    public static final String DEFAULT_APPLICATION_ID = "liveblog-pipeline";

    private static final Set<String> GUARANTEES = Set.of("exactly_once_v2", "at_least_once");

    public PipelineConfig {
        require(applicationId, "liveblog.application.id");
        require(updatesTopic, "liveblog.topic.updates");
        require(claimsTopic, "liveblog.topic.claims");
        require(aggregatesTopic, "liveblog.topic.aggregates");
        require(deadLetterTopic, "liveblog.topic.dlq");
        Objects.requireNonNull(stateDir, "liveblog.state.dir");
        if (!stateDir.isAbsolute()) {
            throw new IllegalArgumentException("liveblog.state.dir must be an absolute path, got " + stateDir);
        }
        positive(dedupRetention, "liveblog.dedup.retention");
        positive(gracePeriod, "liveblog.grace.period");
        positive(postRetention, "liveblog.post.retention");
        if (postRetention.compareTo(gracePeriod) <= 0) {
            throw new IllegalArgumentException("liveblog.post.retention (" + postRetention
                    + ") must be longer than liveblog.grace.period (" + gracePeriod + ")");
        }
        positive(commitInterval, "liveblog.commit.interval");
        if (partitions < 1 || streamThreads < 1) {
            throw new IllegalArgumentException("liveblog.topic.partitions and liveblog.stream.threads must be at "
                    + "least 1, got " + partitions + " and " + streamThreads);
        }
        if (heldClaims < 0) {
            throw new IllegalArgumentException("liveblog.aggregate.held.claims must be 0 (sized from the heap) or "
                    + "positive, got " + heldClaims);
        }
        if (!GUARANTEES.contains(processingGuarantee)) {
            throw new IllegalArgumentException("liveblog.processing.guarantee must be one of " + GUARANTEES
                    + ", got '" + processingGuarantee + "'");
        }
        if (bootstrapServers != null && bootstrapServers.isBlank()) {
            bootstrapServers = null;
        }
        kafkaProperties = Map.copyOf(kafkaProperties);
        if (schemaRegistryUrl != null && schemaRegistryUrl.isBlank()) {
            schemaRegistryUrl = null;
        }
        if (schemaRegistryUrl != null && !schemaRegistryUrl.startsWith("http://")
                && !schemaRegistryUrl.startsWith("https://")) {
            throw new IllegalArgumentException("liveblog.schema.registry.url must be an http or https URL, got '"
                    + schemaRegistryUrl + "'");
        }
    }

    /** @return the defaults (embedded broker, versioned topic names) */
    public static PipelineConfig defaults() {
        return load(new Properties(), Map.of());
    }

    /**
     * @param props properties (e.g. from a file given with {@code --config})
     * @param env environment; its {@code LIVEBLOG_*} variables override the properties
     * @return the validated config
     * @throws IllegalArgumentException with the offending key when a value is invalid
     */
    public static PipelineConfig load(Properties props, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> merged.put(k, props.getProperty(k)));
        env.forEach((k, v) -> {
            if (k.startsWith("LIVEBLOG_")) {
                merged.put(envToKey(k), v);
            }
        });
        Map<String, String> kafka = new TreeMap<>();
        merged.forEach((k, v) -> {
            if (k.startsWith("kafka.")) {
                kafka.put(k.substring("kafka.".length()), v);
            }
        });
        return new PipelineConfig(
                merged.get("liveblog.bootstrap.servers"),
                merged.getOrDefault("liveblog.application.id", DEFAULT_APPLICATION_ID),
                merged.getOrDefault("liveblog.topic.updates", "liveblog.updates.v1"),
                merged.getOrDefault("liveblog.topic.claims", "liveblog.claims.v1"),
                merged.getOrDefault("liveblog.topic.aggregates", "liveblog.aggregates.v1"),
                merged.getOrDefault("liveblog.topic.dlq", "liveblog.updates.dlq.v1"),
                merged.containsKey("liveblog.state.dir") ? Path.of(merged.get("liveblog.state.dir"))
                        : defaultStateDir(env),
                duration(merged, "liveblog.dedup.retention", "7d"),
                duration(merged, "liveblog.grace.period", "2d"),
                duration(merged, "liveblog.post.retention", "30d"),
                merged.getOrDefault("liveblog.processing.guarantee", "exactly_once_v2"),
                duration(merged, "liveblog.commit.interval", "100ms"),
                count(merged, "liveblog.topic.partitions", 1),
                count(merged, "liveblog.stream.threads", 1),
                Boolean.parseBoolean(merged.getOrDefault("liveblog.cleanup.on.start", "false")),
                kafka, merged.get("liveblog.schema.registry.url"),
                longCount(merged, "liveblog.aggregate.held.claims", 0));
    }

    /** @return a copy with other bootstrap servers */
    public PipelineConfig withBootstrapServers(String servers) {
        return new PipelineConfig(servers, applicationId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee, commitInterval, partitions, streamThreads,
                cleanUpOnStart, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /** @return the topic of post versions under its configured name, with its serdes */
    public Topic<String, LiveBlogUpdate> updates() {
        return inFormat(Topics.UPDATES.renamed(updatesTopic));
    }

    /** @return the compacted claims topic under its configured name, with its serdes */
    public Topic<String, Claim> claims() {
        return inFormat(Topics.CLAIMS.renamed(claimsTopic));
    }

    /** @return the compacted aggregates topic under its configured name, with its serdes */
    public Topic<String, LocationAggregate> aggregates() {
        return inFormat(Topics.AGGREGATES.renamed(aggregatesTopic));
    }

    /** @return the dead-letter topic under its configured name, with its serdes */
    public Topic<String, DeadLetter> deadLetters() {
        return inFormat(Topics.DEAD_LETTERS.renamed(deadLetterTopic));
    }

    /**
     * @param topic one of the pipeline's topics (Avro values)
     * @return the topic in this config's format: the Confluent wire format of its schema registry when one is
     *     set, else single-object encoding
     */
    public <V extends org.apache.avro.specific.SpecificRecord> Topic<String, V> inFormat(Topic<String, V> topic) {
        return Topics.inFormat(topic, schemaRegistryUrl == null ? null
                : io.liveblog.topics.RegistryClient.forUrl(schemaRegistryUrl));
    }

    /** @return a copy that uses a schema registry (null: single-object encoding) */
    public PipelineConfig withSchemaRegistry(String url) {
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee,
                commitInterval, partitions, streamThreads, cleanUpOnStart, kafkaProperties, url, heldClaims);
    }

    /** @return a copy with another application id and state dir (replays, tests) */
    public PipelineConfig withApplication(String appId, Path dir) {
        return new PipelineConfig(bootstrapServers, appId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, dir, dedupRetention, gracePeriod, postRetention, processingGuarantee, commitInterval, partitions, streamThreads,
                cleanUpOnStart, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /** @return a copy writing to other claims and aggregates topics (replays) */
    public PipelineConfig withOutputTopics(String claims, String aggregates) {
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic, claims, aggregates,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee, commitInterval, partitions, streamThreads,
                cleanUpOnStart, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /** @return a copy with every topic name given a suffix (isolated runs and tests) */
    public PipelineConfig withTopicSuffix(String suffix) {
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic + suffix, claimsTopic + suffix,
                aggregatesTopic + suffix, deadLetterTopic + suffix, stateDir, dedupRetention, gracePeriod,
                postRetention, processingGuarantee, commitInterval, partitions, streamThreads, cleanUpOnStart, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /** @return a copy creating topics with this many partitions and running this many stream threads */
    public PipelineConfig withScaleOut(int topicPartitions, int threads) {
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee,
                commitInterval, topicPartitions, threads, cleanUpOnStart, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /** @return a copy that wipes (or keeps) local state on start */
    public PipelineConfig withCleanUpOnStart(boolean cleanUp) {
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee,
                commitInterval, partitions, streamThreads, cleanUp, kafkaProperties, schemaRegistryUrl, heldClaims);
    }

    /**
     * @return properties for a plain client of this cluster (producer, consumer, admin): the pass-through
     *     {@code kafka.*} settings and the bootstrap servers; a new copy each time, for the caller to extend
     */
    public Properties clientProperties() {
        Properties p = new Properties();
        kafkaProperties.forEach(p::setProperty);
        if (bootstrapServers != null) {
            p.setProperty("bootstrap.servers", bootstrapServers);
        }
        return p;
    }

    /** @return a copy with the pass-through client properties extended */
    public PipelineConfig withKafkaProperties(Map<String, String> extra) {
        Map<String, String> all = new TreeMap<>(kafkaProperties);
        all.putAll(extra);
        return new PipelineConfig(bootstrapServers, applicationId, updatesTopic, claimsTopic, aggregatesTopic,
                deadLetterTopic, stateDir, dedupRetention, gracePeriod, postRetention, processingGuarantee, commitInterval, partitions, streamThreads,
                cleanUpOnStart, all, schemaRegistryUrl, heldClaims);
    }

    static String envToKey(String envName) {
        String rest = envName.substring("LIVEBLOG_".length()).toLowerCase(Locale.ROOT);
        if (rest.startsWith("kafka_")) {
            return "kafka." + rest.substring("kafka_".length()).replace('_', '.');
        }
        return "liveblog." + rest.replace('_', '.');
    }

    static Duration parseDuration(String key, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException();
            };
        } catch (DateTimeParseException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + text
                    + "' as a duration (use e.g. 500ms, 30s, 5m, 12h, 7d or ISO-8601 PT1H)", e);
        }
    }

    private static long longCount(Map<String, String> m, String key, long dflt) {
        String v = m.get(key);
        try {
            return v == null ? dflt : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + v + "' as a whole number", e);
        }
    }

    private static int count(Map<String, String> m, String key, int dflt) {
        long n = longCount(m, key, dflt);
        if (n != (int) n) {
            throw new IllegalArgumentException(key + ": " + n + " is too large");
        }
        return (int) n;
    }

    private static Duration duration(Map<String, String> m, String key, String dflt) {
        return parseDuration(key, m.getOrDefault(key, dflt));
    }

    private static Path defaultStateDir(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("liveblog").toAbsolutePath();
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " must not be empty");
        }
    }

    private static void positive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(key + " must be a positive duration, got " + d);
        }
    }
}
