package io.liveblog.cli;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka cluster a command works against: the configured one, or — when none is configured and the command
 * allows it — an embedded broker started for this run, with its own temporary state directory so no state from an
 * earlier run leaks in.
 */
final class Cluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);

    private final PipelineConfig config;
    private final EmbeddedKafka embedded;
    private final Path tempStateDir;

    private Cluster(PipelineConfig config, EmbeddedKafka embedded, Path tempStateDir) {
        this.config = config;
        this.embedded = embedded;
        this.tempStateDir = tempStateDir;
    }

    /**
     * @param config configuration (bootstrap servers may be null)
     * @param allowEmbedded whether to start an embedded broker when none is configured
     * @return the cluster, topics created
     */
    static Cluster open(PipelineConfig config, boolean allowEmbedded) {
        if (config.bootstrapServers() != null) {
            TopicAdmin.ensureTopics(config, config.partitions(), (short) -1);
            return new Cluster(config, null, null);
        }
        if (!allowEmbedded) {
            throw new UsageException("no Kafka cluster configured: pass --bootstrap-servers HOST:PORT or set "
                    + "LIVEBLOG_BOOTSTRAP_SERVERS");
        }
        LOG.info("No bootstrap servers configured: starting an embedded Kafka broker");
        EmbeddedKafka kafka = EmbeddedKafka.start();
        try {
            Path state = Files.createTempDirectory("liveblog-state-");
            PipelineConfig embeddedConfig = config.withBootstrapServers(kafka.bootstrapServers())
                    .withApplication(config.applicationId(), state);
            TopicAdmin.ensureTopics(embeddedConfig, embeddedConfig.partitions(), (short) 1);
            return new Cluster(embeddedConfig, kafka, state);
        } catch (IOException | RuntimeException e) {
            kafka.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** @return the configuration with the cluster's bootstrap servers */
    PipelineConfig config() {
        return config;
    }

    /** @return whether the broker is embedded in this process */
    boolean embedded() {
        return embedded != null;
    }

    /** @return properties for plain clients (bootstrap servers and pass-through settings) */
    Properties clientProperties() {
        return config.clientProperties();
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (tempStateDir != null) {
            try (Stream<Path> walk = Files.walk(tempStateDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warn("could not delete {}: {}", tempStateDir, e.toString());
            }
        }
    }
}
