package io.liveblog.streams;

import io.liveblog.extract.ExtractedClaim;
import io.liveblog.extract.PostText;
import io.liveblog.streams.errors.DeadLetterDeserializationHandler;
import io.liveblog.streams.errors.DeadLetterProcessingHandler;
import io.liveblog.streams.errors.DeadLetterProductionHandler;
import io.liveblog.streams.errors.DeadLetters;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology against a cluster: Kafka Streams properties from the config (exactly-once, handlers that route
 * bad records to the dead-letter topic), an uncaught-exception handler that replaces a dead thread, and an orderly
 * close. The only place that creates {@link KafkaStreams}.
 */
public final class StreamsApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsApp.class);

    private final KafkaStreams streams;
    private final PipelineConfig config;

    /**
     * @param config configuration; bootstrap servers must be set
     * @param extractor figure extractor
     */
    public StreamsApp(PipelineConfig config, Function<PostText, List<ExtractedClaim>> extractor) {
        this(config, extractor, null);
    }

    /**
     * @param config configuration; bootstrap servers must be set
     * @param extractor figure extractor
     * @param applicationServer {@code host:port} where this instance answers queries (its dashboard), shared with
     *     the other instances so they can route queries for keys this one holds; null when not served
     */
    public StreamsApp(PipelineConfig config, Function<PostText, List<ExtractedClaim>> extractor,
                      String applicationServer) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.bootstrapServers() == null) {
            throw new IllegalArgumentException("bootstrap servers are required to run the streams app");
        }
        Properties props = streamsProperties(config);
        if (applicationServer != null) {
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, applicationServer);
        }
        this.streams = new KafkaStreams(LiveBlogTopology.build(config, extractor), props);
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("Streams app {}: {} -> {}", config.applicationId(),
                before, now));
    }

    /** @return the Kafka Streams properties for this config (client pass-through properties included) */
    public static Properties streamsProperties(PipelineConfig config) {
        Properties p = new Properties();
        config.kafkaProperties().forEach(p::setProperty);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().resolve("streams").toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitInterval().toMillis());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        p.put(DeadLetters.TOPIC_CONFIG, config.deadLetterTopic());
        if (config.schemaRegistryUrl() != null) {
            p.put(DeadLetters.REGISTRY_CONFIG, config.schemaRegistryUrl());
        }
        p.putAll(LiveBlogTopology.optimizations());
        p.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, -1);
        p.putIfAbsent(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 8L * 1024 * 1024);
        p.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return p;
    }

    /** Starts processing (cleaning local state first when the config asks for it). */
    public void start() {
        if (config.cleanUpOnStart()) {
            LOG.warn("Wiping local state of {} before start (liveblog.cleanup.on.start=true)",
                    config.applicationId());
            streams.cleanUp();
        }
        streams.start();
    }

    /** @return the running Kafka Streams instance (for metrics and interactive queries) */
    public KafkaStreams streams() {
        return streams;
    }

    /** @return current state */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        if (!streams.close(Duration.ofSeconds(30))) {
            LOG.warn("Streams app {} did not close within 30 s", config.applicationId());
        }
    }
}
