package io.liveblog.cli.kafka;

import io.liveblog.streams.PipelineConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when missing, with the settings their role needs: raw updates and dead letters are
 * retained forever (audits replay them), claims and aggregates are compacted (latest value per key).
 */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /** @return admin client properties for this config (pass-through client properties included) */
    public static Properties adminProperties(PipelineConfig config) {
        return config.clientProperties();
    }

    /**
     * @param config topic names and cluster
     * @param partitions partitions of each new topic
     * @param replication replication factor of new topics (-1: broker default)
     */
    public static void ensureTopics(PipelineConfig config, int partitions, short replication) {
        List<NewTopic> topics = new ArrayList<>();
        Map<String, String> forever = Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1");
        Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        topics.add(topic(config.updatesTopic(), partitions, replication, forever));
        topics.add(topic(config.claimsTopic(), partitions, replication, compacted));
        topics.add(topic(config.aggregatesTopic(), partitions, replication, compacted));
        topics.add(topic(config.deadLetterTopic(), partitions, replication, forever));
        try (Admin admin = Admin.create(adminProperties(config))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get();
                    LOG.info("Created topic {}", entry.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": "
                                + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
            awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics on " + config.bootstrapServers() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** How long a new topic's partitions may take to get a leader before that is an error. */
    private static final java.time.Duration LEADER_WAIT = java.time.Duration.ofSeconds(30);

    /**
     * Waits until every partition of newly created topics has a leader. A producer that writes to a partition in the
     * moment before it has one gets NOT_LEADER_OR_FOLLOWER and retries; seen on the embedded broker, an idempotent
     * producer's retried batches then arrived out of sequence, and the rest of its records were refused until their
     * delivery timed out: records lost at the very start of a run.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException {
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            List<String> leaderless = new ArrayList<>();
            try {
                admin.describeTopics(topics).allTopicNames().get().forEach((name, d) -> {
                    if (d.partitions().stream().anyMatch(p -> p.leader() == null || p.leader().isEmpty())) {
                        leaderless.add(name);
                    }
                });
            } catch (ExecutionException e) {
                leaderless.addAll(topics); // not known to every broker yet
            }
            if (leaderless.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("topics " + leaderless + " have partitions without a leader after "
                        + LEADER_WAIT.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /**
     * Creates one plain topic unless it exists.
     *
     * @param adminProps admin client properties
     * @param name the topic
     * @param partitions its partitions
     */
    public static void ensureTopic(Properties adminProps, String name, int partitions) {
        ensureTopic(adminProps, name, partitions, false);
    }

    /**
     * Creates one topic unless it exists.
     *
     * @param adminProps admin client properties
     * @param name the topic
     * @param partitions its partitions
     * @param compacted whether it keeps the latest record per key ({@code cleanup.policy=compact})
     */
    public static void ensureTopic(Properties adminProps, String name, int partitions, boolean compacted) {
        Map<String, String> configs = compacted
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of();
        try (Admin admin = Admin.create(adminProps)) {
            if (!admin.listTopics().names().get().contains(name)) {
                admin.createTopics(List.of(topic(name, partitions, (short) -1, configs))).all().get();
                awaitLeaders(admin, List.of(name));
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause().getMessage(),
                        e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating a topic", e);
        }
    }

    /**
     * Deletes every topic whose name contains a marker (a bench run's id), internal topics of its apps included.
     *
     * @param adminProps admin client properties
     * @param marker the marker
     * @return the topics deleted
     */
    public static Set<String> deleteTopicsContaining(Properties adminProps, String marker) {
        try (Admin admin = Admin.create(adminProps)) {
            Set<String> doomed = new java.util.TreeSet<>(admin.listTopics().names().get());
            doomed.removeIf(t -> !t.contains(marker));
            admin.deleteTopics(doomed).all().get();
            return doomed;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot delete topics of " + marker + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting topics", e);
        }
    }

    private static NewTopic topic(String name, int partitions, short replication, Map<String, String> configs) {
        return new NewTopic(name, java.util.Optional.of(partitions),
                replication < 0 ? java.util.Optional.empty() : java.util.Optional.of(replication)).configs(configs);
    }
}
