package io.liveblog.cli;

import io.liveblog.streams.PipelineConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Options shared by every command that talks to Kafka; they override the config file and the environment. */
public final class ClusterOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka cluster to use. Default: LIVEBLOG_BOOTSTRAP_SERVERS, else an embedded broker "
                    + "(where the command supports one).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file (liveblog.* keys and kafka.* client pass-through, e.g. "
                    + "kafka.security.protocol=SASL_SSL). Environment variables LIVEBLOG_* override it.")
    Path configFile;

    @Option(names = {"-X", "--kafka-property"}, paramLabel = "KEY=VALUE",
            description = "Kafka client property passed through to every client (repeatable), e.g. "
                    + "-X sasl.mechanism=PLAIN.")
    Map<String, String> kafkaProperties = new LinkedHashMap<>();

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Confluent-compatible schema registry (e.g. http://localhost:8081, or Apicurio's "
                    + "http://localhost:8080/apis/ccompat/v7): topic values in the Confluent wire format instead of "
                    + "Avro single-object encoding (liveblog.schema.registry.url).")
    String schemaRegistryUrl;

    @Option(names = "--application-id", paramLabel = "ID", description = "Kafka Streams application id.")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (default $XDG_STATE_HOME/liveblog or ~/.local/state/liveblog).")
    Path stateDir;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the topics this command creates (default 1, bench: two per core; "
                    + "liveblog.topic.partitions).")
    Integer partitions;

    @Option(names = "--stream-threads", paramLabel = "M",
            description = "Kafka Streams threads of the streams app (default 1, bench: one per core; "
                    + "liveblog.stream.threads).")
    Integer streamThreads;

    /**
     * Defaults of this command that come before the config file (e.g. the bench's scale): properties the file, the
     * environment and the options all override.
     */
    private final Properties commandDefaults = new Properties();

    /**
     * Sets a default of the command, below the config file, the environment and the options.
     *
     * @param key a {@code liveblog.*} property
     * @param value its default for this command
     * @return these options
     */
    ClusterOptions withCommandDefault(String key, String value) {
        commandDefaults.setProperty(key, value);
        return this;
    }

    /** @return the validated configuration: command defaults, then file, then environment, then these options */
    PipelineConfig config() {
        Properties props = new Properties();
        props.putAll(commandDefaults);
        props.putAll(fileProperties());
        if (applicationId != null) {
            props.setProperty("liveblog.application.id", applicationId);
        }
        if (stateDir != null) {
            props.setProperty("liveblog.state.dir", stateDir.toAbsolutePath().toString());
        }
        if (partitions != null) {
            props.setProperty("liveblog.topic.partitions", partitions.toString());
        }
        if (streamThreads != null) {
            props.setProperty("liveblog.stream.threads", streamThreads.toString());
        }
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        if (applicationId != null) {
            env.remove("LIVEBLOG_APPLICATION_ID");
        }
        if (stateDir != null) {
            env.remove("LIVEBLOG_STATE_DIR");
        }
        if (partitions != null) {
            env.remove("LIVEBLOG_TOPIC_PARTITIONS");
        }
        if (streamThreads != null) {
            env.remove("LIVEBLOG_STREAM_THREADS");
        }
        PipelineConfig config;
        try {
            config = PipelineConfig.load(props, env);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid configuration: " + e.getMessage());
        }
        if (bootstrapServers != null) {
            config = config.withBootstrapServers(bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            try {
                config = config.withSchemaRegistry(schemaRegistryUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("invalid configuration: " + e.getMessage());
            }
        }
        return config.withKafkaProperties(kafkaProperties);
    }

    /** The config file's properties, read once: every option group of a command reads them. */
    private Properties fileProperties;

    /** @return the properties of the config file given with {@code --config}, or none (a copy to change) */
    Properties fileProperties() {
        if (fileProperties == null) {
            Properties props = new Properties();
            if (configFile != null) {
                if (!Files.isReadable(configFile)) {
                    throw new UsageException("config file " + configFile + " does not exist or is not readable");
                }
                try (InputStream in = Files.newInputStream(configFile)) {
                    props.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read config file " + configFile, e);
                }
            }
            fileProperties = props;
        }
        Properties copy = new Properties();
        copy.putAll(fileProperties);
        return copy;
    }
}
